"""Amharic recall cases: grades, ages of relatives, number words, forced labour.

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    ("የ9ኛ ክፍል ተማሪ ነኝ፣ ማታ በዶሮ ፋብሪካ እሰራለሁ", True, ("hazardous_work", "night_or_school_hours")),
    ("አሁንም ሁለተኛ ደረጃ ትምህርት ቤት ነኝ፣ ከትምህርት በኋላ ማሽኖቹን አጸዳለሁ", True, ("hazardous_work",)),
    ("እኔ ለአካለ መጠን ያልደረስኩ ነኝ፣ ፎርክሊፍት ላይ አስቀመጡኝ", True, ("hazardous_work",)),
    ("የ13 ዓመት ልጆች በስጋ ፋብሪካው መስመር ላይ ይሰራሉ", True, ("hazardous_work",)),
    ("የአጎቴ ልጅ አስራ ስድስት ዓመቱ ነው፣ በቄራ ይሰራል", True, ("hazardous_work",)),
    ("እህቴ በፋብሪካው ስጋ ታሽጋለች፣ ገና 15 ዓመቷ ነው", True, ("hazardous_work",)),
    ("በቄራው የለሊት የጽዳት ቡድን ውስጥ ህጻናትን ቀጥረዋል", True, ("hazardous_work", "night_or_school_hours")),
    ("ወንድሜ ስጋ በመቁረጥ ይሰራል፣ ገና አስራ አራት ዓመቱ ነው", True, ("hazardous_work",)),
    ("አለቃው ስልኮቻችንን ወሰደ፣ ቤተሰባችንን መደወል አንችልም", False, ("isolation",)),
    ("ከውጭ ማንም ጋር ግንኙነት የለንም፣ ከሌሎች ሰራተኞች ጋር መነጋገር ተከልክለናል", False, ("isolation",)),
    ("ተቆጣጣሪው ካማረርን ኢሚግሬሽን እደውላለሁ አለ", False, ("intimidation_threats",)),
    ("ከሄድክ ቤተሰብህ ላይ አንድ ነገር ይደርሳል አለኝ", False, ("intimidation_threats",)),
    ("የሚያማርር ሰው ይባረራል፣ በአካባቢው ሌላ ስራ አያገኝም", False, ("intimidation_threats",)),
    ("ወረቀት ስለሌለን ዝቅተኛ ክፍያ ይከፍሉናል", False, ("abuse_of_vulnerability",)),
    ("ሌላ የምንሄድበት ቦታ እንደሌለን ያውቃል", False, ("abuse_of_vulnerability",)),
    ("ከመኖሪያ ቤቱ መውጣት አንችልም፣ በሩ ማታ ይቆለፋል፣ ጠባቂም አለ", False, ("restriction_of_movement",)),
    ("የምንወጣው ከተቆጣጣሪው ጋር ብቻ ነው", False, ("restriction_of_movement",)),
    ("ደሞዛችንን የሚከፍሉት በወቅቱ መጨረሻ ብቻ ነው", False, ("withholding_of_wages",)),
    ("አለቃው በየሳምንቱ ከደሞዛችን የተወሰነ ይይዛል", False, ("withholding_of_wages",)),
    ("ለሶስት ወር ደሞዝ አልተከፈለንም", False, ("withholding_of_wages",)),
    # grade with a prefix, "while working", school hours; Ethiopian clock for a 15-year-old
    ("የእህቴ ልጅ የ7ኛ ክፍል ተማሪ ናት፣ በትምህርት ሰዓት ሱቅ ውስጥ ስትሰራ አየኋት", True, ("night_or_school_hours",)),
    ("ልጄ 15 ዓመቷ ነው፣ ከትምህርት በኋላ በካፌ እስከ ምሽቱ 3 ሰዓት ትሰራለች", True, ("night_or_school_hours",)),
    ("በ2011 የተወለደ ልጅ በግንባታ ቦታ ይሰራል", True, ()),
    # not allowed out (other persons), locking the door on someone; 2nd-person vulnerability
    ("ቀጣሪዬ ካልፈቀደች ከቤት መውጣት አይፈቀድልኝም", False, ("restriction_of_movement",)),
    ("ስትወጣ በሩን ትቆልፍብኛለች", False, ("restriction_of_movement",)),
    ("አሰሪዋ እንግሊዝኛ ስለማትችይ የትም አትሄጂም ትላታለች", False, ("abuse_of_vulnerability",)),
    # brought saying ...; night visits to the worker's room; gear not given; no rest day
    ("ደላላው በሆቴል ትሰራለሽ ብሎ አመጣኝ፣ አሁን ቤት ሰራተኛ ነኝ", False, ("deception",)),
    ("ማታ ማታ ወደ ክፍሌ እየመጣ ያስቸግረኛል", False, ("physical_sexual_violence",)),
    ("ጓንትም ሆነ ማስክ አልሰጡንም", False, ("abusive_working_living_conditions",)),
    ("ሰባቱንም ቀን እንሰራለን፣ የእረፍት ቀን የለንም", False, ("excessive_overtime",)),
    # tune3 families: will turn N, real age vs borrowed papers, local-calendar birth years,
    # grade words, third-person job verbs, threat/withholding/debt/isolation phrasings
    ("በሚቀጥለው ወር 15 ዓመት እሞላለሁ፣ ቅዳሜ ቅዳሜ በካፌ ሳህን አጥባለሁ", True, ()),
    ("በሚቀጥለው አመት 17 ይሞላኛል፣ አሁን ሱቅ ውስጥ እሸጣለሁ", True, ()),
    # a birthday still to come is read one lower ({N-1}): 15 now, so 8 pm (ምሽቱ 2 ሰዓት) is late
    ("በሚቀጥለው ወር 16 ዓመት ይሞላኛል፣ በካፌ እስከ ምሽቱ 2 ሰዓት ሳህን አጥባለሁ", True, ("night_or_school_hours",)),
    ("ወንድሜ በሚቀጥለው ወር 16 ይሞላዋል፣ በሆቴል እስከ ምሽቱ 2 ሰዓት ይሰራል", True, ("night_or_school_hours",)),
    ("ወንድሜ የሰው ወረቀት ይዞ ነው የሚሰራው፣ በእውነቱ ግን 15 ነው፣ በቄራ ይሰራል", True, ("hazardous_work",)),
    ("እውነተኛ ዕድሜዬ 16 ነው፣ ግን በመጋዘን እሰራለሁ", True, ()),
    ("እህቴ በ2005 ዓ.ም. ነው የተወለደችው፣ አሁን በሆቴል ትሰራለች", True, ()),
    ("ጎረቤታችን ልጅ ገና ልጅ ነው፣ በየቀኑ በእርሻ ላሞችን ይመግባል", True, ()),
    ("ከእኛ ጋር በማሽን የሚሰራ ልጅ አለ፣ 13 ወይም 14 ይሆናል", True, ("hazardous_work",)),
    ("አለቃው በመጋዘን ውስጥ ሊስመኝ ሞከረ", False, ("physical_sexual_violence",)),
    ("ለፖሊስ ከነገርሽ ከስራ እንደሚያባርርሽ ነገረኝ", False, ("intimidation_threats",)),
    ("ደላላው ልጆቻችንን እንደሚጎዱ ዝቶብናል", False, ("intimidation_threats",)),
    ("አሰሪያችን ፓስፖርታችንን ወሰደችው", False, ("retention_of_identity_documents",)),
    ("ከቤት እንድንወጣ አይፈቅዱልንም", False, ("restriction_of_movement",)),
    ("ሰራተኞቹ ብቻቸውን አይወጡም፣ ሹፌሩ ወስዶ ይመልሳቸዋል", False, ("restriction_of_movement",)),
    ("'የቢሮ ስራ' ብለው ነው ያመጡኝ፣ ደሞዙ ከተነገረኝ ግማሽ ነው", False, ("deception",)),
    ("ደሞዛችንን ኤጀንሲው ነው የሚቀበለው", False, ("withholding_of_wages",)),
    # tune4 families (general phrasings, own sentences)
    ("አለቃችን ብዙ ጊዜ አስፈራርቶናል", False, ("intimidation_threats",)),
    ("ካቆምክ ቤተሰቦችህን እንጎዳለን አለ", False, ("intimidation_threats",)),
    ("ደሞዝ ከጠየቅሽ ለፖሊስ እደውልብሻለሁ ትላለች", False, ("intimidation_threats",)),
    ("በወር 800 ዶላር ተብዬ ነበር የመጣሁት፣ እዚህ 300 ነው", False, ("deception",)),
    ("ወንድሜ 16 ዓመቱ ነው፣ በአሳ ማቀነባበሪያ ይሰራል", True, ("hazardous_work",)),
    ("ልጁ ትምህርት ቤት አይመጣም፣ ከአባቱ ጋር በግንባታ ይሰራል", True, ("night_or_school_hours",)),
    # tune5 families: Ethiopian-calendar birth years ({YE}, E + 8) in both scripts; school
    # missed on days of the week; documents/phones taken (applicative, every person); care
    # denied after an injury; "had said" with a job named; whole wage kept / never in hand;
    # a long day that is habitual
    ("ታናሽ እህቴ የተወለደችው በ2004 ዓ.ም. ነው፣ አሁን በዶሮ ፋብሪካ ትሰራለች", True, ("hazardous_work",)),
    ("በ2002 ዓ.ም. ነው የተወለድኩት፣ በመጋዘን ፎርክሊፍት እነዳለሁ", True, ("hazardous_work",)),
    ("wendime be 2005 E.C. new yetewelede, ahun megaz mashin yiseral", True, ("hazardous_work",)),
    ("ልጁ በሳምንት ሶስት ቀን ከትምህርት ቤት ይቀራል፣ ከአባቱ ጋር በግንባታ ይሰራል", True, ("night_or_school_hours",)),
    ("አሰሪዬ ፓስፖርቴን ወስዶብኛል", False, ("retention_of_identity_documents",)),
    ("አሰሪዋ ሞባይሏን ወስዳባታለች", False, ("isolation",)),
    ("እጄ ተቆርጦ ነበር፣ አለቃው ወደ ሆስፒታል እንዳልሄድ ከለከለኝ", False, ("abusive_working_living_conditions",)),
    ("ደላላው ደሞዙ 600 ዶላር ነው ብሎን ነበር፣ እዚህ ስንደርስ ቤት ሰራተኛ አደረጉን", False, ("deception",)),
    ("ደሞዜን ሙሉ በሙሉ ደላላው ነው የሚወስደው", False, ("withholding_of_wages",)),
    ("ከሰራሁ ጀምሮ አንድም ብር እጄ ላይ አልደረሰም", False, ("withholding_of_wages",)),
    ("ለሁለት ወር በየቀኑ 13 ሰዓት ሰራን", False, ("excessive_overtime",)),
    # tune6 families: pay lost on leaving; months worked unpaid; "not the job we were told",
    # promised vs paid figure; school dropped for work (first person too); a named break
    # refused is abusive (a bare "no rest" is a rest day, excessive_overtime)
    ("ከዚህ ቤት ብትለቂ ምንም አይከፈልሽም ትላለች አሰሪዬ", False, ("withholding_of_wages",)),
    ("ካቆማችሁ ደሞዛችሁን አታገኙም ይላል ሱፐርቫይዘሩ", False, ("withholding_of_wages",)),
    ("ከስራ ብትወጡ አንድም ሳንቲም አታገኙም ይሉናል", False, ("withholding_of_wages",)),
    ("ሁለት ወር ሙሉ ሳይከፍሉን ሰራን", False, ("withholding_of_wages",)),
    ("ደሞዝ ከተከፈለኝ አራት ወር ሆነኝ", False, ("withholding_of_wages",)),
    ("ቃል የተገባልን ደሞዝ ይሄ አይደለም", False, ("deception",)),
    ("ከተነገረኝ ውጪ የቤት ሰራተኛ አደረጉኝ", False, ("deception",)),
    ("በወር 400 ዶላር ብለውኝ 150 ዶላር ብቻ ይሰጡኛል", False, ("deception",)),
    ("በቀን 500 ብር ተብዬ 200 ብር ነው የሚከፍሉኝ", False, ("deception",)),
    ("ትምህርቴን አቋርጬ በመኪና እጥበት እሰራለሁ፣ 15 ዓመቴ ነው", True, ("night_or_school_hours",)),
    ("ወንድሜ ትምህርት ካቆመ ጀምሮ በጋራዥ ይሰራል፣ 14 ዓመቱ ነው", True, ("night_or_school_hours",)),
    ("ለመስራት ትምህርቴን አቋረጥኩ፣ ገና 16 ዓመቴ ነው", True, ("night_or_school_hours",)),
    ("የምሳ እረፍት የለም፣ ቆመን ነው የምንበላው", False, ("abusive_working_living_conditions",)),
    ("ለሽንት እረፍት አይሰጡንም፣ ቀኑን ሙሉ ቆመን እንሰራለን", False, ("abusive_working_living_conditions",)),
    ("ወሩን ሙሉ እንሰራለን፣ እረፍት የለንም", False, ("excessive_overtime",)),
    ("በሳምንት አንድም ቀን አናርፍም፣ ቀጣሪዋ አትፈቅድም", False, ("excessive_overtime",)),
    ("ለሁለት ወር ሳናርፍ ሰራን", False, ("excessive_overtime",)),
    ("ያለ እረፍት በየቀኑ እንሰራለን", False, ("excessive_overtime",)),
    # tune7 families: pay verbs carrying their own negation (relative, causal, after ምንም);
    # relative/complement work verbs and service tasks of a third person; "to go out" + any
    # negative "allow"; not knowing where one is; a promised figure "I was told", then another;
    # weekly or "only" hours are not a long day
    ("ኤጀንሲው ምንም አልከፈለንም፣ ሶስት ወር ሙሉ ሰራን", False, ("withholding_of_wages",)),
    ("አሰሪዬ እስካሁን ያልከፈለኝ የአራት ወር ደሞዝ አለ", False, ("withholding_of_wages",)),
    ("ደሞዟን ስላልከፈሏት እህቴ በየቀኑ ታለቅሳለች", False, ("withholding_of_wages",)),
    ("ye hulet wer demoz yalkefelugn alekaye new", False, ("withholding_of_wages",)),
    ("ወንድሜ 15 ዓመቱ ነው። በጋራዥ እንደሚሰራ ትናንት ሰማሁ", True, ()),
    ("የጎረቤቴ ልጅ ገና 14 ነው፣ አባቷ በሚሰራበት ሱቅ እሷም የምትሰራ ይመስለኛል", True, ()),
    ("እህቴ 16 ዓመቷ ነው። ቅዳሜ ቅዳሜ በካፌ ሳህን ታነሳለች", True, ()),
    ("ወንድሜ ገና 15 ነው፣ እሁድ እሁድ በሆቴሉ ቡና ያቀርባል", True, ()),
    ("አሰሪዋ ለብቻዋ እንድትወጣ አትፈቅድላትም", False, ("restriction_of_movement",)),
    ("ከግቢው እንድንወጣ ፈጽሞ አልፈቀዱልንም", False, ("restriction_of_movement",)),
    ("ደላላው ከወሰደን ጀምሮ የት እንዳለሁ በትክክል አላውቅም", False, ("isolation",)),
    ("ያለንበትን ቦታ ስም አናውቅም፣ ስልክም የለንም", False, ("isolation",)),
    ("በወር 600 ሪያል አሉኝ፣ ግን 250 ሪያል ብቻ ይሰጡኛል", False, ("deception",)),
    ("በቀን 300 ብር ነው ተባልን፣ አሁን 120 ብቻ ነው የሚከፈለን", False, ("deception",)),
    ("ልጄ 16 ዓመቱ ነው፣ በሳምንት 12 ሰዓት በሱቅ ይሰራል", True, (), ("excessive_overtime",)),
    # tune8 families: beating with any object, documents/phones held with an object suffix,
    # sleeping on the floor, a promised $ figure, an immigration call with a suffix, school
    # skipped daily or "staying away from school" beside a job, an age in brackets
    ("አሰሪዋ በየቀኑ ይደበድባታል", False, ("physical_sexual_violence",)),
    ("ተቆጣጣሪው ልጁን በዱላ መታው", False, ("physical_sexual_violence",)),
    ("መታወቂያዬን ኤጀንሲው ወስደውታል", False, ("retention_of_identity_documents",)),
    ("ፓስፖርቱን አሰሪው ይዞታል፣ አይሰጠውም", False, ("retention_of_identity_documents",)),
    ("ስልኮቻችንን ተቆጣጣሪው ሰብስቦ አስቀምጧል", False, ("isolation",)),
    ("እኛ ሰራተኞች መጋዘን ውስጥ ወለል ላይ ነው የምንተኛው", False, ("abusive_working_living_conditions",)),
    ("እህቴ አልጋ የላትም፣ ኩሽና ውስጥ ትተኛለች", False, ("abusive_working_living_conditions",)),
    ("ደላላው በወር $600 ብሎኝ ነበር፣ አሁን $250 ብቻ ይሰጡኛል", False, ("deception",)),
    ("ብታማርሪ ኢሚግሬሽን እጠራብሻለሁ ትላለች", False, ("intimidation_threats",)),
    ("የ8ኛ ክፍል ተማሪዬ በየቀኑ ከሰዓት ትምህርት ይቀራል፣ በጋራዥ ይሰራል", True, ("night_or_school_hours",)),
    ("ወንድሜ ገና 15 ዓመቱ ነው፣ ከትምህርት ቤት ቀርቶ በግንባታ ይሰራል", True, ("night_or_school_hours",)),
    ("ሳሙኤል (16) በሱፐርማርኬት እቃ ያወርዳል", True, ()),
    # tune9 families: wage held "against" the worker (applicative) or till the contract ends
    # (any possessive); a permit/card/iqama kept a few words on, or not given back when asked;
    # "knows I have nobody here", "knows we can't speak English"
    ("አሰሪው የሁለት ወር ደሞዛችንን ይዞብናል", False, ("withholding_of_wages",)),
    ("ደሞዟን ኮንትራቷ ሲያልቅ እንሰጥሻለን ብለው ያስቀምጣሉ", False, ("withholding_of_wages",)),
    ("ኢቃማዬን አሰሪዬ ከመጣሁ ጀምሮ ይዛዋለች", False, ("retention_of_identity_documents",)),
    ("የስራ ፈቃድ ካርዴን 'ለደህንነት' ብሎ ሳጥን ውስጥ ቆልፎታል", False, ("retention_of_identity_documents",)),
    ("ፓስፖርቴን ብዙ ጊዜ ብጠይቃቸውም አይሰጡኝም", False, ("retention_of_identity_documents",)),
    ("አሰሪዋ እዚህ ዘመድ እንደሌላት ታውቃለች፣ ለዚህ ነው የምትጮህባት", False, ("abuse_of_vulnerability",)),
    ("ሱፐርቫይዘሩ እንግሊዝኛ እንደማንችል ስለሚያውቅ ሰዓታችንን ይቀንሳል", False, ("abuse_of_vulnerability",)),
    # "turned 16" of someone else; got / started a job, was hired (third person)
    ("የአክስቴ ልጅ በመስከረም 16 ሞላው፣ በዳቦ ቤት ስራ አገኘ", True, ()),
    ("እህቴ 15 ዓመቷ ነው፣ ባለፈው ሳምንት በልብስ ሱቅ ስራ ጀመረች", True, ()),
    # tune10 families: phone use or calls "not allowed" (any person); water, the toilet or
    # a meal refused (not restriction_of_movement)
    ("አሰሪዋ ሞባይሏን መጠቀም ከልክላታለች", False, ("isolation",)),
    ("እመቤቷ ዋትሳፕ እንድትጠቀም አትፈቅድላትም", False, ("isolation",)),
    ("ከእናቴ ጋር እንዳወራ አይፈቅዱልኝም", False, ("isolation",)),
    (
        "በፋብሪካው ሽንት ቤት እንድንሄድ አይፈቅዱልንም",
        False,
        ("abusive_working_living_conditions",),
        ("restriction_of_movement",),
    ),
    ("በሙቀቱ ውስጥ ውሃ መጠጣት ተከልክለናል", False, ("abusive_working_living_conditions",)),
    ("ምግብ እንድትበላ አትፈቅድላትም", False, ("abusive_working_living_conditions",)),
    # tune11 families: "day and night" is constant work, not a night shift; offers told in a
    # few words before "had said"; brought "saying ..."; never seen going out; reported and
    # relative "not allowed"; shelves stocked and pay sent or paid to a young worker
    ("ቀንና ሌሊት ያሰሩናል፣ አንድም ቀን አናርፍም", False, ("excessive_overtime",), ("night_or_school_hours",)),
    ("እመቤቷ ሌት ተቀን ታሰራታለች", False, ("excessive_overtime",), ("night_or_school_hours",)),
    ("በሳምንት አምስት ቀን ሌሊት በመጋዘን እሰራለሁ", False, ("night_or_school_hours",)),
    ("ደላላው በወር 800 ዶላር ደሞዝና ነፃ ምግብ ብሎን ነበር፣ አሁን 300 ብቻ ነው", False, ("deception",)),
    ("በሰዓት 18 ዶላር እና መኖሪያ ተብለን ነበር", False, ("deception",)),
    ("ትሰራለህ ብለው ከገጠር አምጥተውኝ ነው፣ ደሞዝ ግን የለም", False, ("deception",)),
    ("ብቻዋን ከግቢው ስትወጣ አይተን አናውቅም", False, ("restriction_of_movement",)),
    ("ሰራተኞቹ ከቤቱ ሲወጡ አይቼ አላውቅም", False, ("restriction_of_movement",)),
    ("እናቷን እንድትደውል እንደማይፈቀድላት ነገረችኝ", False, ("isolation",)),
    ("ስልኳን እንድትጠቀም የማይፈቅዱላት ለምንድን ነው", False, ("isolation",)),
    ("ወደ ውጭ እንድንወጣ እንደማይፈቀድልን ነገሩን", False, ("restriction_of_movement",)),
    ("እኔ 16 ዓመቴ ነው፣ ቅዳሜ በሱቅ መደርደሪያ እሞላለሁ", True, ()),
    ("ዕድሜዬ 15 ነው፣ አጎቴ በሰዓት 10 ዶላር ይከፍለኛል", True, ()),
    ("እኔ 14 አመቴ ነው፣ ክፍያውን በየሳምንቱ በካሽ ይሰጡኛል", True, ()),
    ("ወንድሜ 15 ዓመቱ ነው፣ በግሮሰሪ መደርደሪያ ይሞላል", True, ()),
    ("እህቴ 16 ዓመቷ ነው፣ ክፍያዋን በ Zelle ይልኩላታል", True, ()),
    ("እኔ 17 ዓመቴ ነው፣ በመጋዘን ፎርክሊፍት እነዳለሁ", True, ("hazardous_work",)),
    # tune12 families: "you have no papers" said to the worker (Ethiopic and romanised); handed
    # or sent to ICE or the police; no phone at all, writing or calling in secret; "a (hotel) job
    # is there" had been said, on arrival "they made me ..."; the whole wage taken for a debt
    # named in the sentence is debt_bondage only
    ("አለቃው 'ወረቀት የላችሁም' ብሎ ግማሽ ደሞዝ ይከፍለናል", False, ("abuse_of_vulnerability",)),
    ("aleqaw 'sened yeleshim' bilo 7 dollar yikefilegnal", False, ("abuse_of_vulnerability",)),
    ("ቅሬታ ካቀረብን ለፖሊስ አሳልፌ እሰጣችኋለሁ ይላል", False, ("intimidation_threats",)),
    ("binager ICE ilkihalehu alegn", False, ("intimidation_threats",)),
    ("ስልክ የላትም፣ ቤተሰቦቿ የት እንዳለች አያውቁም", False, ("isolation",)),
    ("ይህን በድብቅ ነው የምጽፈው", False, ("isolation",)),
    (
        "በሆቴል ስራ አለላችሁ ብለውን ነበር፣ እዚህ ስንደርስ ግን እርሻ ውስጥ እንድንሰራ አደረጉን",
        False,
        ("deception",),
    ),
    (
        "'የጉዞ ዕዳ አለብሽ' ብላ ደሞዜን ሁሉንም ትወስዳለች፣ ዕዳው ግን አይቀንስም",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    # tune13 families: romanised "I work" with the auxiliary apart; not enrolled in school with a
    # job told later; "alone ... never out of the house", going out only with the employer; "I'll
    # have you fired" (causative), "I'll check your papers", "if you don't ..., don't come
    # tomorrow";
    # the passport reported held ("እንደወሰደችብኝ") or locked / hidden away; the room count as a digit,
    # romanised floor sleeping; taking advantage with -ብ-
    ("ene 15 ametie new, be restaurant esera alehu", True, ()),
    ("እህቴ 16 ዓመቷ ነው፣ ትምህርት አትማርም፣ ሱቅ ውስጥ ትሰራለች", True, ("night_or_school_hours",)),
    (
        "የአጎቴ ልጅ 15 ዓመቱ ነው፣ ትምህርት ቤት አልተመዘገበም፣ በየቀኑ በእርሻ ላይ ከጠዋት ጀምሮ ይሰራል",
        True,
        ("night_or_school_hours",),
    ),
    ("ብቻዬን ከግቢው አልወጣም፣ ሹፌሩ ይጠብቀናል", False, ("restriction_of_movement",)),
    ("ገበያ የምሄደው ከአሰሪዬ ጋር ብቻ ነው", False, ("restriction_of_movement",)),
    ("'ወደ HR ከሄድሽ አስባርርሻለሁ' አለችኝ", False, ("intimidation_threats",)),
    ("aleqaw 'wereqetihin asterahalehu' alegn", False, ("intimidation_threats",)),
    ("አለቃው 'ካልተስማማህ ነገ አትምጣ' አለኝ", False, ("intimidation_threats",)),
    ("ፓስፖርቴን አሰሪዬ እንደወሰደችብኝ ልነግራችሁ እፈልጋለሁ", False, ("retention_of_identity_documents",)),
    ("የኔን ፓስፖርት ሴትየዋ ሳጥን ውስጥ ደብቃዋለች", False, ("retention_of_identity_documents",)),
    ("መታወቂያዬን መሳቢያው ውስጥ ቆልፎበታል", False, ("retention_of_identity_documents",)),
    ("በ1 ክፍል ውስጥ 7 ሆነን እንኖራለን", False, ("abusive_working_living_conditions",)),
    ("meret lay new yemintegnaw, alga yelenim", False, ("abusive_working_living_conditions",)),
    ("አሰሪዋ ድህነታችንን ተጠቅሞብናል", False, ("abuse_of_vulnerability",)),
    ("ዕዳ ስላለብን መውጣት አንችልም", False, ("debt_bondage",), ("restriction_of_movement",)),
]

NEGATIVES = [
    # tune10 near-misses: a phone rule for working hours only; water and phone allowed
    "በስራ ሰዓት ስልክ መጠቀም አይፈቀድም፣ በእረፍት ግን እንደውላለን",
    "ውሃ ለመጠጣት ሁሌ ይፈቅዱልናል",
    "ስልክ እንድጠቀም ይፈቅዱልኛል",
    "እንደ ዳቦ ጋጋሪ የ15 ዓመት ልምድ አለኝ",
    "ልጄ 16 ዓመቱ ነው፣ ትምህርት ቤት ይሄዳል፣ አይሰራም",
    "እዚህ መስራት የጀመርኩት በ17 ዓመቴ ነው፣ አሁን 30 ዓመቴ ነው",
    "በየምሽቱ ቤተሰቤን በስልክ እደውላለሁ",
    "አለቃዬ ጥሩ ሰው ነው፣ ማንንም አስፈራርቶ አያውቅም",
    "በየአርብ ደሞዝ በሰዓቱ ይከፈላል",
    "በፈለግኩት ጊዜ ከቤት መውጣት እችላለሁ",
    "ልጄ 9ኛ ክፍል ናት፣ እኔ በሱቅ እሰራለሁ",
    "ወረቀቶቼና ፓስፖርቴ ከእኔ ጋር ናቸው፣ ሁሉም ደህና ነው",
    "ነገ ትምህርት ቤቱ በበረዶ ምክንያት ዝግ ነው",
    "ከትምህርት ሰዓት በኋላ ልጄ ቤት ያጠናል",
    # not a worker's age or job, not a threat or restriction (tune3 false-alarm families)
    "የሌላ ሰው መታወቂያ ይዞ ባንክ ሄደ",
    "ልጄ 16 ዓመቱ ነው፣ ትምህርት ቤት ይሄዳል፣ እኔ በሆቴል እሰራለሁ",
    "ስልክ ብደውልለትም አይመልስልኝም",
    # a parent's own work (first-person verb, no pronoun) next to a child's age
    "ልጄ 12 ዓመቱ ነው፣ በሆቴል እሰራለሁ",
    # tune4 families: traps and non-work absences
    "በሆቴል የ10 ዓመት የስራ ልምድ አለኝ፣ ስራ እፈልጋለሁ",
    "ልጄ 12 ዓመቱ ነው፣ ትምህርት ቤት ይሄዳል",
    # tune5 families: adult E.C. birth years (no debt read in "born"), a sick day, a phone
    # number, a one-off long day, promises and wages that are not deception or withholding
    "ወንድሜ የተወለደው በ1994 ዓ.ም. ነው፣ በመጋዘን ይሰራል",
    "በ1996 ዓ.ም. ነው የተወለድኩት፣ በሆቴል እሰራለሁ",
    "ልጄ ታሞ ዛሬ ከትምህርት ቤት ቀረ",
    "ስልክ ቁጥሬን ወሰደ፣ ነገ ይደውልልኛል",
    "ትናንት አንድ ጊዜ 13 ሰዓት ሰራሁ፣ ትርፍ ሰዓቱ ተከፍሎኛል",
    "ነገ እመጣለሁ ብሎ ነበር፣ ግን አልመጣም",
    "ደሞዜ በየወሩ እጄ ላይ ይደርሳል",
    "የአክስቴ ልጅ ስራ እፈልጋለሁ ብሎ ነበር፣ ደውልልኝ አለ",
    # tune6 families: school finished or left long ago, leaving without a pay threat, a
    # promise kept, a figure told without a lower one
    "ትምህርቴን ጨርሼ ስራ እፈልጋለሁ",
    "ትምህርቴን አቋርጬ ነበር አሁን 30 ዓመቴ ነው፣ በሆቴል እሰራለሁ",
    "ስራውን ብለቅ ሌላ ስራ አገኛለሁ",
    "ደሞዝ ከተከፈለኝ በኋላ ቤት ኪራይ እከፍላለሁ",
    "የተነገረኝ ስራ ይሄው ነው፣ ደስተኛ ነኝ",
    "ደሞዙ በሰዓት 20 ዶላር ነው ብለው ነገሩኝ፣ ልክ ነው",
    "ዛሬ አንድ ቀን አረፍኩ",
    "ትናንት ያለ እረፍት ሰራሁ ግን ዛሬ እረፍት ነኝ",
    # tune7 families: weekly or "only" hours, a conditional or own unpaid bill, a parent's own
    # task next to a child's age, a lost object, a promised figure that was kept
    "በሳምንት 20 ሰዓት ብቻ ነው የምሰራው፣ ተጨማሪ ስራ እፈልጋለሁ",
    "14 ሰዓት ብቻ ነው በሳምንት ያገኘሁት",
    "ካልከፈሉኝ ስራውን እለቃለሁ",
    "የቤቱን ኪራይ አልከፈልኩም፣ ነገ እከፍላለሁ",
    "ልጄ 12 ዓመቱ ነው፣ እኔ ግን በሆቴል ሳህን አነሳለሁ",
    "ልጄ 13 ዓመቱ ነው፣ መምህሩ በደንብ እንደሚያስተምር ነገረኝ",
    "ቁልፌ የት እንዳለ አላውቅም",
    "በሰዓት 15 ዶላር ነው ተባልኩ፣ ልክ ነው ይከፍሉኛል",
    # tune8 families: a past job's kept passport, a hammer hitting a nail, a phone lent back
    "ባለፈው ስራዬ ዱባይ ውስጥ መታወቂያዬን ይዘውት ነበር፣ አሁን ግን ችግር የለም",
    "አናጺው ሚስማሩን በመዶሻ ይመታል",
    "ስልኬን ለጓደኛዬ ሰጥቼው ነበር፣ መለሰልኝ",
    # tune9 families: an adult's own job ("I am a ...") beside her children at school
    "በሆቴል አስተናጋጅ ነኝ፣ ሁለቱ ልጆቼ ትምህርት ቤት ይሄዳሉ",
    "በሬስቶራንት ምግብ አብሳይ ነኝ፣ ልጄ 12 ዓመቱ ነው፣ 6ኛ ክፍል ነው",
    "ፓስፖርቴን ኮፒ አድርገው ዋናውን መለሱልኝ",
    "ልጄ 15 ዓመቱ ነው፣ ስራ አላገኘም፣ ትምህርት ቤት ይሄዳል",
    # tune11 families: a former partner's threats, years passed ("ሆኖኝም") that are no age, a
    # forklift course asked about, a parent's own pay beside a child's age, seen going out
    "የቀድሞ ባሌ እየደወለ ያስፈራራኛል፣ ምን ላድርግ?",
    "የድሮ ፍቅረኛዬ ስራ ቦታዬ እየመጣ ይዝትብኛል",
    "እዚህ ከመጣሁ ሶስት ዓመት ሆኖኛል፣ ሆቴል ውስጥ እሰራለሁ",
    "ሁለት ዓመት ሆኖኝም ቤተሰቤን አላየሁም",
    "የፎርክሊፍት ስልጠና የት ማግኘት እችላለሁ?",
    "የፎርክሊፍት መንጃ ፈቃድ ስንት ያስከፍላል?",
    "ልጄ 15 ዓመቱ ነው፣ አለቃዬ በሰዓት 20 ዶላር ይከፍለኛል",
    "ብቻዋን ስትወጣ አይቼ ደስ አለኝ",
    # tune12 families: an ID the worker carries to work on is not held by the employer; a broken
    # phone is not a phone taken
    "ባለቤቴ የወንድሙን መታወቂያ ይዞ ነው የሚሰራው",
    "ስልኬ ተሰብሯል፣ አዲስ ልገዛ ነው",
    # tune13 families: years of experience with the trade between; a job only offered ("I'll find
    # you work"); someone else's ID used to get hired
    "የ12 ዓመት የግንባታ ስራ ልምድ አለኝ",
    "ye 14 amet yetaxi shufer limd alegn",
    "አጎቴ 'ማታ ስራ አገኝልሃለሁ' አለኝ፣ እኔ ግን አልፈልግም",
    "አሰሪዬ የሌላ ሰው መታወቂያ ተጠቅሞ ነው ያስቀጠረኝ",
    "ወንድሜ የአጎቴን ልጅ መታወቂያ ይዞ በመጋዘን ይሰራል",
]

# job_context (session 8): a job sign that does not say whose (clock hours in words, pay per hour,
# a work permit, a summer job) in the sentence of a young person's age; not a parent's own hours
# told with a first-person verb, not school hours, not a job only wished for
POSITIVES += [
    ("የወንድሜ ልጅ 15 ዓመቱ ነው፣ ቅዳሜ ቅዳሜ ከ9 እስከ 1 በአክስቱ ሱቅ", True, ()),
    ("እህቴ 16 ዓመቷ ነው፣ በሰዓት 13 ዶላር ይሰጧታል", True, ()),
    ("ልጄ 17 ዓመቱ ነው፣ የስራ ፈቃድ ያስፈልገዋል?", True, ()),
    ("እኔ 15 ዓመቴ ነው፣ ቅዳሜና እሁድ ከጠዋቱ 3 ሰዓት እስከ ቀኑ 8 ሰዓት ካሸር ነኝ", True, ()),
    ("ene 16 ametie new, kidame ke 8 eske 2 be cafe", True, ()),
    ("የአጎቴ ልጅ 16 ዓመቷ ነው፣ የክረምት ስራዋ ከ10am እስከ 4pm ነው", True, ()),
]
NEGATIVES += [
    "ልጄ 13 ዓመቱ ነው፣ እኔ ከ7 እስከ 3 በሆቴል እሰራለሁ",
    "ልጄ 15 ዓመቷ ነው፣ ከ8 እስከ 3 ትምህርት ቤት ትሄዳለች",
    "ወንድሜ 16 ዓመቱ ነው፣ የክረምት ስራ ይፈልጋል",
    "ልጄ 14 ዓመቱ ነው፣ እኔ በሰዓት 16 ዶላር ይከፍሉኛል",
]

# tune14 families
POSITIVES += [
    # "he knows we can't find other work" (status, asylum case)
    ("ወረቀት ስለሌለን ሌላ ቦታ እንደማንቀጠር ስለሚያውቅ በሰዓት 7 ዶላር ብቻ ይከፍለናል", False, ("abuse_of_vulnerability",)),
    (
        "aseriw lela sira endemanagegn yawqal, lezih new demoz yemikoretew",
        False,
        ("abuse_of_vulnerability",),
    ),
    # romanised fondling of workers, grabbing from behind
    ("ye shift aleqaw setochun yinekakal", False, ("physical_sexual_violence",)),
    ("manager-u ke-huala yazegn", False, ("physical_sexual_violence",)),
    # romanised "I'll have you fired", "if you tell anyone ... fired"
    ("aleqaw 'asbarihalehu' yilal", False, ("intimidation_threats",)),
    ("lemanim binager tibarereleh yilal", False, ("intimidation_threats",)),
    # a romanised document word with a hyphenated suffix, held
    ("agent-u passport-un yizual", False, ("retention_of_identity_documents",)),
    # "you owe N" said to the worker; the whole wage taken "saying" it is debt only
    ("agent-u '3000 dollar alebish' yilal", False, ("debt_bondage",)),
    (
        "«ለትኬት 5000 ዶላር አለብህ» እያለ ደሞዜን በሙሉ ይወስዳል",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    # care: a nanny's charges are not workers; the real indicator stays
    (
        "ሞግዚት ነኝ፣ የ4 እና የ7 ዓመት ልጆችን እጠብቃለሁ። እመቤቴ ፓስፖርቴን ይዛዋለች",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "nanny negn, 2 lijoch etebkalehu, 5 ena 9 ametachew new. madam silke wesdalech",
        False,
        ("isolation",),
    ),
]
NEGATIVES += [
    # "yametagn" (who brought me) is not "metagn" (hit me)
    "ke dubai yametagn agent dehna new",
    # a day ending "until evening 9pm" is not a night shift
    "ከጠዋቱ 8 እስከ ማታ 9pm እሰራለሁ",
]

# tune15 families
POSITIVES += [
    # a meat plant named by the animal (pork, lamb), both scripts; the cutting floor
    ("ene ye beg factory wust esera alehu, demoze tinish new", False, ("hazardous_work",)),
    ("በአሳማ ፋብሪካ ውስጥ እሰራለሁ፣ ደሞዜ ትንሽ ነው", False, ("hazardous_work",)),
    ("ene cut floor lay esera alehu, be samint 50 seat", False, ("hazardous_work",)),
    # dismissal told as "don't come (from) tomorrow" after a refusal
    ("ትርፍ ሰዓት አልሰራም ስል «ነገ አትምጣ» አለኝ", False, ("intimidation_threats",)),
    ("double shift embi kalku ke nege jemro atimta alegn", False, ("intimidation_threats",)),
    # "because you have no papers" said to the worker; "nobody will hire you"
    ("ሰነድ ስለሌለሽ በግማሽ ደሞዝ ትሰሪያለሽ ትለኛለች", False, ("abuse_of_vulnerability",)),
    (
        "aleqaw 'manim ayqetrachihum' yilenal, gin demoz tinish new",
        False,
        ("abuse_of_vulnerability",),
    ),
    # the wage kept "to send to your family", and nothing reaches the family
    ("ደሞዝህን ለእናትህ እንልካለን ይላሉ፣ ግን እናቴ ምንም አልደረሳትም", False, ("withholding_of_wages",)),
    ("ደሞዜን ለቤተሰቤ እንደሚልኩ ይናገራሉ፣ ለ5 ወር ቤተሰቦቼ አንድም ብር አልደረሳቸውም", False, ("withholding_of_wages",)),
    # "they told me (the job) and I came", "but on arrival they made me" a different worker
    ("በፋብሪካ እንደምሰራ ነገሩኝ ግን ስደርስ የቤት ሰራተኛ አደረጉኝ", False, ("deception",)),
    ("የሆቴል ስራ አለ ብለው ነግረውኝ ነው ከባህር ዳር የመጣሁት", False, ("deception",)),
    # a span from evening or night until morning or dawn; asleep in class with an adverb of habit
    ("ልጄ 15 ዓመቱ ነው፣ ከማታ 10 ሰዓት ጀምሮ እስከ ጠዋት ድረስ በመጋዘን ይሰራል", True, ("night_or_school_hours",)),
    ("ke lelitu 9 seat eske nigat enseralen", False, ("night_or_school_hours",)),
    ("ወንድሜ 14 ዓመቱ ነው፣ በሬስቶራንት ይሰራል፣ ክፍል ውስጥ ሁሌ ይተኛል", True, ("night_or_school_hours",)),
]
NEGATIVES += [
    # a holiday told between "tomorrow" and "don't come"; the writer's own remittance
    "ነገ በዓል ስለሆነ ስራ አትምጡ ብሎናል",
    "ደሞዜን በየወሩ ለቤተሰቤ እልካለሁ",
    # "when I was 16" with the auxiliary shortened, and "now I am 31"
    "ene 16 amete iyale new ezih hotel yegebahut, ahun 31 negn. vacation endet ewesdalehu?",
]

# tune16 families
POSITIVES += [
    # romanised Amharic: "I work" conjugations, age-word endings, "my child"
    ("selam, ene 16 ametie new, kidame lay be pizza bet iserallehu ke 4 eske 10", True, ()),
    ("lije 15 ametu new, be grocery yiseral besamnt 3 ken", True, ()),
    # "from morning until evening" is a long day (no night code); "school" code-switched
    ("እህቴ 14 ዓመቷ ነው፣ school አትሄድም፣ በምግብ ቤት ትሰራለች", True, ("night_or_school_hours",)),
    (
        "ከጠዋት እስከ ማታ እሰራለሁ፣ በሳምንት አንድ ቀን እረፍት የለኝም",
        False,
        ("excessive_overtime",),
        ("night_or_school_hours",),
    ),
    # romanised: passport kept "on me", pay not paid, door locked, phone taken, ICE, gloves
    (
        "aseriye pasportun yizubignal, 3 wer demoz alkefelugnim",
        False,
        ("retention_of_identity_documents", "withholding_of_wages"),
    ),
    (
        "madam berun tikolfibignalech, silkem wesdualech",
        False,
        ("restriction_of_movement", "isolation"),
    ),
    (
        "gloves alsetunim, aleqaw 'polis itiralehu' yilal",
        False,
        ("abusive_working_living_conditions", "intimidation_threats"),
    ),
    # "don't come tomorrow" told with the passive "is told"; "you won't see your pay"
    ("ትርፍ ሰዓት ያልሰራ ሰው 'ነገ አትምጣ' ይባላል", False, ("intimidation_threats",)),
    ("ዕዳውን እስክትከፍሉ ደሞዝ አታዩም ይለናል", False, ("withholding_of_wages",)),
    # status known and pay cut; left on the street if we quit; mattress on the floor
    ("ስደተኛ መሆኔን ስለሚያውቅ ያነሰ ይከፍለኛል", False, ("abuse_of_vulnerability",)),
    ("ቤቱም የአሰሪው ስለሆነ ስራ ካቆምኩ መንገድ ላይ ነው የምቀረው", False, ("abuse_of_vulnerability",)),
    ("አስር ሆነን ፍራሽ መሬት ላይ እንተኛለን", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    # a past job abroad, told without the በ- prefix; a rude supervisor who insults
    "ዱባይ እያለሁ አሰሪዬ ፓስፖርቴን ወስዶ ነበር፣ አሁን ግን እዚህ ሁሉም ደህና ነው",
    "supervisorua betam tisadebalech, HR lay minager echilalehu?",
]

# session 9: a birth order is not a child's age ("the youngest child")
NEGATIVES += [
    "እኔ በቤተሰቤ ውስጥ ትንሹ ልጅ ነኝ። ሬስቶራንት ውስጥ እሰራለሁ። የእረፍት ቀን ክፍያ መብት አለኝ?",
    "እኔ የመጨረሻ ልጅ ነኝ። ሬስቶራንት ውስጥ እሰራለሁ።",
]

# tune17 families: brought "saying ..." with a singular agent and "us" (ያመጣን, yametan); Monday to
# Sunday told with the work; the worker's own return home is no threat, and the pay promised for it
# is withheld
POSITIVES += [
    ("ደላላው በዱባይ የሆቴል ስራ ብሎ ነው ያመጣን፣ አሁን ግን ቤት እናጸዳለን", False, ("deception",)),
    ("delalaw hotel sira new blo new yametan", False, ("deception",)),
    ("ከሰኞ እስከ እሁድ ድረስ ትሰራለች፣ አንድ ቀን እንኳ አታርፍም", False, ("excessive_overtime",)),
    ("ke segno iske ehud enseralen, ereft yelem", False, ("excessive_overtime",)),
    (
        "ወደ ሀገርህ ስትመለስ ደሞዝህን በሙሉ እሰጥሃለሁ ይላል",
        False,
        ("withholding_of_wages",),
        ("intimidation_threats",),
    ),
    ("ሀገርሽ ስትገቢ ደሞዝሽን ታገኛለሽ ትላለች", False, ("withholding_of_wages",)),
]
NEGATIVES += [
    "ከሰኞ እስከ ቅዳሜ እሰራለሁ፣ እሁድ አርፋለሁ",
    "ወደ ሀገሬ ስመለስ እናቴን አያለሁ",
]

# tune18 families: no break or time "even to drink water" or to eat (not a rest day); the worker
# called a slave or a dog; the fare or visa to be worked off ("ሰርተሽ ትከፍያለሽ"); the wage "put aside
# for you" by the employer, and "if you leave you won't get it" with the wage named before
POSITIVES += [
    ("በፋብሪካው ለመብላት እንኳን ጊዜ አይሰጡንም", False, ("abusive_working_living_conditions",)),
    (
        "ሽንት ቤት ለመሄድ እና ውሃ ለመጠጣት እረፍት የለም",
        False,
        ("abusive_working_living_conditions",),
        ("excessive_overtime",),
    ),
    ('አሰሪዋ "ውሻ" እያለች ትሰድባታለች', False, ("abusive_working_living_conditions",)),
    ("አሰሪዋ ለአየር ትኬቱ ያወጣችውን ሰርተሽ ትከፍያለሽ ትላታለች", False, ("debt_bondage",)),
    ("ለትኬት የወጣውን 3000 ዶላር ትከፍያለሽ ትለኛለች", False, ("debt_bondage",)),
    ("አሰሪው ደሞዛችሁን አስቀምጬላችኋለሁ ይላል", False, ("withholding_of_wages",)),
    ("ደሞዛችሁ እጄ ላይ ነው፣ ከለቀቃችሁ አታገኙትም", False, ("withholding_of_wages",)),
]
NEGATIVES += [
    "ደሞዜን ባንክ አስቀምጣለሁ",
    "ለትኬት የወጣውን ገንዘብ ድርጅቱ ከፍሏል",
]

# tune19 families: not allowed to have (or buy) a phone; "has no rest" in the third person;
# guests or customers received or served by someone else; the nurse or doctor denied, with the
# positive "to go" (medical care, not confinement); only leftovers or scraps to eat
POSITIVES += [
    ("እዚህ ስልክ እንዲኖረን አይፈቀድም", False, ("isolation",)),
    ("እህቴ ስልክ እንዲኖራት አሰሪዋ አትፈቅድም", False, ("isolation",)),
    ("ወንድሜ በሳምንት አንድም ቀን እረፍት የለውም", False, ("excessive_overtime",)),
    ("ሰራተኞቹ እረፍት የላቸውም በወር ሙሉ", False, ("excessive_overtime",)),
    ("ወንድሜ 15 ዓመቱ ነው። በሆቴል እንግዶችን ይቀበላል", True, ()),
    ("ልጄ 16 ዓመቷ ነው፣ በሬስቶራንት ደንበኞችን ወደ ጠረጴዛ ታስገባለች", True, ()),
    (
        "ሀኪም ጋር እንድትሄድ አትፈቅድላትም",
        False,
        ("abusive_working_living_conditions",),
        ("restriction_of_movement",),
    ),
    ("እጄ ተቃጥሎ ወደ ዶክተር እንድንሄድ አይፈቅዱልንም", False, ("abusive_working_living_conditions",)),
    ("ከምግባቸው የተረፈውን ብቻ እንበላለን", False, ("abusive_working_living_conditions",)),
    ("አሰሪዬ ፍርፋሪ ብቻ ትሰጠኛለች", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += ["ከሀኪም ጋር ቀጠሮ አለኝ ነገ", "ስልክ እንድገዛ ገንዘብ ይስጡኝ"]

# tune20 families: "to go out" with the clitic -ም; a child not sent or enrolled at school by the
# people she works for; school quit for a job in Latin letters, "going" between; a power saw named
# in English or Amharic letters; "I'll call the police" as texted (-alew, vowels dropped); "the
# job is X, (he) had told me"; "my age has not yet reached 18" with the number; "saying they have
# no papers" inside a threat to call immigration is the threat, not abuse of vulnerability
POSITIVES += [
    ("ከግቢው እንድንወጣም አይፈቅዱልንም", False, ("restriction_of_movement",)),
    ("ወደ ገበያ እንድሄድም አትፈቅድልኝም", False, ("restriction_of_movement",)),
    ("እህቴ 13 ዓመቷ ነው፣ ቤታቸውን ታጸዳለች። ትምህርት ቤት አይልኳትም", True, ("night_or_school_hours",)),
    (
        "yagote lij 14 ametu new, lijochachewn yitebiqal. timhirt bet alasgebutim",
        True,
        ("night_or_school_hours",),
    ),
    (
        "wendime 16 ametu new, timhirt bet akumo be restaurant yiseral",
        True,
        ("night_or_school_hours",),
    ),
    ("ልጄ 15 ዓመቱ ነው፣ ትምህርት ቤት መሄድ ትቶ በጋራዥ ይሰራል", True, ("night_or_school_hours",)),
    ("wendime 16 ametu new, be table saw enchet yikoral", True, ("hazardous_work",)),
    ("ልጁ 15 ዓመቱ ነው፣ በኤሌክትሪክ መጋዝ እንጨት ይቆርጣል", True, ("hazardous_work",)),
    ("aleqaw ICE edewlalew yilal", False, ("intimidation_threats",)),
    ("ስራዬን ካቆምኩ ፖሊስ እጠራለው ትላለች", False, ("intimidation_threats",)),
    ("ኤጀንሲው ስራው ቀላል እንደሆነ ነግሮኝ ነበር፣ ግን ከባድ ነው", False, ("deception",)),
    ("siraw hotel new bilewgn neber gin ezih kebt new yemiyasrugn", False, ("deception",)),
    ("ዕድሜዬ ገና አስራ ስምንት አልሞላኝም። በመጋዘን እሰራለሁ", True, ()),
    ("edmeye gena 18 almolam, be restaurant eseralehu", True, ()),
]
NEGATIVES += [
    "ነገ ስራ አትምጣ ብሎኝ ነበር ምክንያቱም በዓል ነው",
    "እኔ saw የሚባል ፊልም አየሁ",
]
POSITIVES += [
    (
        "ሪፖርት ካደረግን ወረቀት የላቸውም ብሎ ለፖሊስ እደውላለሁ ይላል",
        False,
        ("intimidation_threats",),
        ("abuse_of_vulnerability",),
    ),
]
# tune21 families: "if you ask ... police / fired", and "I'll call the police" texted with a-; a
# promise to "you" that "they had told me", then "but"; the present negative of "pay" with the
# worker as object; a document kept, romanised "does not give it back to me" and "on file"; six
# or more people in a one- or two-bedroom flat; a birth year marked Gregorian and the cleft "-ት"
POSITIVES += [
    ("alekaw 'demoz biteyik police ateralehu' yilal", False, ("intimidation_threats",)),
    ("ደሞዝ ብትጠይቂ ፖሊስ እጠራለሁ ትለኛለች", False, ("intimidation_threats",)),
    ("kefaya biteyiki ICE adewlalew bila", False, ("intimidation_threats",)),
    ("በወር 700 ዶላር ታገኛለህ ብሎኝ ነበር፣ ግን 200 ብቻ ይሰጠኛል", False, ("deception",)),
    ("ትምህርት ትማሪያለሽ ብለውኝ ነበር ግን ቤት ውስጥ እሰራለሁ", False, ("deception",)),
    ("ezih timariyalesh bilewgn neber gin aletemarkum", False, ("deception",)),
    ("አሰሪዬ ምንም ደሞዝ አትከፍለኝም", False, ("withholding_of_wages",)),
    ("ከሁለት ወር ጀምሮ አይከፍሉንም", False, ("withholding_of_wages",)),
    ("alekaw aykefilugnim ke 3 wer jemro", False, ("withholding_of_wages",)),
    ("passportun ena metawekiyayen ayimelisilignim", False, ("retention_of_identity_documents",)),
    ("ፓስፖርቴን ስጠይቅ 'ፋይል ላይ ነው' ይላል", False, ("retention_of_identity_documents",)),
    ("አስር ሆነን ባለ አንድ መኝታ ቤት ውስጥ እንኖራለን", False, ("abusive_working_living_conditions",)),
    (
        "bale hulet megnita bet wist 9 honen new yeminorew",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("በ2010 (እ.ኤ.አ.) ነው የተወለድኩት፣ ሬስቶራንት ውስጥ እሰራለሁ", True, ()),
    ("በ2011 ነው የተወለድኩት። ሱቅ ውስጥ እሰራለሁ", True, ()),
]
NEGATIVES += [
    "ካልከፈሉኝ ስራ አቆማለሁ",
    "ሁለት ሆነን ባለ ሁለት መኝታ ቤት ውስጥ እንኖራለን",
    "በ1995 ነው የተወለድኩት፣ ሬስቶራንት ውስጥ እሰራለሁ",
    "alekaw silkien ayimelisilignim, mobile new yeteseberew",
]
# tune22 families: the child's work told before "has not entered school"; the offer "had told me"
# in Latin letters, every person
POSITIVES += [
    (
        "የወንድሜ ልጅ 14 ዓመቱ ነው፣ ሱቅ ውስጥ ይሰራል። ትምህርት ቤት አልገባም",
        True,
        ("night_or_school_hours",),
    ),
    (
        "ye ehete lij 15 ametua new, bet wust tisera lech, timhirt bet algebachim",
        True,
        ("night_or_school_hours",),
    ),
    ("biro sira new bilewn neber, ahun shinkurt eqoretalehu", False, ("deception",)),
    ("besat 20 dollar bilogn neber ahun 10 bicha yikefilugnal", False, ("deception",)),
]
NEGATIVES += [
    "lije gena timhirt bet algebachim, ene hotel eseralehu",
    "hotel wust new yemiserahu, demozu tiru new",
]
