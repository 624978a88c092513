"""Nepali recall cases: grades, ages of relatives, number words, forced labour.

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    (
        "म कक्षा ९ मा पढ्छु र राति कुखुराको कारखानामा काम गर्छु",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("म अझै हाई स्कुलमा पढ्छु, स्कुलपछि कारखानामा मेसिन सफा गर्छु", True, ("hazardous_work",)),
    ("म नाबालक हुँ, उनीहरूले मलाई फोर्कलिफ्ट चलाउन लगाए", True, ("hazardous_work",)),
    ("मासु कारखानाको लाइनमा १३ वर्षका केटाकेटी काम गर्छन्", True, ("hazardous_work",)),
    ("मेरो भाइ सोह्र वर्षको छ, बधशालामा काम गर्छ", True, ("hazardous_work",)),
    ("मेरी बहिनी कारखानामा मासु प्याक गर्छे, ऊ १५ वर्षकी मात्र हो", True, ("hazardous_work",)),
    (
        "उनीहरूले बधशालामा राति सफाइ टोलीमा नाबालकहरूलाई काममा राखे",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("मेरो भाइ मासु काट्ने काम गर्छ, ऊ चौध वर्षको मात्र हो", True, ("hazardous_work",)),
    ("मालिकले हाम्रो फोन खोस्यो, परिवारलाई फोन गर्न पाउँदैनौं", False, ("isolation",)),
    ("बाहिर कसैसँग सम्पर्क छैन, अरू कामदारसँग कुरा गर्न दिँदैनन्", False, ("isolation",)),
    ("सुपरभाइजरले उजुरी गरे इमिग्रेसनलाई बोलाउँछु भन्यो", False, ("intimidation_threats",)),
    ("गयौ भने तिम्रो परिवारलाई केही हुन्छ भन्यो", False, ("intimidation_threats",)),
    ("उजुरी गर्नेलाई निकालिन्छ, यो क्षेत्रमा अर्को काम पाउँदैन", False, ("intimidation_threats",)),
    ("कागजात नभएकोले हामीलाई कम तलब दिन्छन्", False, ("abuse_of_vulnerability",)),
    ("हामीसँग जाने अरू ठाउँ छैन भन्ने उसलाई थाहा छ", False, ("abuse_of_vulnerability",)),
    ("डेराबाट बाहिर जान पाउँदैनौं, राति गेट बन्द गरिन्छ र गार्ड छ", False, ("restriction_of_movement",)),
    ("सुपरभाइजरसँग मात्र बाहिर जान दिन्छन्", False, ("restriction_of_movement",)),
    ("सिजनको अन्त्यमा मात्र तलब दिन्छन्", False, ("withholding_of_wages",)),
    ("मालिकले हरेक हप्ता तलबको केही भाग राख्छ", False, ("withholding_of_wages",)),
    ("तीन महिनादेखि तलब पाएका छैनौं", False, ("withholding_of_wages",)),
    # Birth years, "turns 18 next year", misspelt numbers, school skipped.
    ("2011 मा जन्मेकी मेरी छोरी होटलमा भाँडा माझ्छे", True, ()),
    ("mero bhai arko barsa 18 pugchha, ahile garage ma kaam garchha", True, ()),
    (
        "ma choudha barsa ko hu, saanjh 8 baje samma pasal ma kaam garchu",
        True,
        ("night_or_school_hours",),
    ),
    ("मेरो भाइ १५ वर्षको छ, स्कूल नगएर इँटाभट्टामा काम गर्छ", True, ("night_or_school_hours",)),
    ("मेरो भतिजी १४ वर्षकी हो, उसलाई स्कूल पठाउँदैनन्, घरको काम लगाउँछन्", True, ("night_or_school_hours",)),
    # Phone taken, wages not paid, injuries untreated, no safety gear, touching.
    ("साहुले हाम्रो फोन पनि खोसेको छ", False, ("isolation",)),
    ("तीन महिनादेखि तलब दिएका छैनन्", False, ("withholding_of_wages",)),
    ("औंला काटियो तर मालिकले अस्पताल जान दिएन", False, ("abusive_working_living_conditions",)),
    ("ठेकेदारले हेल्मेट वा डोरी केही पनि दिँदैन", False, ("abusive_working_living_conditions",)),
    ("म्यानेजरले मलाई जबरजस्ती समात्छ", False, ("physical_sexual_violence",)),
    ("हरेक दिन बिहान ६ देखि राति १० बजेसम्म काम गर्छौं", False, ("excessive_overtime",)),
    # tune3 families: will turn N, real age vs borrowed papers, local-calendar birth years,
    # grade words, third-person job verbs, threat/withholding/debt/isolation phrasings
    ("arko barsa 16 pugchhu, ahile restaurant ma bhanda majhchhu", True, ()),
    ("म अर्को महिना १७ पुग्छु, होटलमा भाँडा माझ्छु", True, ()),
    # a birthday still to come is read one lower ({N-1}): 15 now, so the evening shift is late
    ("म अर्को महिना १६ पुग्छु, बेलुका होटलमा भाँडा माझ्छु", True, ("night_or_school_hours",)),
    (
        "mero bhai arko mahina 16 pugchha, beluka 8 baje samma pasal ma kaam garchha",
        True,
        ("night_or_school_hours",),
    ),
    (
        "ma 16 barsa pugna lageko chhu, beluka hotel ma bhanda majhchhu",
        True,
        ("night_or_school_hours",),
    ),
    ("मेरो बहिनी साँच्चै १५ को मात्र हो, कागजमा २० लेखेको छ, पसलमा काम गर्छे", True, ()),
    ("मेरो भाइ २०६८ सालमा जन्मेको हो, अहिले इँटाभट्टामा काम गर्छ", True, ()),
    ("भाइ पसलमा सामान बोक्छ र भुइँ पोछ्छ, उ १४ वर्षको मात्र हो", True, ()),
    ("छोरी १५ वर्षकी, होटलमा तरकारी काट्छे", True, ()),
    ("भतिजा १६ वर्षको, स्कुल छोडिसक्यो, गाडी धुन्छ", True, ("night_or_school_hours",)),
    (
        "malik le bhanyo bhagis bhane pariwar lai k hunchha thaha chhaina",
        False,
        ("intimidation_threats",),
    ),
    ("हामी बसेको ठाउँको नाम पनि थाहा छैन", False, ("isolation",)),
    ("क्याम्पको गेट बेलुका ८ बजे ताला लगाउँछन्", False, ("restriction_of_movement",)),
    ("मालिकले फोन पनि सधैं आफैंसँग राख्छ", False, ("isolation",)),
    # tune4 families (general phrasings, own sentences)
    ("बहिनी पन्ध्र वर्षकी भई, होटलमा भाँडा माझ्छे", True, ()),
    (
        "मालिकले passport 'हराउँछ' भनेर राख्यो, माग्दा पनि दिँदैन",
        False,
        ("retention_of_identity_documents",),
    ),
    ("sahu le bhanyo ujuri gare immigration lai phone garchhu", False, ("intimidation_threats",)),
    ("bhagis bhane ghar ma manche pathaidinchhu bhanchha", False, ("intimidation_threats",)),
    # tune5 families: Bikram Sambat birth years ({YB}, B - 56) with "साल"/"वि.सं."/"BS" or a bare
    # year no Gregorian birth year can have; school time with the emphatic "मै"/"mai"; roofing
    # with case endings and sheets laid; plant and machine loanwords in Devanagari; "सरसफाइ
    # गर्छ"; a job named "saying" then brought; the whole wage kept; nothing in hand; papers
    # refused as a threat; the emphatic "नै" is no negation; long days told as habitual
    ("मेरो बहिनी वि.सं. २०६९ मा जन्मेकी हो, होटलमा भाँडा माझ्छे", True, ()),
    ("ma 2065 sal ma janmeko hu, chicken factory ma kaam garchhu", True, ("hazardous_work",)),
    ("२०६६ मा जन्मेको भतिजा गोदाममा फोर्कलिफ्ट चलाउँछ", True, ("hazardous_work",)),
    (
        "mero bhai 14 barsa ko, school time mai garage ma gadi dhunchha",
        True,
        ("night_or_school_hours",),
    ),
    ("भान्जा अझै कक्षा ७ मा पढ्छ, बिदामा काकासँग छानामा टिन हाल्न जान्छ", True, ("hazardous_work",)),
    ("म सोह्र वर्षको हुँ, पोल्ट्री प्लान्टमा कुखुरा काट्छु", True, ("hazardous_work",)),
    ("भाइ बेलरमा कार्टुन थिच्छ, ऊ पन्ध्र वर्षको छ", True, ("hazardous_work",)),
    ("भतिजी १६ वर्षकी छे, होटलमा सरसफाइ गर्छे", True, ()),
    ("दलालले सेक्युरिटीको जागिर भनेर बोलायो, यहाँ खेतमा काम लगायो", False, ("deception",)),
    ("साहुले सबै तलब आफैं राख्छ", False, ("withholding_of_wages",)),
    ("महिनौंदेखि हातमा एक पैसा पनि आउँदैन", False, ("withholding_of_wages",)),
    ("ओभरटाइम नगरे भिसा रद्द गरिदिन्छु भन्छ साहु", False, ("intimidation_threats",)),
    ("मालिकले नै पासपोर्ट राखेको छ", False, ("retention_of_identity_documents",)),
    ("हरेक दिन १४ घण्टा काम गरें, बिदा पनि छैन", False, ("excessive_overtime",)),
    # tune6 families: short ages ("ma 16 ko", "म १५ को हुँ"), a bare age opening a sentence before
    # a first-person verb, kin + number + "ko/ki", "turns 15 next week" / "about to turn 17"
    ("ma 16 ko, restaurant ma bhanda majhchhu", True, ()),
    ("म १५ को हुँ, पसलमा सामान बोक्छु", True, ()),
    ("17 barsa ko, construction ma itta bokchhu", True, ()),
    ("१५ वर्षकी, होटलमा कोठा सफा गर्छु", True, ()),
    ("bahini 14 ki, pasal ma saman bechchhe", True, ()),
    ("मेरो भान्जा १६ को छ, ग्यारेजमा गाडी धुन्छ", True, ()),
    ("mero bhatija arko hapta 15 pugchha, bakery ma roti banauchha", True, ()),
    ("भतिजी अर्को महिना सोह्र पुग्छे, होटलमा भाँडा माझ्छे", True, ()),
    ("ma 17 pugna lageko chhu, garage ma kaam garchhu", True, ()),
    ("bhai 15 pugna lagyo, pasal ma saman bokchha", True, ()),
    # running a machine is work (first and third person); a parent's own machine work next to
    # a child who only goes to school does not make the child a worker
    ("ma 16 barsa ko chhu, godam ma forklift chalaunchhu", True, ("hazardous_work",)),
    ("मेरो बहिनी १७ वर्षकी छे, प्याकिङ मेसिन चलाउँछे", True, ("hazardous_work",)),
    (
        "mero chhora 15 barsa ko, kaksha 9 ma padhchha, ma godam ma forklift chalaunchhu",
        False,
        ("hazardous_work",),
    ),
    ("छोरी १३ वर्षकी, विद्यालय जान्छे, म राति कुखुरा कारखानामा मेसिन चलाउंछु", False, ("hazardous_work",)),
    # questions that still tell what happens
    ("malik le passport rakhchha, yo thik ho?", False, ("retention_of_identity_documents",)),
    ("साहुले हाम्रो मोबाइल खोस्यो, के गर्ने?", False, ("isolation",)),
    # pay put off to the end of the season or harvest, the wage unnamed
    (
        "3 mahina bhayo, talab sodhda season sakepachhi dinchhu bhanchha",
        False,
        ("withholding_of_wages",),
    ),
    ("बाली सकिएपछि मात्र एकैचोटि दिन्छु भन्छ साहु", False, ("withholding_of_wages",)),
    # the promised job against the real one ("X bhaneko/bhanthe, yaha ta / tara yaha Y")
    ("driver ko kaam bhaneko, yaha ta goth ma gai charauna lagayo", False, ("deception",)),
    ("कम्पनीमा प्याकिङको काम भन्थे, तर यहाँ निर्माणमा इँटा बोक्छौं", False, ("deception",)),
    ("visa ma cleaner lekheko thiyo, aayepachhi ta khet ma pathayo", False, ("deception",)),
    # documents "with" the broker or employer
    ("हाम्रो राहदानी दलालकै हातमा छ", False, ("retention_of_identity_documents",)),
    ("mero passport ra visa sahu sanga nai chha", False, ("retention_of_identity_documents",)),
    # phone taken with other verbs ("lagidiye", "लिए")
    ("malik le sab ko mobile lagidiye", False, ("isolation",)),
    ("आउने बित्तिकै सुपरभाइजरले फोन लिए", False, ("isolation",)),
    # a debt that never goes down (negative verb, yet the debt itself)
    ("karja kahile pani ghatdaina, byaj badhdai janchha", False, ("debt_bondage",)),
    ("जति तिरे पनि हिसाब कहिल्यै सकिँदैन, साहु अझै बाँकी छ भन्छ", False, ("debt_bondage",)),
    # tune7 families: going out not allowed with a particle or a place between
    ("मालिकले कोठाबाट बाहिर निस्कन नै दिँदैन", False, ("restriction_of_movement",)),
    ("camp bata eklai bahira jana pani dindainan", False, ("restriction_of_movement",)),
    ("साहुनीले मलाई एक्लै बजार जान पनि दिँदैनन्", False, ("restriction_of_movement",)),
    # all seven days a week, emphatic forms; not a single day off
    ("फ्याक्ट्रीमा हप्ताको सातवटै दिन काम हुन्छ", False, ("excessive_overtime",)),
    ("hapta ma saatai din kaam garnu parchha", False, ("excessive_overtime",)),
    ("week ma 7 din nai duty chha", False, ("excessive_overtime",)),
    ("एक दिन पनि बिदा दिँदैनन्, बिरामी हुँदा पनि काम गराउँछन्", False, ("excessive_overtime",)),
    # tune8 families: "won't give" (dinna) of pay; an advance taken by a relative; a phone hidden
    # or its use forbidden; English spelt with ङ्ग or "can't speak English"; two in words
    ("malik le talab dinna bhanchha, kaam chhode pani", False, ("withholding_of_wages",)),
    ("साहु भन्छ पैसा दिन्न, जे गर्नु गर्", False, ("withholding_of_wages",)),
    (
        "mero buwa le sahu bata advance lisakyo, tesaile ma yaha kaam garchhu",
        False,
        ("debt_bondage",),
    ),
    ("बुबाले पेस्की लिनुभएको छ भनेर तलब दिँदैन", False, ("debt_bondage",)),
    ("म्यानेजरले हाम्रो मोबाइल लुकाएर राख्छ", False, ("isolation",)),
    ("kaam ko bela ma phone chalauna pani dindainan, ghar ma kura hudaina", False, ("isolation",)),
    ("हामीलाई अङ्ग्रेजी बोल्न आउँदैन, त्यसैले मालिकले जे पनि गर्छ", False, ("abuse_of_vulnerability",)),
    ("दुई महिनादेखि तलब दिएका छैनन्", False, ("withholding_of_wages",)),
    # tune9 families: many people in one room (words between), a windowless room; a job said
    # ("had been said", passive too) then "but" put elsewhere; an age in brackets; "just turned
    # 16"; got a job / a job title (third person)
    (
        "हामी आठ जना पसलको पछाडिको सानो एउटै कोठामा सुत्छौं",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "saahu le jhyal nabhayeko store room ma sutna dinchha",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("ड्राइभरको काम भनिएको थियो, यहाँ खेतमा पठाइयो", False, ("deception",)),
    ("factory ko kaam bhanera lyayo tara ghar ma sarsafai ma lagayo", False, ("deception",)),
    ("भान्जी सीता (15) होटलमा भाँडा माझ्छे", True, ()),
    ("mero chhora gayeko mahina 16 pugyo, aba cafe ma kaam paayo", True, ()),
    ("बहिनी भर्खर १६ पुगी, ऊ सुपरमार्केटमा क्यासियर छ", True, ()),
    # tune10 families: "is this illegal?" asked of the job is not the worker's status; "can't
    # leave until the debt is paid" is debt bondage only; pay "not given for N months" with the
    # wage understood; "not a single paisa" received; the wage "kept safe / saved for you";
    # romanised "saf/saaf garcha"; a child said not to work; evening hours ending before 7 pm
    ("हामी यहाँ अवैध छौं भनेर मालिकले कम तलब दिन्छ", False, ("abuse_of_vulnerability",)),
    (
        "साहुले हप्तामा ७० घण्टा काम लगाउँछ, के यो अवैध हो?",
        False,
        ("excessive_overtime",),
        ("abuse_of_vulnerability",),
    ),
    (
        "कम्पनीले पासपोर्ट राख्यो, यो काम अवैध हो कि होइन?",
        False,
        ("retention_of_identity_documents",),
        ("abuse_of_vulnerability",),
    ),
    ("ऋण नतिरे भने कतै जान पाउँदैनौ भन्छ साहु", False, ("debt_bondage",), ("restriction_of_movement",)),
    (
        "rin natirunjel camp bata jana paudainau bhanchha malik",
        False,
        ("debt_bondage",),
        ("restriction_of_movement",),
    ),
    (
        "ऋण तिर्न बाँकी छ, साहुले क्याम्पबाट निस्कन दिँदैन",
        False,
        ("debt_bondage", "restriction_of_movement"),
    ),
    ("दुई महिनादेखि दिएको छैन, सोध्दा भोलि भन्छ", False, ("withholding_of_wages",)),
    ("saahu le hisab garena, 4 mahina dekhi diyeko chhaina", False, ("withholding_of_wages",)),
    ("तीन महिनादेखि छुट्टी दिएको छैन", False, (), ("withholding_of_wages",)),
    ("काम छोडिस् भने एक पैसा पनि पाउँदैनस् भन्छ मालिक", False, ("withholding_of_wages",)),
    (
        "chhodera gayo bhane ek rupiya pani paune chhaina bhanchha sahu",
        False,
        ("withholding_of_wages",),
    ),
    ("साहु भन्छ तिम्रो तलब म बचत गरिदिन्छु, घर जाँदा दिन्छु", False, ("withholding_of_wages",)),
    ("manager le paisa safe rakhdinchhu bhanera lincha", False, ("withholding_of_wages",)),
    ("mero bahini 14 barsa ki, hotel ma bhada saaf garche", True, ()),
    ("भाइ १६ वर्षको छ, पसलमा भुइँ साफ गर्छ", True, ()),
    # someone said not to work: their age is not a worker's, whoever else works
    (
        "बहिनी १४ वर्षकी छे, काम गर्दैन। उसको साथीको दाइ छानामा काम गर्छ।",
        False,
        ("hazardous_work",),
    ),
    # a 14-/15-year-old's hours that end by 7 pm, or start in the morning, are not late
    (
        "mero bhai 14 barsa ko chha, sanibar beluka 6 baje samma pasal ma kaam garchha",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "mero bahini 15 barsa ki ho, school pachhi 7 baje samma cafe ma kaam garchhe",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "mero bhai 14 barsa ko chha, bihana 7 baje dekhi 11 baje samma pasal ma kaam garchha",
        True,
        (),
        ("night_or_school_hours",),
    ),
    # ... but an evening that runs past 7 still is
    (
        "mero bhai 14 barsa ko chha, beluka 6 baje dekhi 9 baje samma pasal ma kaam garchha",
        True,
        ("night_or_school_hours",),
    ),
    (
        "mero bahini 15 barsa ki ho, 7 baje dekhi cafe ma kaam garchhe",
        True,
        ("night_or_school_hours",),
    ),
    # tune11 families: a coming birthday told with an English time word ("next month"), kin in SMS
    # spelling; minding a counter or shop; "from 10/11 o'clock" ending at 1-7 is a day span; an
    # hourly wage is not hours; the job or pay said, then "after coming here" the reality in the
    # next sentence; the employer knows the worker's weak spot; status and then less pay; honorific
    # "dinuhunna" and the particle "ni"; a lock on a drawer is not the worker locked in; an
    # employer's eviction threat to a live-in worker; a machine's licence asked about
    ("bahini next month 15 pugchhe, aile cafe ma kaam garchhe", True, ()),
    ("मेरो भान्जा next year 17 पुग्छ, अहिले पसलमा बस्छ", True, ()),
    ("mero chora 16 pugchha arko hapta, restaurant ma bhanda majhchha", True, ()),
    ("भाइ १५ वर्षको छ, ग्यास स्टेसनको काउन्टरमा बस्छ", True, ()),
    ("mero bahini 16 ki, sanibar pasal herchhe", True, ()),
    (
        "mero bhai 16 barsa ko, 10 baje dekhi 4 baje samma cafe ma kaam garchha",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "bhai 17 ko chha, 11 baje dekhi bihana 6 baje samma godam ma kaam garchha",
        True,
        ("night_or_school_hours",),
    ),
    (
        "malik le rati dhoka lagaidinchha, bahira jana didaina",
        False,
        ("restriction_of_movement",),
        ("night_or_school_hours",),
    ),
    ("$16 ghanta dinchhu bhanyo, hapta ma 40 ghanta matra", False, (), ("excessive_overtime",)),
    (
        "warehouse ko job, mahina ko $3000 bhaneko thiyo. yaha aayera farm ma lagayo, $1200 matra",
        False,
        ("deception",),
    ),
    ("सुपरमार्केटको जागिर भन्यो। यहाँ आएर त भेडा चराउने काम", False, ("deception",)),
    ("malik lai thaha chha ki mero visa sakiyeko chha", False, ("abuse_of_vulnerability",)),
    ("hami katai jana sakdainau bhanne sahu lai thaha chha", False, ("abuse_of_vulnerability",)),
    ("म कतै जान सक्दिनँ भन्ने मालिकलाई थाहा छ", False, ("abuse_of_vulnerability",)),
    ("भिसा सकिएकोले तलब पनि कम मात्र दिन्छ", False, ("abuse_of_vulnerability",)),
    ("mama le talab dinuhunna, khana matra dinuhunchha", False, ("withholding_of_wages",)),
    ("साहुजीले घरमा फोन गर्न पनि दिनुहुन्न", False, ("isolation",)),
    ("ghar ma phone garna ni dinuhunna kaka le", False, ("isolation",)),
    ("malik le bahira jana dinuhunna", False, ("restriction_of_movement",)),
    (
        "mero bhanji 14 ki, kaka le school jana dinuhunna, pasal ma kaam garchhe",
        True,
        ("night_or_school_hours",),
    ),
    (
        "साहुले मेरो पासपोर्ट दराजमा ताल्चा लगाएर राखेको छ",
        False,
        ("retention_of_identity_documents",),
        ("restriction_of_movement",),
    ),
    ("राति कोठामा ताल्चा लगाइदिन्छन्, बाहिर जान पाइँदैन", False, ("restriction_of_movement",)),
    ("sahuni le kura namane ghar bata nikaldinchhin bhanchhin", False, ("intimidation_threats",)),
    ("bhai 16 ko, godam ma forklift chalauchha", True, ("hazardous_work",)),
    # tune12 families: minding someone's children as a job (third person and first person), and
    # those children are not child workers; minding a counter or shop in the first person; a
    # hand put on the body; someone coming into the room at night is not night work; schooling
    # promised to bring a young person, and not enrolled in school; 12-24 hours a week is not
    # overtime; the original kept "with himself"; "no papers, where will you go / who will keep
    # you?" said to the worker
    ("मेरी बहिनी १५ वर्षकी, छिमेकीको घरमा बच्चा हेर्छे", True, ()),
    ("ma 15 barsa ko, sanibar mama ko pasal ma baschhu", True, ()),
    ("उमेर १६, म ग्यास स्टेसनको काउन्टरमा बस्छु", True, ()),
    ("म साहुको घरमा बच्चा हेर्ने काम गर्छु, राति ११ बजेसम्म", False, ("night_or_school_hours",)),
    ("ma ek ghar ma bachha herne kaam garchhu, hapta ma 70 ghanta", False, ("excessive_overtime",)),
    (
        "manager le malai haat lagauchha, kasailai nabhan bhanchha",
        False,
        ("physical_sexual_violence",),
    ),
    ("साहुले मेरो शरीरमा हात हाल्न खोज्यो", False, ("physical_sexual_violence",)),
    (
        "malik raati mero kotha ma pasyo ra chhati ma haat halyo",
        False,
        ("physical_sexual_violence",),
        ("night_or_school_hours",),
    ),
    (
        "म सोह्र वर्षको हुँ। 'पढाइदिन्छु' भनेर मामाले ल्याउनुभयो, तर स्कुल भर्ना गराइदिनुभएन, पसलमा काम गर्छु",
        True,
        ("deception", "night_or_school_hours"),
    ),
    (
        "school pathaidinchhu bhanera kaka le yaha lyayo, ahile ghar ko sabai kaam garchhu",
        False,
        ("deception",),
    ),
    (
        "ma 16 barsa ko, kaka le school ma bharna garaidiyena, pasal ma kaam garchhu",
        True,
        ("night_or_school_hours",),
    ),
    ("hapta ma 15 ghanta jati restaurant ma kaam garchhu", False, (), ("excessive_overtime",)),
    ("साहुले मेरो परमिटको सक्कल आफूसँगै राख्छ", False, ("retention_of_identity_documents",)),
    (
        "malik le mero passport ko original afai sanga rakheko chha",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "'तिम्रो भिसा छैन, अरू कसले राख्छ?' भन्छ मालिक",
        False,
        ("abuse_of_vulnerability",),
        ("retention_of_identity_documents",),
    ),
    # tune13 families: a job obtained in the first person; not enrolled in school told in the
    # perfect negative or "without enrolling"; the document in the employer's locker or drawer,
    # or locked away by them; asked for, the document promised only "after" something
    ("ma 15 barsa ki hu, yo barsa restaurant ma waitress ko jagir payen", True, ()),
    ("म सत्र वर्षको हुँ, मैले ग्यास स्टेसनमा काम पाएँ", True, ()),
    ("umer 16, malai mall ko pasal ma job milyo", True, ()),
    (
        "bhanji 14 barsa ki chha, uslai school ma bharna garideko chhaina, ghar ko kaam garchhe",
        True,
        ("night_or_school_hours",),
    ),
    ("भतिजो पन्ध्र वर्षको छ, स्कुल भर्ना नगरी पसलमा काम लगाउँछन्", True, ("night_or_school_hours",)),
    ("mero passport sahu ko daraj ma chha, dindaina", False, ("retention_of_identity_documents",)),
    ("राहदानी मालिकले आफ्नो तिजोरीमा राखेको छ", False, ("retention_of_identity_documents",)),
    ("कम्पनीले हाम्रो भिसा कार्ड ताल्चा लगाएर राख्छ", False, ("retention_of_identity_documents",)),
    (
        "passport magda 'contract sakiye pachhi' bhanchha manager",
        False,
        ("retention_of_identity_documents",),
    ),
    ("sahu le forklift certificate bina chalauna lagayo", False, ("hazardous_work",)),
]

NEGATIVES = [
    "मसँग बेकरीमा १५ वर्षको अनुभव छ",
    "मेरो छोरा १६ वर्षको छ, स्कुल जान्छ, काम गर्दैन",
    "म १७ वर्षको हुँदा यहाँ काम सुरु गरें, अहिले ३० वर्षको छु",
    "म हरेक रात परिवारलाई फोन गर्छु",
    "मेरो मालिक राम्रो छ, कहिल्यै कसैलाई धम्की दिएको छैन",
    "हरेक शुक्रबार समयमै तलब दिन्छन्",
    "म जहिले पनि घरबाट बाहिर जान सक्छु",
    "मेरी छोरी कक्षा ९ मा पढ्छे, म पसलमा काम गर्छु",
    "मेरो कागजात र राहदानी मसँगै छ, सबै ठीक छ",
    "भोलि हिउँका कारण स्कुल बन्द छ",
    "पासपोर्टको फोटोकपी राखे, सक्कल फिर्ता दिए",
    "mero chhori 15 barsa ki chhe, school ma padhchhe",
    # not a worker's age or job, not a threat or restriction (tune3 false-alarm families)
    "मेरो छोरी १४ वर्षकी छ, राति एक्लै बस्न डराउँछे",
    "हिजो राति ताला लगाएर सुत्यौं",
    # a parent's own work (first-person verb, no pronoun) next to a child's age
    "छोरा १२ वर्षको छ, भाँडा माझ्छु",
    # tune4 families: traps and non-work absences
    "छोरा दस वर्षको भयो, स्कुल जान्छ",
    "मलाई होटलमा १० वर्ष काम गरेको अनुभव छ, काम पाइन्छ?",
    # tune5 families: adult B.S. birth years, school time that is not work time, "saying"
    # that is not a job promise, a wage banked, a one-off long day, a passport photocopy
    "मेरो दाइ २०५० सालमा जन्मेको हो, अहिले कारखानामा काम गर्छ",
    "म २०४८ सालमा जन्मेको हुँ, होटलमा काम गर्छु",
    "छोरी स्कुल समयपछि घरमा पढ्छे",
    "बिरामी छ भनेर छोरालाई अस्पताल ल्याए",
    "मालिकले तलब बैंकमा राख्छ",
    "हिजो मात्र एक पटक १३ घण्टा काम गरें",
    "साहुले पासपोर्टको फोटोकपी फाइलमा राख्यो, सक्कल मसँगै छ",
    "आज घरमा चिकन पकायौं, काठ मिल्छ कि हेर्न बजार गयौं",
    # tune6 families: a minor who only asks about a job; an age next to a kin noun, the
    # writer's own work; "ma 17 ko" told of the past
    "ma 16 ko, factory ma kaam paunchha ki?",
    "म १५ वर्षकी हुँ, कम्पनीमा काम खोज्दैछु",
    "16 barsa ko chhora chha, ma company ma kaam garchhu",
    "ma 17 ko hunda yaha aaye, ahile 29 barsa bhayo",
    # negated indicators: the negation inside the verb ("khosdaina", "रोक्दैन", "nikaldaina",
    # "ठगेन"); a habitual "they cheat" is not a false job promise
    "sahu le phone kahile khosdaina",
    "साहुले तलब रोक्दैन, समयमै दिन्छ",
    "ujuri gare pani malik le nikaldaina",
    "एजेन्टले ठगेन, भनेजस्तै काम छ",
    "bazar ma pasale haru le thagchhan",
    # not pay, not a contrast, not documents held, not a phone taken, not a debt
    "season sakiye pachhi ghar farkinchhu",
    "malik le bhanyo, yaha ta sabai ramro chha",
    "passport agent sanga chhaina, ma sanga chha",
    "पासपोर्ट मसँगै छ, कुनै समस्या छैन",
    "ghar ma phone lagyo, aama sanga kura bhayo",
    "kaam kahile sakidaina, thakai lagchha",
    # tune7 families: going out allowed; a week's days counted, not all worked
    "साहुले बेलुका बाहिर निस्कन दिन्छ",
    "bahira jana dinchha malik le",
    "हप्ताको सात दिनमध्ये पाँच दिन काम गर्छु",
    "hapta ko 7 din ma 2 din bida chha",
    # a pay slip not handed over is not pay withheld; an advance only asked about; a phone
    # use not forbidden
    "manager le pay stub दिँदैन, के गर्ने?",
    "talab slip dindaina, tara paisa samayma aauchha",
    "advance magna milchha ki?",
    "फोन चलाउन दिन्छन्, कुनै समस्या छैन",
    # tune9 families: "your visa is none" inside a police threat is not abuse of vulnerability;
    # an adult's own job title beside a child's age; a writer's own new job
    "malik le 'timro visa chaina' bhanera hasyo",
    "म होटलमा कुक हुँ, मेरो छोरा १२ वर्षको छ, स्कुल जान्छ",
    "मेरो छोरा १२ वर्षको छ, मलाई पसलमा जागिर मिल्यो",
    # tune10 families: not pay withheld (help not received, one's own savings, a shift that
    # changes from next month); a parent's own cleaning job; a child said not to work
    "सरकारबाट एक पैसा पनि सहयोग पाइएन",
    "म आफ्नो तलब बैंकमा सुरक्षित राख्छु",
    "अर्को महिनादेखि नयाँ सिफ्ट सुरु हुन्छ",
    "मेरो छोरा १४ वर्षको छ, म होटल साफ गर्छु",
    "bhai 13 barsa ko chha, kaam gardaina. mero chhimeki ko chhora restaurant ma kaam garchha.",
    # tune11 families: the employer does not know; a landlord's eviction; a machine's licence
    # asked about
    "malik lai thaha chhaina ki mero visa sakiyeko chha",
    "gharbeti le bhada tirena bhane kotha bata nikaldinchhu bhanchha",
    "घरबेटीले घरबाट निकालिदिन्छु भन्यो",
    "forklift ko license kasari linchha?",
    "फोर्कलिफ्ट चलाउने लाइसेन्स कहाँ पाइन्छ? म ३० वर्षको हुँ",
    # tune12 families: a girl said not to work with the negative in -दिन/-dina; a parent's own
    # plan for school; hours told per week; the writer keeping their own passport; someone
    # coming into the room at night
    "mero chhori 16 barsa ki, college jaanchhe, kaam gardina",
    "बहिनी १४ वर्षकी छ, पसलमा बस्दिन, घरमै पढ्छे",
    "ma chhora lai school pathaunchhu bhanera socheko chhu",
    "हप्तामा २० घण्टा मात्र काम गर्छु",
    "मेरो पासपोर्ट म आफूसँगै राख्छु",
    "sahu raati mero kotha ma aaucha, ramro lagdaina",
    # tune13 families: a job only wished for; a parent's own new job beside a child's age; a
    # machine's certificate sought; the writer's own passport in their own locker; pay (not a
    # document) promised "after"
    "ma 16 barsa ko hu, kaam paye bhane ramro hunthyo",
    "छोरी १३ वर्षकी छ, मलाई होटलमा जागिर मिल्यो",
    "फोर्कलिफ्टको सर्टिफिकेट कहाँबाट लिने?",
    "मैले पासपोर्ट आफ्नो दराजमा ताला लगाएर राखेको छु",
    "talab magda 'arko hapta pachhi' bhanchha",
]

# job_context (session 8)
POSITIVES += [
    (
        "मेरो भाइ चौध वर्षको छ, आइतबार बिहान १० देखि दिउँसो २ बजेसम्म मामाको मिठाई पसलमा।",
        True,
        (),
        ("night_or_school_hours",),
    ),
    ("ma sorha barsa ko hu, bowling alley ma hire garyo, hapta ma 12 ghanta", True, ()),
    ("bahini 15 barsa ki, laundromat ma part time, din ko 4 ghanta", True, ()),
    ("छोरी सत्र वर्षकी भई, फार्मेसीमा नयाँ जागिर, तलब नगदमा दिन्छन्", True, ()),
    ("म पन्ध्र वर्षको हुँ, कार वासमा शनिबार मात्र, ज्याला नगदमा दिन्छन्", True, ()),
    ("didi ko chhori 16 barsa ki, movie theater ma sift, beluka 4 dekhi 8 samma", True, ()),
]
NEGATIVES += [
    "मेरो छोरा १३ वर्षको छ, म होटलमा बिहान ७ देखि ३ बजेसम्म काम गर्छु",
    "bhai 14 barsa ko, school jancha, bihana 8 dekhi 3 samma",
    "chhori 16 barsa ki, summer job khojdai chhe",
    "छोरी ९ वर्षकी छे, हामीले नयाँ जागिर पायौं, घण्टाको १५ डलर",
]

# tune14 families
POSITIVES += [
    # threats: "ICE बोलाइदिन्छु", the verb "धम्क्याउँछ"
    ("उजुरी गरे आइस बोलाइदिन्छु भन्छ साहु", False, ("intimidation_threats",)),
    ("साहुले तलब माग्दा जागिरबाट निकाल्छु भनेर धम्क्याउँछ", False, ("intimidation_threats",)),
    # beating in the feminine / honorific, "हिर्काउनु", hair pulled
    ("साहुनीले रिस उठ्दा बहिनीलाई पिट्छिन्", False, ("physical_sexual_violence",)),
    ("malik le kapal tanera hirkayo", False, ("physical_sexual_violence",)),
    # a pay figure said, now only less
    ("नेपालमै छँदा घण्टाको १८ डलर दिन्छु भन्थ्यो, अहिले १० डलर मात्र दिन्छ", False, ("deception",)),
    # "your visa ..., you won't find work elsewhere"
    (
        "timro visa sakiyo, arko thau ma jagir paudainau bhanchha sahu",
        False,
        ("abuse_of_vulnerability",),
    ),
    # gear in the singular or as a loan word
    ("factory ma glove pani didainan", False, ("abusive_working_living_conditions",)),
    # care: a nanny's charges are not workers; the real indicator stays
    (
        "म ६ र ९ वर्षका दुई बच्चा हेर्छु। साहुनीले मेरो पासपोर्ट राखेकी छ",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "ma bachha herne kaam garchhu, bachha haru 5 ra 7 barsa ka chhan, sahuni le phone khosyo",
        False,
        ("isolation",),
    ),
]
NEGATIVES += [
    # years of experience with "ko" between
    "मेरो बुबाको २० वर्षको ड्राइभिङको अनुभव छ, नयाँ कम्पनीमा घण्टाको $२२ दिन्छ भन्यो",
    "ma sanga 16 barsa ko kaam ko anubhav chha",
    # a former employer abroad
    "pahile malaysia ko company le passport rakheko thiyo, aba yaha thik chha",
]

# tune15 families: papers promised to bring the worker; low pay told first, then "you have no
# papers"; those who speak no English named with a plural or case ending, and the boss knowing
# the workers cannot speak up; the wage "sent home" that never arrives; a long shift told once
POSITIVES += [
    ("sahu le visa milaidinchhu bhanera lyayo, 3 barsa bhayo kehi garena", False, ("deception",)),
    ("मालिकले ग्रिन कार्ड बनाइदिन्छु भनेको थियो, अहिलेसम्म केही भएन।", False, ("deception",)),
    (
        "ma pasal ma kaam garchhu. ghanta ko 8 dollar matra dinchha, timro visa chaina bhanchha",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "म फ्याक्ट्रीमा काम गर्छु। अङ्ग्रेजी नजान्नेहरूलाई सबैभन्दा गाह्रो काम दिन्छ।",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "ma farm ma kaam garchhu. hami bolna sakdainau bhanne sahu lai thaha chha",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "ma ghar ko kaam garchhu. talab ghar pathaidinchhu bhanchha tara aama lai paisa pugeko "
        "chhaina",
        False,
        ("withholding_of_wages",),
    ),
]
NEGATIVES += [
    "ma warehouse ma kaam garchhu. hijo 14 ghanta ko duty garnu paryo, ek patak matra.",
    "ghar ma paisa pathaunu chha, talab kahile aaucha?",
]

# tune16 families
POSITIVES += [
    # crowded rooms, toilet not allowed with "pani"
    ("हामी ८ जना एउटा कोठामा बस्छौं, भुइँमा सुत्छौं", False, ("abusive_working_living_conditions",)),
    ("dui kotha ma 12 jana basnu parchha", False, ("abusive_working_living_conditions",)),
    ("supervisor le bathroom jana pani dindaina", False, ("abusive_working_living_conditions",)),
    # "I'll send you back to Nepal", "I'll fire you" with the loan verb
    ("धेरै बोलिस् भने देश फर्काइदिन्छु भन्छ साहुले", False, ("intimidation_threats",)),
    ("manager le overtime nagare fire gardinchhu bhanchha", False, ("intimidation_threats",)),
    # women touched; no papers so work for $N; family got nothing of the wage sent home
    ("malik le mahila haru lai chhunchha", False, ("physical_sexual_violence",)),
    ("तिम्रो कागज छैन, ६ डलरमा काम गर भन्छ", False, ("abuse_of_vulnerability",)),
    (
        "talab ghar pathaidinchhu bhanchha tara aama le ek paisa pani payeko chaina",
        False,
        ("withholding_of_wages",),
    ),
]
NEGATIVES += [
    "म अर्को महिना घर फिर्ता जान्छु, टिकट काटिसकें",
    "hamro ghar ma 3 jana basne 2 kotha chha",
]

# session 9: "aru 2 barsa lagcha" (it takes two more years) is a time, not a birthday
POSITIVES += [
    (
        "Rin tirna aru 2 barsa lagcha re, tyo bhanda agadi chodna paudaina bhancha",
        False,
        ("debt_bondage",),
    ),
]

# tune17 families: chickens raised, fed or housed on a farm are no poultry plant; "another job"
# sought or not to be found is no deception, and "so I pay you less" makes it a use of the
# worker's dependence, not a threat; running or quitting in other persons and tenses before a
# police threat, "I'll tell the police" quoted; a small room or a basement crowded, no window
POSITIVES += [
    (
        "sahu bhanchha timro kagaj chhaina, arko kaam paudainau, tesaile 7 dollar matra dinchhu",
        False,
        ("abuse_of_vulnerability",),
        ("intimidation_threats", "deception"),
    ),
    ("kaam chhodyau bhane police lai bhanidinchhu bhanchha sahu", False, ("intimidation_threats",)),
    ("मालिक भन्छ, भाग्यो भने प्रहरीलाई भन्छु", False, ("intimidation_threats",)),
    ("सुपरभाइजर 'इमिग्रेसनलाई भन्छु' भन्छ", False, ("intimidation_threats",)),
    ("हामी ८ जना एउटै साँघुरो कोठामा सुत्छौं", False, ("abusive_working_living_conditions",)),
    ("saat jana eutai basement ma baschhau", False, ("abusive_working_living_conditions",)),
    ("कोठामा बस्छौं तर झ्याल एउटा पनि छैन", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    "kukhura ko khor safa garchhu, malik ramro chha",
    "म फार्ममा कुखुराको दाना हाल्ने काम गर्छु",
    "अर्को काम खोज्दैछु, यहाँको काम मन परेन",
    "मेरो साइकल चोरी भयो, म पुलिसलाई भन्छु",
]

# tune18 families: "tries to touch" with no object named (and the night visit to the room is no
# night work); a live-in worker threatened with losing job and roof together; the wage "not
# received" in the perfect, also without the glide ("paako"); a one-off double shift
POSITIVES += [
    (
        "manager raati kotha ma pasera chhune koshish garyo",
        False,
        ("physical_sexual_violence",),
        ("night_or_school_hours",),
    ),
    ("साहुजी राति कोठामा आएर छुन खोज्छन्", False, ("physical_sexual_violence",)),
    (
        "sahuni bhanchhe, ujuri gare kaam ra kotha dubai bata nikaldinchhu",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("मालिक भन्छ जागिरबाट पनि निकाल्छु, डेराबाट पनि", False, ("abuse_of_vulnerability",)),
    ("char mahina bhayo, ek paisa pani talab pako chaina", False, ("withholding_of_wages",)),
    ("तीन महिनादेखि काम गर्छु, अहिलेसम्म तलब पाएको छैन", False, ("withholding_of_wages",)),
]
NEGATIVES += [
    "फोन छुन खोज्दा मालिक कराउँछ, काम राम्रो छ",
]

# tune19 families: the worker brought or arrived at night is no night work; an English job word in
# -ing (or a delivery) done by a third person; "not as said" with the job named between
POSITIVES += [
    ("bhai 16 barsa ko, restaurant ma cleaning garchha", True, ()),
    ("मेरी बहिनी १५ वर्षकी, पिज्जा डेलिभरी गर्छे", True, ()),
    ("bhaneko jasto talab thiyena, aadha matra diyo", False, ("deception",)),
    ("एजेन्टले भनेअनुसारको काम भएन, खेतमा लगायो", False, ("deception",)),
]
NEGATIVES += [
    "hami raati aaipugyau, bholi dekhi school suru hunchha",
    "राति ल्याएर आफन्तको घरमा राखे, सबै ठिक छ",
    "bahini 16 barsa ki, mall ma shopping garchhe",
]
# tune20 families: "N months left to reach 18"; until 9 pm is no night shift for an adult but is
# late for a 15-year-old; "never a day off"; a call home allowed once a week only; "no papers,
# nobody else will hire you"; the employer knows the worker has no other way; papers promised to
# keep the worker at long hours (not deception); "less than what was said"; trouble promised to
# the parents at home; the honorific "sahuji" keeping the passport; no time to eat, no break;
# housing with neither water nor heat
POSITIVES += [
    ("भाइ १६ पुग्न अझै ४ महिना बाँकी छ, रेस्टुरेन्टमा भाँडा माझ्छ", True, ()),
    (
        "chhori lai 18 pugna 3 mahina baki chha, warehouse ma baler chalauchhe",
        True,
        ("hazardous_work",),
    ),
    ("ma 18 pugna 2 mahina baki chha, restaurant ma kaam garchhu", True, ()),
    ("म १५ वर्षको हुँ, पसलमा राति ९ बजेसम्म काम गर्छु", True, ("night_or_school_hours",)),
    ("होटलमा काम गर्छु, बिदा त कहिल्यै पाउँदैनौं", False, ("excessive_overtime",)),
    ("kahile pani chhutti dindainan, roj kaam garnu parchha", False, ("excessive_overtime",)),
    ("मालिकले हप्तामा एक पटक मात्र घर फोन गर्न दिन्छ", False, ("isolation",)),
    ("ghar ma phone mahina ma ek choti matra garna paunchhu", False, ("isolation",)),
    ("timro kagaj chhaina, aru kasaile kaam dindaina bhanchha", False, ("abuse_of_vulnerability",)),
    ("साहुलाई थाहा छ कि हामीसँग अर्को उपाय छैन", False, ("abuse_of_vulnerability",)),
    ("malik lai thaha pako chha ma kahi jana sakdina", False, ("abuse_of_vulnerability",)),
    (
        "visa milaidinchhu bhanera din bhari kaam garauchha",
        False,
        ("abuse_of_vulnerability",),
        ("deception",),
    ),
    ("तलब भनेको भन्दा कम दिन्छ", False, ("deception",)),
    ("agent le pariwar lai dukha dinchhu bhanyo", False, ("intimidation_threats",)),
    ("passport sahuji ko locker ma chha", False, ("retention_of_identity_documents",)),
    ("खाना खाने समय पनि दिँदैन, दिनभरि उभिएर काम", False, ("abusive_working_living_conditions",)),
    ("na pani chha na bijuli, trailer ma basxau", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    "म रेस्टुरेन्टमा काम गर्छु, बिहान १० देखि राति ९ बजेसम्म",
    "म हप्तामा एकचोटि घरमा फोन गर्छु",
    "bhaneko bhanda dherai talab dinchha, khusi chhu",
    "sasu le aama lai dukha dinchha",
]
# tune21 families: "(see) what happens to your parents / family" said to the worker; a working
# day from early morning to late night (14 hours and more) told as the routine, not one past
# day; someone else's ID used to get work is no document held by the employer
POSITIVES += [
    (
        "साहुले भन्यो, काम छोडिस् भने तिम्रो आमाबुबालाई के हुन्छ हेर्",
        False,
        ("intimidation_threats",),
    ),
    (
        "dalal le bhanyo paisa napathais bhane timro pariwar lai ke hunchha",
        False,
        ("intimidation_threats",),
    ),
    (
        'manager le "gaun ma tero buwa aama lai kehi garchhu" bhanchha',
        False,
        ("intimidation_threats",),
    ),
    (
        "मेरी बहिनी १५ वर्षकी छे, रेस्टुरेन्टमा बिहान ७ बजेदेखि राति ११ बजेसम्म भाँडा माझ्छे",
        True,
        ("excessive_overtime",),
    ),
    (
        "hami sabai bihana 5 baje dekhi rati 10 baje samma khet ma kaam garchhau",
        False,
        ("excessive_overtime",),
    ),
    (
        "हिजो बिहान ६ बजेदेखि राति ११ बजेसम्म काम गरें, आज बिदा छ",
        False,
        ("night_or_school_hours",),
        ("excessive_overtime",),
    ),
    ("company le hamro passport liyera rakhyo", False, ("retention_of_identity_documents",)),
]
NEGATIVES += [
    "मलाई चिन्ता छ, मेरो आमालाई के हुन्छ होला",
    "तिम्रो आमालाई के भयो? अस्पताल गयौ?",
    "म अफिसमा बिहान ९ देखि बेलुका ५ सम्म काम गर्छु",
    "मेरो भाइ अर्काको कार्ड लिएर गोदाममा काम गर्छ",
    "bhai aru ko ID liyera factory ma kaam garchha",
]

# tune22 families: stopped going to school or studying ("school jana chhodyo", "padhna chhodyo"),
# not a step taken years ago; the boss's "no papers" told inside a police threat is
# intimidation alone
POSITIVES += [
    ("मेरी बहिनी १४ वर्षकी हो, स्कुल जान छोडेर होटलमा भाँडा माझ्छे", True, ("night_or_school_hours",)),
    (
        "bhanji 16 barsa ki, school jana pani chhodisakyo, pasal ma kaam garchhe",
        True,
        ("night_or_school_hours",),
    ),
    (
        "mero bhai 15 ko ho, padhna chhodera factory ma kaam garchha",
        True,
        ("night_or_school_hours",),
    ),
    (
        "malik bhanchha kagaj chhaina, dherai kura garis bhane immigration bolauchhu",
        False,
        ("intimidation_threats",),
        ("abuse_of_vulnerability",),
    ),
    (
        "साहु भन्छ कागज छैन, उजुरी गरिस् भने प्रहरी बोलाउँछु",
        False,
        ("intimidation_threats",),
        ("abuse_of_vulnerability",),
    ),
]
NEGATIVES += [
    "मैले पढ्न छोडेको १० वर्ष भयो, अहिले आफ्नै पसल छ",
    "maile college jana chhodeko 5 barsa bhayo",
]
