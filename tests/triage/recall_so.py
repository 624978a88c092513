"""Somali recall cases: grades, ages of relatives, number words, forced labour.

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    (
        "waxaan dhigtaa fasalka 9aad, habeenkiina waxaan ka shaqeeyaa warshadda digaagga",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    (
        "weli waxaan dhigtaa dugsiga sare, waxaan nadiifiyaa mashiinnada dugsiga kadib",
        True,
        ("hazardous_work",),
    ),
    ("waxaan ahay qof aan qaan-gaarin, waxay i saareen forklift-ka", True, ("hazardous_work",)),
    ("carruur 13 jir ah ayaa ka shaqeeya khadka warshadda hilibka", True, ("hazardous_work",)),
    ("ina adeerkay waa lix iyo toban jir, wuxuu ka shaqeeyaa kawaanka", True, ("hazardous_work",)),
    (
        "walaashay waxay ku shaqeysaa baakadeynta hilibka, waa 15 jir oo kaliya",
        True,
        ("hazardous_work",),
    ),
    (
        "waxay shaqaaleysiiyeen carruur aan qaan-gaarin kooxda nadaafadda habeenkii ee kawaanka",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    (
        "walaalkay wuxuu ka shaqeeyaa goynta hilibka, waa afar iyo toban sano",
        True,
        ("hazardous_work",),
    ),
    ("maamulaha ayaa qaatay taleefannadeena, mana wici karno qoysaskeena", False, ("isolation",)),
    (
        "xiriir lama lihin cid dibadda ah, waa naloo diiday inaan la hadalno shaqaalaha kale",
        False,
        ("isolation",),
    ),
    (
        "kormeeruhu wuxuu yiri wuxuu u yeeri doonaa immigration-ka haddii aan cabanno",
        False,
        ("intimidation_threats",),
    ),
    ("wuxuu yiri qoyskaaga wax baa ku dhici doona haddaad tagto", False, ("intimidation_threats",)),
    (
        "qofkii cabanaya waa la eryayaa, shaqo kale magaalada kama heli doono",
        False,
        ("intimidation_threats",),
    ),
    (
        "mushahar yar ayay na siiyaan maxaa yeelay warqado ma haysanno",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("wuu ogyahay inaanan meel kale oo aan aadno lahayn", False, ("abuse_of_vulnerability",)),
    (
        "kama bixi karno guriga, albaabka waa la xiraa habeenkii, waardiye ayaa jooga",
        False,
        ("restriction_of_movement",),
    ),
    (
        "kaliya waxaan u baxnaa anagoo uu na wehelinayo kormeeraha",
        False,
        ("restriction_of_movement",),
    ),
    ("mushaharka waxay na siiyaan dhammaadka xilliga oo kaliya", False, ("withholding_of_wages",)),
    (
        "maamulaha wuxuu haystaa qayb ka mid ah mushaharkeena toddobaad walba",
        False,
        ("withholding_of_wages",),
    ),
    ("saddex bilood ayaan mushahar la'aan nahay", False, ("withholding_of_wages",)),
    # Misspelt "toban", a bare age opening the message, job titles, school missed.
    ("wiilkayga waa shan iyo tobn jir, wuxuu ka shaqeeyaa dukaan", True, ()),
    ("15 jir, baabuurta ayaan ka dhaqaa garaashka sabtida", True, ()),
    ("abaayday waa 16 jir, kaashiir ayay ka tahay suuqa", True, ()),
    (
        "walaalkay 14 jir ah iskuulka ma yimaado, maalintii oo dhan ayuu shaqeeyaa",
        True,
        ("night_or_school_hours",),
    ),
    (
        "gabadh 15 jir ah ayaa ka shaqeysa makhaayad, waxay bilaabaan 4ta subaxnimo",
        True,
        ("night_or_school_hours",),
    ),
    # Cut off from outsiders; employer knows we do not speak the language.
    ("dadka kale lalama hadli karo, taleefanka waa la qaaday", False, ("isolation",)),
    (
        "maamulaha wuu og yahay inaanan luqadda aqoon, wuxuu na siiyaa lacag yar",
        False,
        ("abuse_of_vulnerability",),
    ),
    # absent from school
    (
        "Wiilkaygu waa 15 jir, warshadda ayuu ka shaqeeyaa, dugsigana wuu ka maqan yahay",
        True,
        ("night_or_school_hours",),
    ),
    # documents held by the host ('haysato')
    (
        "Naagta ay la degan tahay ayaa haysato baasaboorkeeda",
        False,
        ("retention_of_identity_documents",),
    ),
    # locked in the house
    ("Shaqaalaha waxaa la xiraa guriga habeenkii", False, ("restriction_of_movement",)),
    (
        "Aan loo ogolayn inay baxaan iyagoon kormeeruhu la socon",
        False,
        ("restriction_of_movement",),
    ),
    # status and half pay
    (
        "Maamulaha wuu ogyahay inaanan haysan sharci, wuxuu na siiyaa nus mushaharka kuwa kale",
        False,
        ("abuse_of_vulnerability",),
    ),
    # phone and family contact forbidden
    ("Uma ogola taleefan ama inay la hadasho qoyskeeda", False, ("isolation",)),
    # a parent's own night work does not make the child a worker
    ("Gabadhayda waa 14 jir, dugsiga ayay dhigtaa, aniguna habeenkii ayaan shaqeeyaa", False, ()),
]

NEGATIVES = [
    "waxaan leeyahay 15 sano oo khibrad ah oo rootiile ah",
    "wiilkayga waa 16 jir, wuxuu dhigtaa dugsiga, ma shaqeeyo",
    "waxaan halkan bilaabay markaan ahaa 17 jir, hadda waxaan ahay 30 jir",
    "maamulahaygu waa nin fiican, weligii qofna ma handadin",
    "jimce walba mushaharka waqtigiisa ayaa la bixiyaa",
    "waxaan ka bixi karaa guriga markaan doono",
    "gabadhaydu waxay dhigtaa fasalka 9aad, aniguna waxaan ka shaqeeyaa dukaanka",
    "waraaqahayga iyo baasaboorkayga waan haystaa, wax walba waa hagaag",
    "dugsiga berri waa xiran yahay barafka dartiis",
    "maamulahaygu waa nin wanaagsan, lacagta waqtigeeda ayuu na siiyaa",
    "wiilkayga waa 15 jir, iskuulka ayuu dhigtaa, ma shaqeeyo",
]

# tune4 families: 'inaanan Ingiriis aqoon', paid less than others, sums owed, the man who brought
# him, photocopied passports
POSITIVES += [
    (
        "Maamulka wuu og yahay inaanan Ingiriis aqoon, wuxuuna na siiyaa mushahar ka yar kuwa kale",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("Ninkii na keenay wuxuu leeyahay 3000 doolar ayaad igu leedahay", False, ("debt_bondage",)),
    (
        "wiil 16 jir ah ayaa ka shaqeeya beer, qofkii keenay ayaa lacag ku leh",
        True,
        ("debt_bondage",),
    ),
]

NEGATIVES += [
    "Shaqada waxay koobi ka qaadeen aqoonsigayga, kadibna way ii celiyeen",
]

# tune5 families: pay "we were told" (passive la ii / naloogu sheegay) then less on arrival;
# no water / toilet with impersonal negatives (looma, nalooma) and "drink"; threats "I'll call
# the police on you" (kuu / idiin yeerayaa); the boss keeps the key and locks us in at night
# (not night work); someone else takes her pay; pay late N months; "if you leave you get
# nothing"; one long day told as today / yesterday is not excessive overtime
POSITIVES += [
    (
        "waxaa la ii sheegay mushaharku waa $20 saacaddii, hadda $12 ayaa la i siiyaa",
        False,
        ("deception",),
    ),
    (
        "musqusha looma oggola shaqaalaha, biyana ma cabbi karno",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("kormeeraha wuxuu yiri booliiska ayaan idiin yeerayaa", False, ("intimidation_threats",)),
    (
        "furaha guriga maamulaha ayaa haya, habeen kasta wuu na xiraa",
        False,
        ("restriction_of_movement",),
    ),
    (
        "adeerkeed ayaa mushaharkeeda qaata, iyada waxba lama siiyo",
        False,
        ("withholding_of_wages",),
    ),
    ("mushaharka 3 bilood ayuu daahay, weli waan shaqeynaa", False, ("withholding_of_wages",)),
    (
        "kormeeruhu wuxuu yiri haddaad shaqada ka tagto waxba heli maysid",
        False,
        ("withholding_of_wages",),
    ),
    # a toilet ban is not confinement; a door locked at night is not night work
    (
        "musqusha ma aadi karno inta line-ku socdo",
        False,
        ("abusive_working_living_conditions",),
        ("restriction_of_movement",),
    ),
    (
        "albaabka guriga habeenkii waa lagu quflaa, dibad uma bixi karno",
        False,
        ("restriction_of_movement",),
        ("night_or_school_hours",),
    ),
]

NEGATIVES += [
    "maanta 13 saacadood ayaan shaqeeyay sababtoo ah qof ayaa maqnaa",
    "lacagtayda ayaan qaatay jimcihii, wax walba waa hagaag",
    "dukaanka waan xiraa 9ka fiidkii, kadibna guriga ayaan aadaa",
]

# tune5: a question about the law ("ma sharci baa in ... la siiyo?") is not lower pay told;
# one long day told as yesterday still counts when it happens every day
POSITIVES += [
    (
        "shalay 14 saacadood ayaan shaqeeynay, maalin walba sidaas ayaa nala shaqeysiiyaa",
        False,
        ("excessive_overtime",),
    ),
]

NEGATIVES += [
    "walaalkay waa 19 jir, ma sharci baa in mushahar ka yar kuwa kale la siiyo?",
]

# tune6 families: a coming birthday read as the age ("wuxuu noqonayaa 16 bisha dambe"); a job
# title with "I am" / "she is" ("waxaan adeege ka ahay", "waxay kaashiir ka tahay"); a bare age
# opening the message before the writer's clause; "can / will work" (shaqeyn karaa / doonaa) is
# not work; passive negatives with a pronoun ("nalama siin") after a negated indicator, "you
# lose the money" (waad lumin); touching the body and "if you tell anyone you lose the job"
POSITIVES += [
    (
        "Walaalkay wuxuu noqon doonaa 15 sanadka dambe, hadda wuxuu ka shaqeeyaa garaash",
        True,
        (),
    ),
    ("16 ayay noqon doontaa bisha dambe, waxay ka shaqeysaa hudheel", True, ()),
    ("Waxaan noqonayaa 17 bisha sagaalaad, waxaan ka shaqeeyaa makhaayad", True, ()),
    ("Waxaan ahay 16 jir, waxaan adeege ka ahay makhaayad Soomaali ah", True, ()),
    ("Inantayda 17 jir ah waxay kaashiir ka tahay farmashiyaha", True, ()),
    ("15 jir waxaan ka shaqeeyaa makhaayad", True, ()),
    ("Shan iyo toban jir ah, waxaan dhaqaa weelasha hudheelka", True, ()),
    (
        "Aqoonsigayga ma qaadan, laakiin lacagta afar toddobaad nalama siin",
        False,
        ("withholding_of_wages",),
    ),
    ("Lix toddobaad oo shaqo ah mushahar nalama siin", False, ("withholding_of_wages",)),
    (
        "Kormeeraha ayaa yiri haddii aad shaqada ka baxdo lacagtaada waad lumin",
        False,
        ("withholding_of_wages",),
    ),
    (
        "Madaxa ayaa i salaaxa bowdada, haddaad qofna u sheegto shaqada waad waayaysaa ayuu yiri",
        False,
        ("physical_sexual_violence", "intimidation_threats"),
    ),
    (
        "Ninku wuxuu i qabqabtaa jirkayga markasta, haddaad dadka u sheegto waa lagu eryi",
        False,
        ("physical_sexual_violence", "intimidation_threats"),
    ),
]

NEGATIVES += [
    "Gabadhayda waa 16 jir, dukaanka adeerkeed ayay shaqeyn kartaa sabtida?",
    "waxaan ahay 15 jir, xagaaga waxaan shaqeyn doonaa beerta awowgay",
    "Waxay noqonaysaa 3 sano intaan halkan ka shaqeynayo",
    "farta ku taabta shaashadda si aad u bilowdo",
]

# tune7 families: "I am a boy/girl/student of N" with the noun before the age; pay not
# received with a pronoun after the negative ("ma aanan helin"); a missing break
# ("nasasho ma jirto") is conditions, not a missing rest day.
POSITIVES += [
    ("waxaan ahay gabar 16 jir ah, waxaan ka shaqeeyaa dukaan", True, ()),
    ("arday 15 jir ah baan ahay, sabtida waxaan ka shaqeeyaa makhaayad", True, ()),
    ("laba bilood lacag ma aanan helin, shirkadda ayaa leh sug", False, ("withholding_of_wages",)),
    (
        "afar toddobaad ayaan shaqeynay, mushaharka ma aanu helin",
        False,
        ("withholding_of_wages",),
    ),
    (
        "shaqada nasasho lama siiyo, biyona lama helo",
        False,
        ("abusive_working_living_conditions",),
        ("excessive_overtime",),
    ),
    (
        "toddobaadkii oo dhan ayaan shaqeynaa, maalin fasax ah ma lihin",
        False,
        ("excessive_overtime",),
    ),
]

# tune8 families: a job title before the focus marker ("kaashiir baan ka ahay"); dollar
# misspelt ("doollar"); "work it off" (shaqee oo iska bixi); the employer who is also the
# landlord / the ride, and "quit the job and you leave the house"; a number after "he told
# me" that is an age is not promised pay.
POSITIVES += [
    ("waxaan ahay 16 jir, kaashiir baan ka ahay suuqa Soomaalida", True, ()),
    ("anigu 17 jir ah, adeege ayaan u ahay hudheel yar sabtida", True, ()),
    ("wuxuu yiri 2500 dolar ayaad igu leedahay tigidhka", False, ("debt_bondage",)),
    (
        "agency-ga ayaa yiri ka shaqee ilaa aad iska bixiso lacagta safarka",
        False,
        ("debt_bondage",),
    ),
    (
        "maamulaha isaga ayaa qolka na kireeya, wuxuu yiri haddaad shaqada ka baxdo qolka ka bax",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "guriga aan ku noolnahay maamulaha ayaa leh, haddii aan shaqada joojiyo"
        " sariirta waan waayi",
        False,
        ("abuse_of_vulnerability",),
    ),
]

NEGATIVES += [
    "walaalkay wuxuu ii sheegay inuu 19 jir yahay, jaamacadda ayuu dhigtaa",
    "iyada ayaa gaariga qaadatay maanta, aniguna bas baan raacay",
]

# tune9 families: cashier spellings and "waa <job>", "got a job", "Name (16)", "not 18 yet",
# night ranges without a space ("ilaa 1am"), "you owe us", company-held passports,
# future jobs promised before arrival, pay lost with a word between
# ("mushaharka bishan ma helaysid").
POSITIVES += [
    ("gabadha walaashay ah waa 16 jir, waxay caashiir ka tahay farmashiye", True, ()),
    ("ina adeerkay waa 15 jir, shaqo cusub ayuu helay, waa bagger suuqa", True, ()),
    ("Cabdi (15) wuxuu ka shaqeeyaa maqaayad weel dhaqe", True, ()),
    ("aniga (16) waxaan dhaqaa baabuurta meel car wash ah", True, ()),
    ("walaalkay weli 18 ma aha, wuxuu wadaa forklift bakhaarka", True, ("hazardous_work",)),
    ("weli 18 ma ihi, waxaan ka shaqeeyaa dukaan 4pm ilaa 2am", True, ("night_or_school_hours",)),
    ("boss-ku wuxuu leeyahay $2500 oo diyaaradda ah ayaad igu leedahay", False, ("debt_bondage",)),
    (
        "shaqaaleyda waxaa lagu yiri waxaydin nagu leedihiin kirada iyo safarka",
        False,
        ("debt_bondage",),
    ),
    (
        "sharcigayga iyo baasaboorkayga agency-ga ayaa haysa",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "waxay noo sheegeen inaan ka shaqeyn doono hoteel oo saacaddii $18 heli doono,"
        " hadda beer ayaan ka shaqeynaa",
        False,
        ("deception",),
    ),
    (
        "manager-ku wuxuu ii sheegay haddii aan ka tago lacagta toddobaadkan ma heli doontid",
        False,
        ("withholding_of_wages",),
    ),
]

NEGATIVES += [
    "walaalkay waxaa la siiyay maalin fasax, laba toddobaad maalin nasasho ma uusan qaadan hore",
    "walaashay waxay ka shaqeysaa hoteel. carruurteeda dugsiga ayay dhigtaan oo way fiican yihiin",
    "waxaan ka shaqeeyaa dukaan, carruurtayda Hargeysa ayay joogaan oo waa nabad",
]

# a coming birthday is read one lower: "I will turn 16 next month" = 15 now (no work after 7 pm)
POSITIVES += [
    (
        "Waxaan buuxin doonaa 16 bisha soo socota, habeenkii ayaan ka shaqeeyaa dukaanka",
        True,
        ("night_or_school_hours",),
    ),
    (
        "Gabadhayda 16 ayay gaari doontaa bisha dambe,"
        " waxay ka shaqeysaa makhaayad ilaa saqda dhexe",
        True,
        ("night_or_school_hours",),
    ),
]

# tune10: a child not taken, sent or enrolled to school ("iskuul lama geyn") works in school hours
POSITIVES += [
    (
        "wiilka walaalkay oo 13 jir ah dugsiga uma diraan, wuxuu ka shaqeeyaa beerta",
        True,
        ("night_or_school_hours",),
    ),
    (
        "gabadhan 14 jirka ah iskuulka looma qorin, waxay dhaqdaa weelasha makhaayadda",
        True,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += ["wiilkayga 10 jir ah dugsiga waan geeyaa subax walba"]

# tune10: not allowed to talk to a named relative ("uma oggola inay hooyadeed la hadasho"),
# the phone not allowed, the phone named first
POSITIVES += [
    ("haweeneyda guriga uma oggola inay walaasheed la hadasho", False, ("isolation",)),
    ("shaqaalaha guryaha moobaylkooda looma oggola", False, ("isolation",)),
]
NEGATIVES += ["maamuluhu wuxuu ii oggolaaday inaan hooyaday la hadlo"]

# tune10: children in an adult's care ("carruurta ayay haysaa", "waxay xanaaneysaa carruurta")
# are not young workers; children who work still are
POSITIVES += [
    (
        "hooyaday waxay xanaaneysaa carruurta deriska, 70 saacadood toddobaadkii ayay shaqeysaa,"
        " fasax ma leh",
        False,
        ("excessive_overtime",),
    ),
    (
        "walaashay waxay ka shaqeysaa guri, carruurta bay haysaa, taleefankeeda way qaateen",
        False,
        ("isolation",),
    ),
    ("carruurta ayaa ka shaqeysa beerta subax kasta", True, ()),
]

# tune11 families: six or more people in a house of one or two rooms; the employer who is also
# the landlord or the ride; "cannot go elsewhere", English not known (all person forms), "that
# is how he exploits us"; a sum to be worked off ("ilaa ... aad ka shaqeyso"); a pay figure said,
# then another one; a role "served as" at games ("garsoore ka noqdaa")
POSITIVES += [
    ("15 qof ayaa ku nool guri hal qol ah", False, ("abusive_working_living_conditions",)),
    (
        "sagaal nin baan ku jirnaa apartment laba qol ah",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "guri laba qol ah ayaa 10 shaqaale ah ku nool yihiin",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "qolka aan ku nool nahay waxaa na kireeyay ninka na shaqaaleysiiyay",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("isaga ayaa gaarigiisa nagu qaada shaqada subax walba", False, ("abuse_of_vulnerability",)),
    (
        "maamuluhu wuu og yahay inaanan meel kale u guuri karin",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "shaqaalaha ingiriis ma yaqaanaan, sidaas darteed ayuu ka faa'iidaystaa",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "baasaboorkayga ma celinayaan ilaa $3,000 oo kharash ah aan ka shaqeeyo",
        False,
        ("debt_bondage", "retention_of_identity_documents"),
    ),
    (
        "waxay noo sheegeen $18 saacaddii, laakiin hadda $10 ayay na siiyaan",
        False,
        ("deception",),
    ),
    (
        "wuxuu yiri 800 doolar bishii, markii aan imid 400 oo keliya ayuu i siiyay",
        False,
        ("deception",),
    ),
    ("wiilkayga 14 jir ah wuxuu tababare u noqdaa kooxda carruurta", True, ()),
    ("gabadha ina adeerkay oo 15 jir ah waxay lifeguard ka noqotaa barkada", True, ()),
    ("waxaan ahay 16 jir, waxaan garsoore ka noqdaa ciyaaraha Sabtida", True, ()),
]
NEGATIVES += [
    "4 qof ayaan ku nool nahay guri 2 qol ah",
    "guriga waxaan ka kireeyay nin Soomaali ah",
    "ilaa 5 saac aan ka shaqeeyo ayaan nasanayaa",
    "waxay yiraahdeen $15 saacaddii, waana sidaas",
    "wiilkayga 12 jir ah wuxuu ka noqday go'aankiisa",
    "wiilkayga 13 jir ah wuxuu rabaa inuu garsoore noqdo",
]

# tune12 families: the impersonal "is not allowed" (looma / nalooma) to leave, "alone" in every
# person; the toilet refused is not restriction of movement; "don't come back" to whoever refuses,
# the progressive and future of "fire" ("waa lagaa ceyrinayaa"); refusing overtime under threat;
# "all N of us" / "all together" in one room, a windowless room; leave for the toilet not given;
# an injury ignored or "keep working"; turkey plants ("warshadda turkiga")
POSITIVES += [
    (
        "gabadha shaqaalaha ah looma oggola inay dibadda u baxdo",
        False,
        ("restriction_of_movement",),
    ),
    ("inaan xerada ka baxno nalooma oggola", False, ("restriction_of_movement",)),
    ("keligiis ma bixi karo, waardiye ayaa la socda", False, ("restriction_of_movement",)),
    (
        "xitaa musqusha lama oggola inaan tagno",
        False,
        ("abusive_working_living_conditions",),
        ("restriction_of_movement",),
    ),
    (
        "maamulaha wuxuu yiri qofkii diida shift-ka labaad ha soo laabanin",
        False,
        ("intimidation_threats", "excessive_overtime"),
    ),
    (
        "haddii aad diiddo saacadaha dheeraadka shaqada waa lagaa ceyrin doonaa",
        False,
        ("intimidation_threats", "excessive_overtime"),
    ),
    ("kormeeraha ayaa yiri waa laydinka cayrinayaa", False, ("intimidation_threats",)),
    ("afarteenaba waxaan ku seexannaa hal qol", False, ("abusive_working_living_conditions",)),
    (
        "shaqaalaha waxay ku wada nool yihiin isku qol",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("qol aan daaqad lahayn ayay ku seexdaa", False, ("abusive_working_living_conditions",)),
    (
        "supervisor-ku ima siiyo fasax aan biyo ku cabbo",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "faraha ayaa i dhaawacmay laakiin wuu iska dhego tiray",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "dhabarka ayaa i xanuunay, wuxuu yiri sii wad shaqada",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("waxaan ka shaqeeyaa warshadda turkiga ee Marshall", False, ("hazardous_work",)),
    ("walaashay 16 jir ah waxay ka shaqeysaa khadka turkiga", True, ("hazardous_work",)),
]
NEGATIVES += [
    "Turkiga ayaan ka imid sanadkii hore",
    "berri ha iman, fasax ayaad leedahay",
    "qolkayga wuxuu leeyahay daaqad weyn",
]

# tune13 families: a young person's task with a preposition ("waxay ka iibisaa"), paid a sum
# ("waxay siiyaan $40"), pay kept "so that I don't leave" and kept "in" an account, "you owe us"
# with "na / ii", "if you leave before N years" (not a past cue), "so that you don't run off" only
# with a document, a forklift licence asked about
POSITIVES += [
    ("inantayda 15 jir ah waxay ka iibisaa dukaanka adeerkeed", True, ()),
    ("wiilkayga 13 jir ah wuxuu ku caawiyaa makhaayadda ina adeerkiis", True, ()),
    ("ina abtigay 15 jir ah, Sabtida waxay siiyaan $40", True, ()),
    (
        "mushaharkayga ayay haystaan si aanan u tagin",
        False,
        ("withholding_of_wages",),
        ("retention_of_identity_documents",),
    ),
    ("lacagteena waa la xiray si aynaan u bixin", False, ("withholding_of_wages",)),
    (
        "mushaarkeyga akoon ayay ku haystaan ilaa qandaraasku dhammaado",
        False,
        ("withholding_of_wages",),
    ),
    (
        "baasaboorka xafiiska ayay ku hayaan si aanan u cararin",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "haddii aad shaqada ka tagto hal sano ka hor, 5000 doolar ayaad na leedahay",
        False,
        ("debt_bondage",),
    ),
    ("waxaan wadaa forklift-ka habeenkii", False, ("hazardous_work", "night_or_school_hours")),
]

NEGATIVES += [
    "lacag ayaan kaydsadaa si aanan u tagin dalka",
    "si aanan u tagin ayaan halkan u joogaa",
    "saddex sano ka hor baasaboorka ayay iga qaateen shaqadii hore",
    "sidee lagu helaa forklift certificate?",
    "forklift licence sidee ku heli karaa?",
]

# job_context (session 8): a job sign that does not say whose (clock hours in words, pay, a work
# permit asked about, a shift, the pay) in the sentence of a young person's age; not a parent's
# own hours told with a first-person word, not school hours, not a job only wished for
POSITIVES += [
    ("ina adeerkay waa 15 jir, sabtida iyo axadda 10ka ilaa 4ta dukaanka hooyadiis", True, ()),
    ("gabadhayda 16 jir ah saacaddiiba 11 doolar ayaa la siiyaa", True, ()),
    ("waxaan ahay 15 jir, shiftka subaxa ayaa la i siiyay", True, ()),
    ("walaashay 17 jir ah ma u baahan tahay ogolaansho shaqo?", True, ()),
    ("16 jir baan ahay, mushaharku waa 12 doolar saacaddii", True, ()),
    (
        "wiilka walaashay 14 jir ah laga bilaabo 9 subaxnimo ilaa 1 duhurnimo xarunta baabuurta",
        True,
        (),
    ),
]
NEGATIVES += [
    "wiilkayga waa 13 jir, anigu 7 ilaa 3 makhaayadda ayaan ka shaqeeyaa",
    "gabadhayda 15 jir ah dugsiga ayay aadaa 8 ilaa 3",
    "wiilkayga 16 jir ah wuxuu rabaa shaqo xagaa oo 10 doolar saacaddii ah",
    "inantayda 14 jir ah, aniga mushaharkayga ayaan dharkeeda ku iibiyaa",
]

# tune14 families: 60+ hours a week with the verb between ("80 saacadood ayaan shaqeeyaa
# toddobaadkii");
# women touched, the object a noun ("ayaa haweenka taabta"); a condition then "quit the job" / "find
# another job"; a remote site "meel aad u fog", the town not known told object-first; the toilet or
# water
# refused with "na" / "i" ("wuxuu na diidaa inaan musqusha aadno"); a young person said not to work
# with the
# negative verb ("ma shaqeeyo", "ma shaqeyso"), and the writer's own hire "la i shaqaaleysiiyay"
POSITIVES += [
    ("toddobaadkii waxaan shaqeeyaa 75 saacadood", False, ("excessive_overtime",)),
    ("70 saac ayaan ka shaqeynaa warshadda toddobaad kasta", False, ("excessive_overtime",)),
    (
        "kormeeruhu gabdhaha ayuu taabtaa marka ay kaligood yihiin",
        False,
        ("physical_sexual_violence",),
    ),
    ("maamulaha wuxuu taabtaa haweenka line-ka", False, ("physical_sexual_violence",)),
    (
        "maamuluhu wuxuu yiri haddaadan sabtida iman shaqada iska dhaaf",
        False,
        ("intimidation_threats",),
    ),
    ("haddii aadan overtime-ka qaban shaqo kale raadso", False, ("intimidation_threats",)),
    ("ninkii na keenay wuxuu na geeyay beer meel aad u fog ah", False, ("isolation",)),
    ("magaalada aan joogno ma naqaanno, taleefanna ma haysanno", False, ("isolation",)),
    (
        "kormeeraha wuxuu na diidaa inaan biyo cabno",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("wuu i diiday inaan musqusha tago", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    "gabadhayda waa 15 jir, iskuul ayay aadaa, ma shaqeyso. Aniga waxaan ka shaqeeyaa makhaayad",
    "wiilkaygu waa 14 jir. markii la i shaqaaleysiiyay shirkadda waxay i siisay kaar",
    "haddii aad xanuunsato shaqada ka bax oo guriga tag",
]

# care (session 8): the writer's own care work ("waxaan xanaaneeyaa", "carruurta ayaan xanaaneeyaa",
# "waxaan ahay babysitter"): the children looked after are not workers
POSITIVES += [
    (
        "Waxaan xanaaneeyaa laba carruur ah oo 13 iyo 15 jir ah, "
        "hooyadood baasaboorkayga ayay haysataa",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "carruurta qoyskan oo 14 iyo 16 jir ah ayaan xanaaneeyaa, mushaharkayga 3 bilood ma helin",
        False,
        ("withholding_of_wages",),
    ),
]
NEGATIVES += [
    "waxaan ahay babysitter, wiilasha aan haayo waa 12 iyo 15 jir",
]

# tune15 families: English not known in every person ("English ma taqaanniin"), no work elsewhere
# ("meel kale shaqo ma heleysaan"); the worker has no phone, or calls home with the employer
# standing
# by or listening; children counted after a care verb are not workers ("waxay daryeeshaa saddex
# carruur ah"); a shift ending at 10 pm is no night work for an adult (14-15: young_patterns); a
# reassurance reported to the writer ("wuxuu ii sheegay in lacagtiisa si fiican loo siiyo") is no
# false promise
POSITIVES += [
    (
        "maamulaha wuxuu leeyahay ingiriisi ma taqaanniin, sidaas darteed mushahar yar ayuu na "
        "siiyaa",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("wuxuu na yiraahdaa shaqo meel kale kama helaysaan", False, ("abuse_of_vulnerability",)),
    (
        "walaashay telefoon ma haysato, qoyska ay u shaqeyso ayaa baasaboorkeeda haya",
        False,
        ("isolation",),
    ),
    ("markay hooyadeed la hadasho naagta guriga ayaa dhageysanaysa", False, ("isolation",)),
    (
        "habaryartay waxay xanaaneysaa laba carruur ah oo guriga ayay nadiifisaa, "
        "baasaboorkeeda ayay haystaan",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "waxaan ka shaqeeyaa bakhaar 2 galabnimo ilaa 10 habeennimo, 7 maalmood toddobaadkii",
        False,
        ("excessive_overtime",),
        ("night_or_school_hours",),
    ),
    (
        "wiilkayga 15 jir ah wuxuu ka shaqeeyaa makhaayad ilaa 10ka habeenimo",
        True,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += [
    "wuxuu ii sheegay in mushaharkiisa waqtigiisa la siiyo oo uu ku qanacsan yahay",
]

# tune16 families
POSITIVES += [
    # "I know where your family lives" in every person of "know"
    (
        "wuxuu igu yiri haddii aad baxdo waan aqaanaa halka ay qoyskaagu ku nool yihiin",
        False,
        ("intimidation_threats",),
    ),
    # the ID card with a possessive ending
    (
        "kormeeraha ayaa haysta kaarkayga shaqada, ima siinayo",
        False,
        ("retention_of_identity_documents",),
    ),
    # a pronoun after the negation: toilet not allowed
    (
        "suuliga lama ii ogola inaan aado ilaa shiftka dhammaado",
        False,
        ("abusive_working_living_conditions",),
    ),
    # sleeping on the floor, verb first or with the room
    (
        "waxaan seexdaa dhulka bakhaarka, sariir ma jirto",
        False,
        ("abusive_working_living_conditions",),
    ),
    # the door locked on the worker
    (
        "qolka ayay naga quflaan marka ay shaqada aadaan",
        False,
        ("restriction_of_movement",),
    ),
]

NEGATIVES += [
    # a past job abroad: the passport held there
    "markii aan Sacuudiga ka shaqeynayey kafiilka ayaa haystay baasaboorkayga. hadda waxaan ka "
    "shaqeeyaa dukaan, su'aal ayaan qabaa",
    # a birth year told to the writer is no promise
    "gabadha cusub waxay ii sheegtay inay dhalatay sanadkii 2001, waa qof fiican",
    # the writer's care work promised: the children are not workers
    "waxaa la ii keenay inaan ilmaha daryeelo, way fiican yihiin oo waan ku faraxsanahay",
]

# tune17 families: chickens on a farm (raised, fed, eggs collected) are no poultry plant; two needs
# named together ("biyo iyo nasasho midna ma jiraan") and the plural "ma jiraan"
POSITIVES += [
    (
        "walaalkay 14 jir ah wuxuu ka shaqeeyaa beerta digaagga, digaagga ayuu quudiyaa",
        True,
        (),
        ("hazardous_work",),
    ),
    ("16 jir ayaan ahay, digaagga ayaan qalaa beerta", True, ("hazardous_work",)),
    (
        "Shaqada musqul iyo biyo lama helo, maalintii oo dhan ayaan taagnahay",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "cunto ama biyo midkoodna nama siiyaan ilaa shiftku dhammaado",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("goobta shaqada biyo ma jiraan, kulayl badan", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    "waxaan ka shaqeeyaa digaag dhaqasho, ukunta ayaan ka soo ururiyaa xerada",
    "biyo iyo nasasho waa la helaa, shaqadu waa fiican tahay",
]

# tune18 families: "wuxuu jiraa N sano" (he is N years old); "not allowed" with a pronoun (iima,
# nooma), water "not there" (ma yaallaan), gear not given with a qualifier between; "he knows I
# have no papers" with "og yahay" apart; pay lower "than the one of" the others; told of a job,
# then brought elsewhere; the debt that never ends or goes down
POSITIVES += [
    ("Walaalkay wuxuu jiraa shan iyo toban sano, wuxuu ka shaqeeyaa maqaayad", True, ()),
    ("Gabadha deriskeena waxay jirtaa 14 sano, waxay nadiifisaa guryaha", True, ()),
    ("Maamuluhu iima oggola inaan musqusha aado", False, ("abusive_working_living_conditions",)),
    ("Warshadda biyo ma yaallaan, kulayl badan", False, ("abusive_working_living_conditions",)),
    (
        "Maaskaro ku filan nama siiyaan markaan sagxadda maydhno",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("Wuu og yahay inaanan sharci haysan", False, ("abuse_of_vulnerability",)),
    ("Mushaar ka yar kan shaqaalaha kale ayay na siiyaan", False, ("abuse_of_vulnerability",)),
    (
        "Waxaa la ii sheegay shaqo hotel ah, laakiin waxaa la i geeyay guri aan nadiifiyo",
        False,
        ("deception",),
    ),
    ("Daynta marnaba ma yaraato, bil kasta way sii kordhaa", False, ("debt_bondage",)),
]
NEGATIVES += [
    "Waxay jiraan 15 qof oo ka shaqeeya bakhaarka",
    "Wuu og yahay inaan sharci haysto",
]

# tune19 families: the SMS spellings "waxan" / "wxaan" of "waxaan"; the habitual present of "hit,
# kick" with igu / nagu; women touched with a quantifier between; "if you don't like it, leave";
# the writer's own feared dismissal is no threat; the boss owns the housing, losing the job means
# no home
POSITIVES += [
    ("waxan ahay 16 jir waxan ka shaqeeyaa dukaan", True, ()),
    ("wxaan ahay 15 jir, weekend-ka makhaayad ayaan ka shaqeeyaa", True, ()),
    ("maamulaha ayaa nagu dhuftaa ulo markaan daahno", False, ("physical_sexual_violence",)),
    ("kormeeraha wuu i laadaa mar walba", False, ("physical_sexual_violence",)),
    ("haweenka qaarkood ayuu salaaxaa kormeeruhu", False, ("physical_sexual_violence",)),
    ("boss-ku wuxuu yiri haddaadan jeclayn iska tag", False, ("intimidation_threats",)),
    ("maamulaha wuxuu noo sheegay hadaydaan raali ahayn bixi", False, ("intimidation_threats",)),
    ("guriga iyo gaariga dhammaan maamulaha ayaa leh", False, ("abuse_of_vulnerability",)),
    ("maamulaha ayaa iska leh guriga aan deganahay", False, ("abuse_of_vulnerability",)),
    ("haddaan shaqada ka tago meel aan seexdo ma hayo", False, ("abuse_of_vulnerability",)),
]
NEGATIVES += [
    "waxaan ka baqayaa in la iga eryo shaqada",
    "shirkadda ayaa leh gaariga aan wado",
    "haddii aad rabto tag guriga hadda",
]

# tune20 families: a refusal then dismissal or eviction ("la i" written apart); the third shift with
# the ordinal after the noun; no hot water in the housing, a room by the animals' pen; "the man who
# brought us" is a debt only with money owed in the sentence
POSITIVES += [
    ("haddii aan diido overtime-ka waa la i ceyrinayaa", False, ("intimidation_threats",)),
    ("kormeeruhu wuxuu yiri haddaad diiddo waa lagaa eryayaa", False, ("intimidation_threats",)),
    (
        "adeerkiis wuxuu ku yiri haddaad joojiso shaqada guriga waad ka baxaysaa",
        False,
        ("intimidation_threats",),
    ),
    (
        "walaalkay 16 jir ah wuxuu ka shaqeeyaa warshad shift-ka 3aad",
        True,
        ("night_or_school_hours",),
    ),
    (
        "waxaan ahay 17 jir, wareegga saddexaad ayaan ka shaqeeyaa bakhaarka",
        True,
        ("night_or_school_hours",),
    ),
    ("guriga aan ku jirno biyo kulul ma jiraan", False, ("abusive_working_living_conditions",)),
    (
        "biyaha nadiifka ah lama helo xerada shaqaalaha",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("waxaan seexannaa qol u dhow xerada xoolaha", False, ("abusive_working_living_conditions",)),
    ("ninkii na keenay wuxuu leeyahay lacag baad igu leedahay", False, ("debt_bondage",)),
]
NEGATIVES += [
    "ninkii na keenay wuxuu ahaa nin wanaagsan",
    "waxaan ka baqayaa in la i eryo shaqada",
    "biyo kulul iyo qol nadiif ah ayaan haysannaa",
]
# tune21 families: the toilet named between "not allowed" and "go" is a refused break, not a
# restriction; "if you leave (the line) you have quit the job"; "we will sue you"; six days a week
# and ten hours or more a day; "go" spelt "tegi" after "nowhere else"
POSITIVES += [
    (
        "kormeeruhu nama oggola inaan suuliga aadno ilaa nasashada",
        False,
        ("abusive_working_living_conditions",),
        ("restriction_of_movement",),
    ),
    (
        "wuxuu yiri haddaad maqnaato maanta shaqada waad ka tagtay",
        False,
        ("intimidation_threats",),
    ),
    ("qofkii khadka ka taga shaqada wuu ka baxay ayuu yiri", False, ("intimidation_threats",)),
    ("haddaan baxo waxay yiraahdeen waan ku dacweyn doonaa", False, ("intimidation_threats",)),
    ("maamulaha wuxuu yiri maxkamad ayaan kuu geyn doonaa", False, ("intimidation_threats",)),
    ("lix maalmood ayaan shaqeeyaa, maalintii 12 saac", False, ("excessive_overtime",)),
    ("maalin walba toban saacadood, 6 maalmood toddobaadkii", False, ("excessive_overtime",)),
    ("wuu og yahay inaanan meel kale u tegi karin", False, ("abuse_of_vulnerability",)),
]
NEGATIVES += [
    "waan dacweynayaa shirkadda haddii aysan i siin lacagtayda",
    "shan maalmood ayaan shaqeeyaa, maalintii 8 saac",
    "lix maalmood ayaan fasax ahaa",
]
# tune22 families: asking (again) answered with "no shift / no work for you"; "not know English"
# in the second and third persons; a cleaning company or job is not kill-floor sanitation
POSITIVES += [
    (
        "markaan lacagta weydiiyo wuxuu yiri haddaad mar kale weydiisato shaqo kuuma jirto",
        False,
        ("intimidation_threats",),
    ),
    (
        "maamulaha wuxuu yiri hadii aydin saacadaha weydiisataan shift idiinma jiro",
        False,
        ("intimidation_threats",),
    ),
    (
        "wuxuu yiri maadaama aadan ingiriis aqoon lacag yar ayaad qaadanaysaa",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "sababtoo ah uusan ingiriisi aqoon ayay mushaharkiisa ka jaraan",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "shirkad nadaafadeed ayaan u shaqeeyaa, "
        "warshadda hilibka habeenkii mashiinada ayaan dhaqnaa",
        False,
        ("hazardous_work",),
    ),
]
NEGATIVES += [
    "waxaan ka shaqeeyaa shirkad nadaafadeed oo xafiisyada nadiifisa",
    "walaashay shaqo nadaafadeed ayay ka heshay isbitaalka",
    "haddii aan weydiiso shaqo ma jirtaa?",
]
