"""Haitian Creole recall cases: grades, ages of relatives, number words, forced labour.

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    (
        "m nan 9em ane e m travay lannwit nan izin poul la",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("m toujou lekol segonde e m netwaye machin yo apre lekol", True, ("hazardous_work",)),
    ("m mine e yo mete m sou foklif la", True, ("hazardous_work",)),
    ("gen timoun ki gen 13 an k ap travay sou liy nan izin vyann nan", True, ("hazardous_work",)),
    ("kouzen m gen sez an e l ap travay nan abatwa a", True, ("hazardous_work",)),
    ("se m ap anbale vyann nan faktori a, li gen 15 an selman", True, ("hazardous_work",)),
    (
        "yo anplwaye timoun ki poko gen 18 an nan ekip netwayaj lannwit lan nan abatwa a",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("ti fre m ap travay nan koupe vyann, li gen katoz an", True, ("hazardous_work",)),
    ("bos la pran telefon nou e nou pa ka rele fanmi nou", False, ("isolation",)),
    (
        "nou pa gen kontak ak pesonn deyo, yo entedi nou pale ak lot travaye yo",
        False,
        ("isolation",),
    ),
    ("sipevize a di l ap rele imigrasyon si nou plenyen", False, ("intimidation_threats",)),
    ("li di yon bagay ap rive fanmi m si m ale", False, ("intimidation_threats",)),
    (
        "moun ki plenyen yo revoke l e li p ap janm jwenn travay nan zon nan",
        False,
        ("intimidation_threats",),
    ),
    ("yo peye nou mwens paske nou pa gen papye", False, ("abuse_of_vulnerability",)),
    ("li konnen nou pa gen okenn lot kote pou n ale", False, ("abuse_of_vulnerability",)),
    (
        "nou pa ka soti nan kay la, baye a femen ak kle lannwit e gen gad",
        False,
        ("restriction_of_movement",),
    ),
    ("yo kite nou soti selman ak foman an ki akonpaye nou", False, ("restriction_of_movement",)),
    ("yo peye nou selman nan fen sezon an", False, ("withholding_of_wages",)),
    ("bos la kenbe yon pati nan lajan nou chak semen", False, ("withholding_of_wages",)),
    ("sa fe twa mwa yo pa peye nou", False, ("withholding_of_wages",)),
    # travel money to work off
    ("li oblije peye lajan vwayaj la bay mesye a", False, ("debt_bondage",)),
    ("nou dwe moun ki te fe nou vini an anpil kob", False, ("debt_bondage",)),
    # kept from contacting family ("pa kite l", "pa ba nou dwa")
    ("patwon an pa kite l rele fanmi l", False, ("isolation",)),
    ("yo pa ba nou dwa pale ak moun deyo", False, ("isolation",)),
    # a late shift written "23h30"
    (
        "ti se m gen 16 an, li travay nan restoran jiska 23h30",
        True,
        ("night_or_school_hours",),
    ),
    # appositive ages after a group noun
    (
        "Gen de ti fi nan katye a, 13 ak 14 an, k ap vann nan mache a jis 9è diswa",
        True,
        ("night_or_school_hours",),
    ),
    # dependence on the boss for housing and transport
    (
        "Se bos la ki ban nou kay la ak manje, si n plenyen nou pèdi tout",
        False,
        ("abuse_of_vulnerability",),
    ),
    # promised job vs. reality
    ("Yo te di m se travay nan faktori, lè m rive se nan jaden m ye", False, ("deception",)),
    ("Ajans lan te pwomèt nou 20 dola lè, se 9 dola yo peye", False, ("deception",)),
    # sent away as a threat
    ("Si nou pa travay dimanch bòs la ap voye nou ale", False, ("intimidation_threats",)),
    # pay kept as a deposit
    ("Yo kenbe lajan premye semèn nan kòm garanti", False, ("withholding_of_wages",)),
    # debt to a recruiter
    ("Mwen dwe rekritè a 5000 dola, dèt la pa janm bese", False, ("debt_bondage",)),
]

NEGATIVES = [
    "m gen 15 an eksperyans kom boulanje",
    "pitit gason m gen 16 an, l ap ale lekol, li pa travay",
    "m te komanse isit la a 17 an, kounye a m gen 30 an",
    "m rele fanmi m chak swa ak telefon mwen",
    "bos mwen janti, li pa janm menase pesonn",
    "yo peye nou chak vandredi san reta",
    "m ka soti lakay mwen le m vle",
    "pitit fi m nan 9em ane, mwen menm m travay nan magazen",
    "m gen papye m ak paspo m sou mwen, tout bagay anfom",
    "lekol la ap femen demen akoz nej la",
    "m voye lajan bay fanmi m ann Ayiti chak mwa",
    "m rele fanmi m chak dimanch, pesonn pa anpeche m",
    "pitit fi m gen 14 an, bos m pa ban m konje",
    "pitit gason m gen 12 an, m travay nan yon magazen",
    "Mwen travay nan ekip netwayaj otèl la, tout bagay anfòm",
    "Travay la poko fini, m ap retounen demen",
]

# tune4 families: beating a group of workers, birth year after 'ki fet', threats of losing the job
POSITIVES += [
    ("chef la bat travayè yo lè yo ralanti", False, ("physical_sexual_violence",)),
    ("yon timoun ki fèt an 2012 di li travay nan yon restoran apre lekòl", True, ()),
    (
        "bòs la di si nou di non pou overtime nou ap pèdi travay nou",
        False,
        ("intimidation_threats",),
    ),
    ("patwon an di m ap pèdi djob la si m pa vini dimanch", False, ("intimidation_threats",)),
]

NEGATIVES += [
    "si n plenyen nou pa konn sa k ap pase, m vle konnen dwa m",
    "m pè m ap pèdi travay la paske konpayi a ap fèmen",
]

# tune5 families: a question about the law is not a report of lower pay; "never got a cent";
# losing all the pay on leaving is wages (not vulnerability)
POSITIVES += [
    ("depi 2 mwa nou pa janm touche yon goud nan men patwon an", False, ("withholding_of_wages",)),
    ("m pa t touche anyen pou tout semen m travay nan depo a", False, ("withholding_of_wages",)),
    ("si nou kite travay la n ap pèdi tout lajan nou", False, ("withholding_of_wages",)),
]

NEGATIVES += [
    "Eske bos la gen dwa peye pitit mwen mwens paske li jenn?",
]

# tune6 families: ages in SMS shorthand ("m gen 16a"); a job title or a job said of someone
# else ("li se kesyè", "li gen yon ti djob", restavèk); a parent's own job next to a child who
# is only at school ("nan lekòl" alone is not school hours); third shift; insulting names and
# humiliation in front of others, no gloves, many people in one room (abusive conditions)
POSITIVES += [
    ("mwen gen 16a e m travay nan yon restoran", True, ()),
    ("ti se m 15a li vann nan mache a chak samdi", True, ()),
    ("pitit fi m gen 16 an, li se kesyè nan yon makèt", True, ()),
    ("ti frè m nan gen 14 an, li se chany bò mache a", True, ()),
    ("neve m gen 15 an, li gen yon ti djob nan yon garaj", True, ()),
    ("ti kouzin mwen an gen 11 an, li se restavèk kay yon fanmi", True, ()),
    ("kouzen m gen 15 an, li travay twazyèm shift nan depo a", True, ("night_or_school_hours",)),
    ("m sou 3e chif nan faktori twal la", False, ("night_or_school_hours",)),
    ("sipèvizè a rele nou bourik chak jou", False, ("abusive_working_living_conditions",)),
    # tune15: "joure l" (scolding, swearing) alone in front of others is labelled an ordinary
    # grievance
    ("chef la imilye l devan tout travayè yo", False, ("abusive_working_living_conditions",)),
    ("bòs la pa ba li gan pou l manyen bwat yo", False, ("abusive_working_living_conditions",)),
    ("yo mete nou 9 nan yon ti pyès dèyè depo a", False, ("abusive_working_living_conditions",)),
    ("n ap dòmi 10 nan yon sèl chanm", False, ("abusive_working_living_conditions",)),
]

NEGATIVES += [
    "mwen gen 30a, m travay nan yon otèl",
    "pitit gason m gen 12 an, li al lekol, mwen menm m se kesyè",
    "pitit fi m gen 13 an, li gen travay lekol pou demen",
    "Pitit gason m gen 10 an, li nan lekòl la chak jou. Mwen menm m travay nan yon restoran",
    "Ti fi m nan gen 8 an, l ap aprann li nan lekòl la, m travay nan yon biwo",
    "nou 3 nan yon chanm, li anfòm",
]

# tune7: demolition work (with a work or aspect word: "kraze kay" alone is also an earthquake)
# and "pa gen dlo / twalèt / gan / matla" conditions.
POSITIVES += [
    ("Sou chantye a yo fè timoun 15 an yo demoli vye kay ak mato", True, ("hazardous_work",)),
    (
        "Pitit fi vwazin mwen an, 14 an, ap travay pou yon bòs k ap kraze vye bilding yo "
        "bò mache a",
        True,
        ("hazardous_work",),
    ),
    (
        "pa t gen matla ni vantilasyon nan depo kote yo fè nou dòmi",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "Travayè yo pa gen gan pou manyen pwodui yo, chèf la di se pa pwoblèm li",
        False,
        ("abusive_working_living_conditions",),
    ),
]

NEGATIVES += [
    "Tranbleman tè a te kraze kay nou an lane pase, kounye a nou rebati l",
]

# tune8 families: a birth date in words ("m fèt nan lane 2010", "li fèt 4 me 2011");
# someone who does not work ("li pa travay") next to the writer's own complaint; no safety
# gear given ("yo pa ba l okenn kas"); told one job, "kounya" another; locked in at
# night "pou nou pa soti".
POSITIVES += [
    ("mwen fèt nan ane 2011, m ap travay nan abatwa a", True, ("hazardous_work",)),
    (
        "ti sè m nan fèt 4 me 2010, l ap vann nan mache a chak jou olye l al lekòl",
        True,
        ("night_or_school_hours",),
    ),
    (
        "bòs la pa ban nou ni kas ni bòt sou chantye a",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "ajans lan te di m se pou m gade timoun, kounye a m ap netwaye 3 kay pou granmoun yo",
        False,
        ("deception",),
    ),
    ("chak swa yo klete baryè a pou pesonn pa ka sòti", False, ("restriction_of_movement",)),
]

NEGATIVES += [
    "fi m nan gen 15 an, li pa travay, li nan lekòl. mwen menm m travay nan yon magazen",
    "bòs la di m li pral peye m vandredi, m fèt 2 me",
]

# tune9 families: a job just found or started; an age in brackets after a name; a relative
# who just turned an age; told one job, put in another; locked in (any person); a phone
# taken along with another thing; a past job in another country; hours per week
POSITIVES += [
    ("m gen 16 an, m fenk jwenn yon ti djob nan yon makèt", True, ()),
    ("m gen 15 an e yo sot anboche m nan yon lavaj machin", True, ()),
    ("ti se m nan gen 14 an, li fek komanse travay nan yon boulanjri", True, ()),
    ("neve m Wilson (15) ap lave asyet nan yon restoran", True, ()),
    ("kouzin mwen fek fe 17 an, li se sevez nan yon restoran", True, ()),
    (
        "mesye a te di nou se travay nan jaden, se nan yon izin poul nou ye kounye a",
        False,
        ("deception", "hazardous_work"),
    ),
    ("patwon an klete l nan depo a chak swa", False, ("restriction_of_movement",)),
    ("bos la sere pemi travay mwen ak selile m", False, ("isolation",)),
]
NEGATIVES += [
    "le m te nan Chili patwon an te kenbe paspo m, isit la m gen tout papye m sou mwen",
    "m travay 20 edtan pa semen nan yon magazen, m ta renmen plis ed",
]

# a birthday still to come is read one lower: 15 now, so the after-7-pm limit applies
POSITIVES += [
    (
        "m pral fe sez an nan mwa out, kounye a m ap lave asyet nan yon restoran jiska 9e diswa",
        True,
        ("night_or_school_hours",),
    ),
    (
        "kouzin mwen an ap fe 16 an mwa pwochen, li travay kom kesye nan yon makèt jiska 8e diswa",
        True,
        ("night_or_school_hours",),
    ),
]

# tune10: "can't leave until we pay" is the debt (debt_bondage), not confinement (as es
# "no me puedo ir hasta pagarle"); a locked depot still is restriction
POSITIVES += [
    (
        "mesye a di m pa ka ale toutotan m pa remet li lajan an",
        False,
        ("debt_bondage",),
        ("restriction_of_movement",),
    ),
    (
        "patwon an di li p ap kite nou al nulpart jiskaske nou fin peye",
        False,
        ("debt_bondage",),
        ("restriction_of_movement",),
    ),
    (
        "yo fèmen nou nan depo a, nou pa ka soti menm lè nou fin travay",
        False,
        ("restriction_of_movement",),
    ),
]
NEGATIVES += ["m ap travay jiskaske yo peye m"]

# tune10: the boss knows a NAMED worker has no papers; he knows we can't do anything
POSITIVES += [
    (
        "manadjè a konn Wilner pa gen papye, se pou sa li fè l travay san kanpe",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "bòs la konnen madanm Pòl la pa gen dokiman, li fè l netwaye kay li",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("chèf la konnen nou pa ka plenyen, li fè sa l vle ak nou", False, ("abuse_of_vulnerability",)),
    (
        "patwon an konn yo pa oze di anyen, li fè yo travay dimanch",
        False,
        ("abuse_of_vulnerability",),
    ),
]
NEGATIVES += [
    "m konnen anpil moun ki pa gen papye nan zòn nan",
    "m konnen m pa ka fe anyen pou chanje orè a, se konsa li ye",
]

# tune11 families: work "pou li gratis" / "san salè"; no day off told with the giver ("pa janm
# ba nou yon jou repo"), work "lajounen kou lannwit" or 24/24; the writer's or a relative's job
# title after "fè" or "se", English loans too ("m ap fè lifeguard"); threats by an ex-partner or
# a landlord over rent are not about work; 7-9 pm is lawful for a 14-15-year-old in summer.
POSITIVES += [
    ("madanm nan fè m travay pou fanmi an gratis", False, ("withholding_of_wages",)),
    ("m ap travay pou yo san salè depi 3 mwa", False, ("withholding_of_wages",)),
    ("patwon an pa janm ba nou yon sèl jou repo", False, ("excessive_overtime",)),
    ("m ap okipe pitit patwon an lajounen kou lannwit", False, ("excessive_overtime",)),
    ("m ap travay lakay yo 24/24", False, ("excessive_overtime",)),
    (
        "yo veye nou lajounen kou lannwit",
        False,
        ("restriction_of_movement",),
        ("excessive_overtime",),
    ),
    ("m gen 16 an, m ap fè kesyè nan makèt la", True, ()),
    ("neve m gen 15 an, l ap fè lifeguard nan pisin lan", True, ()),
    ("bòs la di l ap rele imigrasyon si nou plenyen", False, ("intimidation_threats",)),
    (
        "m gen 15 an, pou ete a m ap travay nan yon restoran jiska 8è diswa",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "m gen 15 an, m ap travay nan yon restoran apre lekol jiska 8è diswa",
        True,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += [
    "pitit mwen gen 15 an, li fè cho anpil jodi a",
    "pwopriyetè kay la di l ap rele lapolis si nou pa peye lwaye a",
    "ex mwen menase m, li di l ap rele imigrasyon",
    "m pa travay pou li gratis, li peye m chak semen",
]

# tune12 families: dismissal as "don't come back" / "you may stay home" / "go find another job"
# after a condition (not "pa vin demen" said to a sick worker); everyone crowded into one room
# without a number, and a toilet or water broken for weeks; "pandan lekol ap mache" is the
# school year, not school hours
POSITIVES += [
    ("foman an di si n pa travay samdi, pa bezwen tounen ankò", False, ("intimidation_threats",)),
    ("si w pa fè overtime a, ou mèt rete lakay ou", False, ("intimidation_threats",)),
    ("bòs la di si w plenyen ou mèt al chèche lòt djob", False, ("intimidation_threats",)),
    ("yo foure nou tout nan yon sèl trele", False, ("abusive_working_living_conditions",)),
    ("nou dòmi youn sou lòt nan kay patwon an", False, ("abusive_working_living_conditions",)),
    (
        "watè a bouche depi 3 semèn, pèsonn pa ranje l",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("dlo a pa koule depi plizye jou nan lojman an", False, ("abusive_working_living_conditions",)),
    (
        "pitit mwen gen 16 an, li travay nan yon restoran samdi. "
        "konbyen èdtan li ka fè pandan lekòl la ap mache?",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "ti gason m nan gen 15 an, li travay nan boulanjri a pandan lè lekòl",
        True,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += [
    "si w pa santi w byen, pa vin demen",
    "nou tout rete nan yon sèl kay ak fanmi an",
    "ou ka chèche lòt travay si w vle",
]

# tune13 families: a noun subject found a job ("yon tifi sèz an jwenn yon djòb"); "okenn moun pa ka
# soti" and the gate locked at an hour; the dismissal threat after "si w di non" and quoted; sent
# back
# "ann Ayiti"; "pa gen bon papye" and "nobody else will hire you"
POSITIVES += [
    ("kouzin mwen, yon jenn fi 15 an, fèk jwenn yon ti djob nan makèt la", True, ()),
    ("ti gason vwazen an gen 16 an, li jwenn travay nan yon garaj", True, ()),
    ("okenn travayè pa ka soti nan kan an san bòs la", False, ("restriction_of_movement",)),
    ("yo klete baryè a apre 9è chak swa", False, ("restriction_of_movement",)),
    ("si nou di non pou overtime a li di “nou mèt al lakay nou”", False, ("intimidation_threats",)),
    ("manadjè a di l ap voye nou tounen an Ayiti si nou plenyen", False, ("intimidation_threats",)),
    ("bòs la konnen m pa gen vre papye, li peye m mwatye", False, ("abuse_of_vulnerability",)),
    (
        "li toujou di nou pa gen okenn lòt patwon ki va anboche nou",
        False,
        ("abuse_of_vulnerability",),
    ),
]
NEGATIVES += [
    "pitit mwen gen 16 an, li vle jwenn yon djob pou ete a",
    "m gen 35 an, m fèk jwenn yon djob nan otèl la. pitit mwen gen 12 an",
]

# job_context (session 8): a job sign that does not say whose (hours in words, pay, a permit, "yon
# djòb") in the sentence of an age under 18, also after "pitit fi mwen" (a possessive, not the
# writer as subject); not a parent's own job, school hours or a job only wished for
POSITIVES += [
    ("pitit fi mwen gen 15 an, chak samdi soti 9 è rive 3 è nan makèt la", True, ()),
    ("ti frè m gen 16 an, li touche 10 dola pa lè nan lavaj machin nan", True, ()),
    ("m gen 16 an, m fè 25 è pa semèn nan pisin lan", True, ()),
    ("kouzin mwen gen 15 an, li bezwen yon pèmi travay pou djòb ete a", True, ()),
    ("pitit gason nou an gen 14 an, li touche kach nan mache a chak dimanch", True, ()),
]
NEGATIVES += [
    "pitit fi mwen gen 15 an, mwen menm m travay soti 9 è rive 5 è nan magazen an",
    "pitit gason m gen 16 an, li ale lekòl soti 8 è rive 3 è",
    "pitit mwen gen 16 an, li ta renmen jwenn yon ti djòb pou ete a",
    "m gen 35 an, m fè 40 è pa semèn. pitit mwen gen 12 an",
]

# tune14 families: late hours told "1è di maten" (spaced) and the closing shift ("li fèmen restoran
# an a 1è");
# someone else cashes the worker's pay and never hands it over; months of pay held, pay only when
# the season
# is over or held "pou m pa kite"; the toilet refused ("pa kite nou al twalèt": abusive, not
# confinement),
# gear "not good enough", an injury answered with "go back to work"; ten or more people in a house
# of one to
# three rooms; a question about what work a child may do ("ki kalite travay li gen dwa fè") is no
# job
POSITIVES += [
    (
        "pitit gason m gen 16 an, l ap travay nan yon restoran jiska 2 è nan maten",
        True,
        ("night_or_school_hours",),
    ),
    (
        "kouzin mwen gen 17 an, li travay kesyè nan yon restoran e se li ki fèmen restoran an a 1è",
        True,
        ("night_or_school_hours",),
    ),
    (
        "ti frè m gen 16 an, li travay nan yon faktori men se kontraktè a ki touche chèk la, "
        "li pa janm ba l kòb li",
        True,
        ("withholding_of_wages",),
    ),
    (
        "mesye ki mennen nou an touche chèk nou chak vandredi, li pa janm remèt nou lajan nou",
        False,
        ("withholding_of_wages",),
    ),
    (
        "patwon an kenbe twa semèn lajan nou, li di l ap peye nou lè sezon an fini",
        False,
        ("withholding_of_wages",),
    ),
    ("madanm lan sere kòb mwen an pou m pa kite kay la", False, ("withholding_of_wages",)),
    (
        "sipèvizè a pa kite nou al nan twalèt pandan 6 è",
        False,
        ("abusive_working_living_conditions",),
        ("restriction_of_movement",),
    ),
    (
        "m boule men m nan fou a epi chèf la di m retounen travay",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "yo pa ban nou bon bòt, nou mache nan dlo frèt tout jounen",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "nou se 11 travayè k ap dòmi nan yon apatman 2 chanm",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("kontraktè a lwe yon kay 3 chanm pou 15 moun", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    "pitit fi m gen 15 an, ki kalite travay li gen dwa fè pandan ete a?",
    "frè m nan gen 14 an, èske gen yon travay li ka fè apre lekòl?",
    "li fèmen magazen an a 11è di maten le dimanch",
]

# care (session 8): the writer's own care work ("m okipe timoun yo", "m se nounou", "m ap gade de
# timoun"):
# the children looked after are not workers
POSITIVES += [
    (
        "m ap gade de timoun, youn gen 13 an lot la 16 an, madanm nan pran paspò m",
        False,
        ("retention_of_identity_documents",),
    ),
]
NEGATIVES += [
    "m se nounou lakay yon fanmi nan Miami, m okipe 2 timoun 12 an ak 15 an",
    "mwen travay kòm babysitter pou yon fanmi, pitit yo gen 14 an ak 10 an",
]

# tune15 families: "don't come back" after saying one is tired or asking ("si w di w bouke ... pa
# bezwen
# tounen"); the job lost if the worker does not stay, told by the boss; overtime forced by a threat;
# six days a week of ten hours or more; a sum to pay back or deducted for the trip, ticket or visa;
# a count told in words with the digits in brackets is no age; scolding in front of everyone is an
# ordinary grievance
POSITIVES += [
    ("si m di m bouke, sipèvizè a di m pa bezwen tounen lendi", False, ("intimidation_threats",)),
    (
        "bòs la di nou si n pa vin travay dimanch n ap pèdi djòb la",
        False,
        ("intimidation_threats",),
    ),
    (
        "si nou refize rete ta pou fini kamyon an yo revoke nou",
        False,
        ("intimidation_threats", "excessive_overtime"),
    ),
    ("nou travay 10 èdtan pa jou, 6 jou sou 7, nan faktori a", False, ("excessive_overtime",)),
    ("m travay sis jou pa semen nan depo a, onz è chak jou", False, ("excessive_overtime",)),
    (
        "ajans lan koupe 200 dola sou chèk mwen chak semèn pou bilèt avyon an",
        False,
        ("debt_bondage",),
    ),
    ("fò m ranbouse 5000 dola pou vwayaj la anvan m touche yon goud", False, ("debt_bondage",)),
]
NEGATIVES += [
    "m peye 60 dola pou tike bis la pou m al Boston",
    "nou se uit (8) travayè nan ekip la, travay la bon",
    "nouvo sipèvizè a toujou ap joure m devan tout moun, li malelve anpil",
]

# tune16 families: school missed to work told in the past or with "manke"; shoved against or onto
# something; hunting down whoever flees; a threat conditioned on talking to nobody (no negation)
POSITIVES += [
    (
        "pitit fi vwazin nan gen 15 an, li pat ale lekol tout semenn nan pou l vann nan mache a",
        True,
        ("night_or_school_hours",),
    ),
    ("fowoman an bourade l kole nan mi an devan tout moun", False, ("physical_sexual_violence",)),
    ("patwon an di kote w ale m ap jwenn ou, pa eseye kouri", False, ("intimidation_threats",)),
    ("li di nou si nou di pesonn anyen l ap rele imigrasyon", False, ("intimidation_threats",)),
]
NEGATIVES += [
    "pitit mwen pa t al lekol jodi a paske li te malad",
    "bos la pouse m pou m fini pi vit, men li janti",
]

# tune17 families: "machin" as a car (washing cars is no machine work); a clock span of ten hours
# or more on six or seven days ("depi 7è rive 6è diswa, lendi rive samdi"); one man holding the
# worker's bed, ride or bank card ("se menm nonm nan ki lwe m kabann nan")
POSITIVES += [
    (
        "m gen 15 an, m ap lave machin moun nan pakin makèt la chak samdi",
        True,
        (),
        ("hazardous_work",),
    ),
    (
        "nou travay nan depo a lendi rive samdi, depi 7è dimaten rive 6è diswa",
        False,
        ("excessive_overtime",),
    ),
    ("sis jou pa semèn li fè 6è rive 18h nan restoran an", False, ("excessive_overtime",)),
    (
        "se menm bòs la ki lwe nou kay la epi ki kenbe kat bank nou",
        False,
        ("abuse_of_vulnerability",),
    ),
]
NEGATIVES += [
    "m ap lave machin nan yon car wash samdi, peye m byen",
    "m travay lendi rive vandredi depi 8è dimaten rive 4è apremidi",
]

# tune18 families: told one job, the reality in the next sentence ("te di nou se travay nan yon
# otel. kounye a nou nan ..."); a present age after an arrival clause ("rive isit la ak tant li,
# li gen 15 an" is no past age); night spelled the French way ("lannuit", "lanuit")
POSITIVES += [
    (
        "anplwayè a te di nou se travay nan yon otèl. kounye a nou nan yon faktori vyann",
        False,
        ("deception",),
    ),
    (
        "ajans lan te di l se djob netwaye biwo. finalman li ap travay nan chan tomat",
        False,
        ("deception",),
    ),
    (
        "Tifi a rive Miami ak tant li, li gen 15 an. li travay lanuit nan yon restoran",
        True,
        ("night_or_school_hours",),
    ),
    (
        "Neve m nan vini isit la pou kont li, li gen katoz an. "
        "l ap travay lannuit nan faktori poul",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
]
NEGATIVES += [
    "yo te di m se pou m vini a 6 è. kounya m ap tann",
    "lè l te rive isit la li te gen 16 an, kounya li gen 25 an e li travay nan konstriksyon",
]

# tune19 families: the condition told as "whoever" ("moun ki refize ... pa bezwen tounen");
# the employer knows the status has lapsed ("konnen TPS mwen ekspire"); a child brought over
# on the promise of school, never sent to school; calls home made in secret
POSITIVES += [
    (
        "bos la di moun ki pa vle fè overtime pa bezwen tounen lendi",
        False,
        ("intimidation_threats",),
    ),
    (
        "manadjè a di tout moun ki refize travay dimanch ap pèdi djob yo",
        False,
        ("intimidation_threats",),
    ),
    (
        "patwon an konnen pemi travay mwen ekspire, se pou sa li peye m mwens",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("yo konn TPS nou fini, yo fè nou travay san pran poz", False, ("abuse_of_vulnerability",)),
    (
        "yo mennen tifi a vini soti Jakmel, yo di l li pral lekol isit la, men li la ap fè menaj",
        True,
        ("deception",),
    ),
    (
        "kouzen m nan gen 15 an, yo pa voye l lekol, l ap travay nan yon garaj",
        True,
        ("night_or_school_hours",),
    ),
    ("m konn rele manman m an kachèt lè patwon an pa la", False, ("isolation",)),
    (
        "li ekri fanmi l ak telefon yon kliyan, paske madanm nan konfiske pa l la",
        False,
        ("isolation",),
    ),
]
NEGATIVES += [
    "moun ki malad pa vin travay demen, se sa dokte a di",
    "m konnen TPS mwen ekspire, kisa m ka fè pou renouvle l?",
    "mwen pa janm mete pye lekol, se pou sa m pa konn li, m vle aprann",
]

# tune20 families: the promise to put a child in school ("l ap mete l lekol") broken; not
# allowed to go out on one's own ("pou kont nou"), the boss standing guard at the door
POSITIVES += [
    (
        "yo te di papa m y ap mete m nan lekol lè m rive Miami. M pa janm mete pye lekol, se "
        "travay kay m ap fè",
        True,
        ("deception",),
    ),
    (
        "patwon an te di nou l ap voye timoun yo lekol, yo pa janm ale lekol, y ap travay nan "
        "jaden an",
        True,
        ("deception",),
    ),
    (
        "travayè yo pa ka deplase pou kont yo, se sipèvizè a ki toujou avè yo",
        False,
        ("restriction_of_movement",),
    ),
    ("m pa ka al nan mache pou kont mwen, madanm nan pa vle", False, ("restriction_of_movement",)),
    ("bos la toujou kanpe veye nou devan magazen an", False, ("restriction_of_movement",)),
]
NEGATIVES += [
    "direktè a di l ap mete pitit mwen lekol lane pwochen",
    "manman m rete tann mwen devan pòt la chak swa",
    "m pa ka al nan legliz dimanch sa a paske m malad",
    # a small child who may not walk to school alone is not kept from school by work
    "pitit fi m nan twò piti, li pa ka al lekol pou kont li",
]

# tune21 families: a relative or a child born in a year; the machine "that" kneads or slices; a
# late end time with its minutes; the child made to miss school for work; a part of the pay taken
# for a debt (debt bondage, not withheld pay)
POSITIVES += [
    ("ti fre m nan fet an 2011, l ap travay nan yon faktori poul", True, ("hazardous_work",)),
    (
        "pitit fi m te fet nan lane 2010, li travay lannwit nan yon makèt",
        True,
        ("night_or_school_hours",),
    ),
    ("timoun nan fèt an 2012 e li vann dlo nan lari a pou bos la", True, ()),
    ("l ap netwaye machin ki petri pat la nan boulanjri a", False, ("hazardous_work",)),
    ("yo mete m sou machin k ap koupe vyann nan", False, ("hazardous_work",)),
    ("chif mwen fini a 11:30 diswa chak jou", False, ("night_or_school_hours",)),
    ("li travay jiska 10h45 pm nan restoran an", False, ("night_or_school_hours",)),
    ("bos la fe l rate lekol pou l al nan jaden an", True, ("night_or_school_hours",)),
    (
        "li manke lekol vandredi pou l ranmase mango pou patwon an",
        True,
        ("night_or_school_hours",),
    ),
    ("yo fe l kite lekol pou l vann nan mache", True, ("night_or_school_hours",)),
    (
        "patwon an retire yon pati nan chek nou chak semen pou det vwayaj la",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    (
        "bos la kenbe yon pati nan sale nou chak mwa, li di se pou nou pa kite",
        False,
        ("withholding_of_wages",),
    ),
]
NEGATIVES += [
    "kouzen m fet an 1995, li travay nan konstriksyon",
    "yon machin ki koupe devan m sou wout la",
]

# tune22 families: a debt that grows, 'kijan m ap fin peye', the plane ticket off the check; leaving
# means not getting the weeks owed; the door locked 'a kle' when the boss goes out; a named worker's
# status and 'kidonk li pa ka plenyen'; a passport given back 'lè kontra a fini' is no pay; a crab
# factory and fear of a machine are no meat plant and no threat
POSITIVES += [
    ("chak mwa nou dwe bos la plis pou lojman an", False, ("debt_bondage",)),
    ("se chak semen m dwe l pi plis pou manje a", False, ("debt_bondage",)),
    ("chak mwa nou dwe pi plis, yo retire lojman ak manje sou chek la", False, ("debt_bondage",)),
    ("ajans lan kenbe tikè avyon an sou chèk mwen chak semèn", False, ("debt_bondage",)),
    ("m pa konnen kijan m ap janm fin peye dèt sa a", False, ("debt_bondage",)),
    ("si nou ale avan sezon an fini nou pap wè kòb nou", False, ("withholding_of_wages",)),
    ("bos la di si m pati m p ap resevwa anyen", False, ("withholding_of_wages",)),
    (
        "madanm nan fèmen kay la akle lè li ale travay, m pa ka soti",
        False,
        ("restriction_of_movement",),
    ),
    ("yo femen pot la a kle le yo soti epi nou rete anndan", False, ("restriction_of_movement",)),
    ("li peye l mwatye paske ti gason an pa gen papye", True, ("abuse_of_vulnerability",)),
    ("bos la di nou pa gen estati kidonk nou pa ka plenyen", False, ("abuse_of_vulnerability",)),
    (
        "manadje a kenbe paspò m, li di l ap renmèt li lè kontra a fini",
        False,
        ("retention_of_identity_documents",),
        ("withholding_of_wages",),
    ),
    (
        "pitit mwen an gen 15 an, li lave asyèt, si l ale li pap touche 3 semen patwon an dwe l",
        True,
        ("withholding_of_wages",),
        ("debt_bondage",),
    ),
]
NEGATIVES += [
    "m fèmen pòt la a kle lè m ale dòmi",
    "yo vann vyann krab nan mache a",
    "m pè pou lavi m lè m ap travay sou machin sa a",
]
