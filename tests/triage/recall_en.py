"""English recall cases: ages without "is", a job told in the age's sentence, SMS night
times, dismissal threats, dependence on the employer for housing; and the traps next to
them ("minor injury", "the kids' lunch", a son who does not work).

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    ("shes 14 and they put her on the slicer at the deli", True, ("hazardous_work",)),
    ("my nephew theyre saying hes sixteen, works the kill floor", True, ("hazardous_work",)),
    ("born 2011, i wash dishes at a taco place on weekends", True, ()),
    (
        "15 yrs old here, the manager got me running the baler after school",
        True,
        ("hazardous_work",),
    ),
    ("my daughter isnt 18 yet and the warehouse has her on the pallet jack", True, ()),
    ("My cousin is 17. She is a cashier at the gas station.", True, ()),
    ("her boy is 16, he cleans at a poultry plant", True, ("hazardous_work",)),
    ("im 17 and we get out like 2am from the bakery", True, ("night_or_school_hours",)),
    ("hes fourteen and stocks shelves til close at 11", True, ("night_or_school_hours",)),
    ("if you dont stay late dont bother coming back monday", False, ("intimidation_threats",)),
    (
        "the boss is also our landlord, if we quit we end up on the street",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "two girls from the shelter, 14 and 15, work nights packing eggs",
        True,
        ("night_or_school_hours",),
    ),
    (
        "my grandson got on at the sawmill, he pushes logs into the big saw, he is 16",
        True,
        ("hazardous_work",),
    ),
    (
        "the crew boss keeps our pay and our passports in his truck",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "she said she would send our names to immigration if we say no",
        False,
        ("intimidation_threats",),
    ),
    ("if we complain we lose the room and the ride to work", False, ("abuse_of_vulnerability",)),
    (
        "none of us have spoken to our families since april and we don't have phones",
        False,
        ("isolation",),
    ),
    (
        "no pay for a month, he says we get it all when the harvest is over",
        False,
        ("withholding_of_wages",),
    ),
    (
        "they pay the guys without papers half, and who's gonna believe us anyway",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("the foreman said he can replace us tomorrow with anybody", False, ("intimidation_threats",)),
    (
        "if we don't come in sunday we're fired, 15 hr days all month",
        False,
        (
            "intimidation_threats",
            "excessive_overtime",
        ),
    ),
    (
        "we live 11 in one trailer and we don't get gloves for the bleach",
        False,
        ("abusive_working_living_conditions",),
    ),
]

NEGATIVES = [
    "minor injury at work today, just a scratch on my arm",
    "can i switch to mornings so i can make the kids lunch",
    "my son is 15 and in 10th grade, he doesn't work. can i get mornings?",
    "my son is 16 and goes to school, he wants a summer job, can he come work with me at the shop?",
    "my daughter is 13 and i work mornings at the factory, can i change my hours?",
    "my niece is 16 and looking for a job at the grocery store, is that allowed?",
    "my son is 15 and in school. who do i talk to about changing my shift?",
]

# Families from the tune5 misses: a parenthesised age after a person noun, JV teams, "he's on
# his uncle's crew", "17 and a lifeguard", presses, swing-shift and early-morning ranges, first
# period and missed class, everybody's phones, locked from outside, no bed no ride if we quit,
# "miss one = ur fired", pay held to the end of the year or only tips, sleeping in the back
# room, seven nights a week, what the ad said then what is paid; and their traps.
POSITIVES += [
    ("one of our new hires (16) works the register till close", True, ()),
    (
        "our jv football kids are doing demolition for a contractor after practice",
        True,
        ("hazardous_work",),
    ),
    ("my stepson is 15, he's on his cousin's drywall crew most days", True, ()),
    ("im 16 and a dishwasher at a diner downtown", True, ()),
    ("they put me on the punch press my first week, im 17", True, ("hazardous_work",)),
    (
        "im in 11th grade and work swing shift 4 to 12 at the packing plant",
        True,
        ("night_or_school_hours",),
    ),
    (
        "my nephew is 15 and does sanitation shift 12 to 4 then sleeps thru first period",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    (
        "the supervisor collected the phones from everyone on the first day, no calls home at all",
        False,
        ("isolation",),
    ),
    ("he locks the bunkhouse from outside every night", False, ("restriction_of_movement",)),
    (
        "she rents us the beds, if we quit we have no bed no ride nothing",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("refuse a double and youre gone, thats what the lead says", False, ("intimidation_threats",)),
    (
        "the owner said wages come at the end of the year so nobody quits, we live on tips",
        False,
        ("withholding_of_wages",),
    ),
    (
        "we sleep in the storage room behind the kitchen on cardboard",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("seven nights a week on the boat and no pay till we land", False, ("excessive_overtime",)),
    ("the ad promised $16 an hour, here they pay $10 cash", False, ("deception",)),
]

NEGATIVES += [
    "i missed my esl class because of overtime, can i get the notes?",
    "my son is 15 and on the soccer team, i work days at the plant",
    "is it legal? can they pay me less than the others if im new? im 30",
    "we live in a small house, the roof is fine, no problems",
    "lunch rush from 11 to 2 is crazy, i need a second register",
    "the manager locked the office from outside by accident and we waited for the key",
]

# tune6 families: a bare age opening the message joined to the writer's clause ("fifteen and
# i work", "15 n i"); a coming birthday read as the age ("i turn 16 next month"); a job only
# asked about ("can i work at..." is not work); leaving means losing the pay (wages withheld);
# sexual touching of the body with "if you tell anyone you lose the job"
POSITIVES += [
    ("17, i bag groceries at the supermarket after school", True, ()),
    ("fourteen & my uncle has me on his roofing crew", True, ("hazardous_work",)),
    ("sixteen n i wash dishes at a diner on weekends", True, ()),
    ("i turn 15 next week and i already work at the car wash every saturday", True, ()),
    ("im turning sixteen in july, i babysit for the neighbors for cash", True, ()),
    ("boss says if we quit early we won't see a dime", False, ("withholding_of_wages",)),
    (
        "You don't get your paycheck if you leave before the contract ends",
        False,
        ("withholding_of_wages",),
    ),
    ("if u leave before harvest is over u lose all ur money", False, ("withholding_of_wages",)),
    (
        "the foreman keeps grabbing my butt and says if i report it im fired",
        False,
        ("physical_sexual_violence", "intimidation_threats"),
    ),
    (
        "he put his hands on me in the cooler and said if i tell anyone i lose my job",
        False,
        ("physical_sexual_violence", "intimidation_threats"),
    ),
]

NEGATIVES += [
    "45 and i stock shelves at a grocery store, love my job",
    "1. i work at the plant 2. my pay is late",
    "im 15, could i work at a pizza place this summer?",
    "i'm 16, if i work at the mall how many hours can i do",
    "he rubs his hands together and says good job",
]

# tune7 families: children the writer looks after are not workers; school days missed by
# weekday; promised pay against pay received in the next clause; a debt "owed to him" is not
# withheld pay; "can't do doubles anymore" still reports the doubles.
POSITIVES += [
    (
        "i look after the boss's kids and clean the whole house, the madam keeps my passport",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "I cook and take care of the children, they locked the door so I cannot go out",
        False,
        ("restriction_of_movement",),
    ),
    (
        "my little brother is 15 and skips fridays to work at the tire shop",
        True,
        ("night_or_school_hours",),
    ),
    (
        "two of my students, 14 and 15, are absent on tuesdays because they pick strawberries",
        True,
        ("night_or_school_hours",),
    ),
    (
        "The agency said the warehouse job paid $20 an hour. We get $12 cash.",
        False,
        ("deception",),
    ),
    (
        "the contract said cleaning rooms was $17 an hour, i make $10 and no tips",
        False,
        ("deception",),
    ),
    (
        "she owes them $3,000 for the crossing and works it off at the motel",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    (
        "he says my uncle owes him 2,500 dollars for the visa so he cant quit",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    (
        "the boss owes us $1,200 from last month and keeps saying friday",
        False,
        ("withholding_of_wages",),
    ),
    (
        "i cant keep doing doubles anymore, the manager says i have to or im out",
        False,
        ("excessive_overtime",),
    ),
    ("we cannot work 16 hour shifts every day like this", False, ("excessive_overtime",)),
]

NEGATIVES += [
    "i can't do doubles next week, i have my sister's wedding",
    "we were out on mondays for the holiday",
]

# tune8 families: documents that "stay" at the agency, grabbing the women, a relative who
# "got a job", a name then "(15)", "hasn't been to school since", a quitter who loses the
# weeks owed, a birth date with a month name, "won't be 18 until", a past youth clause.
POSITIVES += [
    (
        "the ids stay with the recruiter until the contract is over",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "the foreman has our passports locked up in his truck",
        False,
        ("retention_of_identity_documents",),
        ("restriction_of_movement",),
    ),
    (
        "the crew leader keeps grabbing the women in the fields",
        False,
        ("physical_sexual_violence",),
    ),
    ("my niece just landed a weekend job at the bakery, she's in 10th grade", True, ()),
    ("my stepdaughter Maya (15) got hired at the snack bar", True, ()),
    (
        "Luis (14) works the register at the corner store till 9pm",
        True,
        ("night_or_school_hours",),
    ),
    (
        "hes 16 and hasnt been back to school since christmas, hes on a roofing crew",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("if she quits she doesnt get the last two weeks", False, ("withholding_of_wages",)),
    (
        "we still wait for the 2 months of pay the boss owes us",
        False,
        ("withholding_of_wages",),
        ("debt_bondage",),
    ),
    (
        "they owe him 4 weeks and he needs it for rent",
        False,
        ("withholding_of_wages",),
        ("debt_bondage",),
    ),
    ("my nephew was born on july 9 2010 and he works at the car wash", True, ()),
    ("dob: 02/14/2011, i cut meat at the deli", True, ("hazardous_work",)),
    (
        "my sister won't be 18 until march and she already closes the restaurant at midnight",
        True,
        ("night_or_school_hours",),
    ),
]

NEGATIVES += [
    "i was 15 when i started at the slaughterhouse back home, 13 hour days. im 29 now and just"
    " want to ask about my w2",
    "my son was born in 2012 and I work at the plant",
    "the tools are locked up in the truck at night",
]

# tune9 families: the writer's name then "(15)", "i just got hired / got a job", weeks of
# pay held back, "where are you gonna go" (dependence), zero days off, doubles forced as a
# condition, a phone the worker "may not keep", an evening range for a 14-year-old.
POSITIVES += [
    ("hey this is Tyler (15), i just got hired at the burger place", True, ()),
    ("hi its Mia (16) n i finally landed a summer job at the pool", True, ()),
    ("i just got a job at the car wash downtown and im fifteen", True, ()),
    (
        "the contractor holds back the first 3 weeks of pay from every new guy",
        False,
        ("withholding_of_wages",),
    ),
    ("they kept two weeks wages when she asked to leave", False, ("withholding_of_wages",)),
    (
        "the boss just laughs and says where are you gonna go without papers",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "zero days off since new year, the owner says the same for everybody",
        False,
        ("excessive_overtime",),
    ),
    (
        "if we don't do double shifts all month the manager says we're out",
        False,
        ("excessive_overtime",),
    ),
    (
        "the nanny from our church may not keep a phone at the house she works in",
        False,
        ("isolation",),
    ),
    (
        "we are not permitted to have phones in the bunkhouse",
        False,
        ("isolation",),
    ),
    ("im 14 and i work at the ice cream shop 3 to 9 on fridays", True, ("night_or_school_hours",)),
]
NEGATIVES += [
    "where are you gonna go for thanksgiving? we want to swap shifts",
    "no phones allowed on the line, i need to call my kids school at lunch",
    "my daughter is 15, if she gets a job at the mall can she work sundays?",
    "if we dont do overtime we dont get the bonus, is that normal",
    "we keep 2 weeks of pay in savings just in case",
]

# tune10 families: a domestic worker caring for the employer's children ("take care the
# kids" is not a child at work), police called on a thief or a customer (no threat to the
# worker), "if we complain we lose the bed" (dependence, not a threat), being put "on the
# next flight home", "ask again and you're out", a rule with a bare consequence ("= fired"),
# "the boss got my passport", and the crowd told after the place ("a trailer with 11 others").
POSITIVES += [
    (
        "im a nanny, i care for the kids of a family in dallas and the madam took my passport",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "i live in, cook, clean, bathing the children and feeding the kids, they lock me in when"
        " they go out",
        False,
        ("restriction_of_movement",),
    ),
    (
        "the boss threatened to call the cops on me if i ask for my tips again",
        False,
        ("intimidation_threats",),
    ),
    (
        "he says he will call the police on the guys who complain about pay",
        False,
        ("intimidation_threats",),
    ),
    (
        "the farmer rents us the rooms and drives us to work, if anyone complains they lose the"
        " room and the ride",
        False,
        ("abuse_of_vulnerability",),
        ("intimidation_threats",),
    ),
    (
        "he owns the bunkhouse too so if i speak up i lose my job and my bed the same day",
        False,
        ("abuse_of_vulnerability",),
        ("intimidation_threats",),
    ),
    ("if we complain he fires us and sends us home", False, ("intimidation_threats",)),
    (
        "the recruiter told us keep quiet or you'll be on the first plane back to manila",
        False,
        ("intimidation_threats",),
    ),
    (
        "my boss says he can send us on the next bus home whenever he wants",
        False,
        ("intimidation_threats",),
    ),
    (
        "ask about the overtime pay again and you're out, thats what the lead said",
        False,
        ("intimidation_threats",),
    ),
    ("turn down a sunday shift = fired, no exceptions", False, ("intimidation_threats",)),
    (
        "you cant refuse overtime here, refusing means you get fired",
        False,
        ("intimidation_threats", "excessive_overtime"),
    ),
    (
        "the crew boss still got our ids and says we get them when the season ends",
        False,
        ("retention_of_identity_documents",),
    ),
    ("they got my passport since i arrived in march", False, ("retention_of_identity_documents",)),
    (
        "my cousin rents a bunk in a trailer with 10 other workers",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("8 workers one bedroom, he charges 200 each", False, ("abusive_working_living_conditions",)),
    (
        "i rent a room w 6 other men from the contractor",
        False,
        ("abusive_working_living_conditions",),
    ),
]

NEGATIVES += [
    "i take care the kids for a family from 7 to 5, how do i ask for a raise",
    "the store manager threatened to call the police on a customer who was yelling at the cashier",
    "my manager calls the police on shoplifters every week, do we have to give statements on"
    " our break?",
    "i'm on the next flight home for my dads funeral, how do i ask for unpaid leave",
    "ask again tomorrow and you can get your schedule changed",
    "refusing a double means less money but i need the sleep",
    "the agency finally got my passport back to me, thanks for your help",
    "i share an office with 8 other people, can i ask for a desk by the window",
]

# "illegal" said of people (a status used against them), not of an act the writer asks
# about: "is it illegal for them to ..." is a question, common on a hotline.
POSITIVES += [
    (
        "the foreman knows we are illegal so he pays us 7 an hour",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "they hire the illegal guys for the night crew and pay cash",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "is it illegal for them to hold my passport till the season ends?",
        False,
        ("retention_of_identity_documents",),
        ("abuse_of_vulnerability",),
    ),
]

NEGATIVES += [
    "is this illegal? my manager changed my schedule without telling me",
    "is it illegal to make us clock out for lunch if we eat at our station",
]

# tune11 families: a debt for being brought here taken from the pay; sums charged for the
# visa or the trip to "everybody"; threats of being sent home, of never getting a visa
# again, of the many who wait for the job, of a denunciation to the police; "if you go
# police"; the rest of the salary kept; a count of passports taken, "for safekeeping",
# documents not given back; and the narrowings: a forklift licence or course asked about,
# a writer's "what happens if I report this?", "you are illegal" told to the police.
POSITIVES += [
    (
        "the contractor takes $150 from every check for what we still owe him for the crossing",
        False,
        ("debt_bondage",),
    ),
    ("they still owe the man for getting them over from honduras", False, ("debt_bondage",)),
    ("the recruiter charged everyone 2,000 for the visas", False, ("debt_bondage",)),
    ("they charged each of us $900 apiece for the plane tickets", False, ("debt_bondage",)),
    (
        "i asked for sunday off and the crew boss said hes gonna send us all home",
        False,
        ("intimidation_threats",),
    ),
    (
        "she said she will make sure none of us ever gets a visa again",
        False,
        ("intimidation_threats",),
    ),
    ("if u complain u wont get a contract again next season", False, ("intimidation_threats",)),
    (
        "the foreman always says hundreds of guys back home want your job",
        False,
        ("intimidation_threats",),
    ),
    (
        "if you go police i will tell them you are illegal, the owner says",
        False,
        ("intimidation_threats",),
        ("abuse_of_vulnerability",),
    ),
    ("if u go 2 cops we lose everything he says", False, ("intimidation_threats",)),
    ("the boss pays us half and he keeps the rest for himself", False, ("withholding_of_wages",)),
    (
        "balance of our wages the owner is holding till the end of the year",
        False,
        ("withholding_of_wages",),
    ),
    (
        "the agency took all 9 of our passports at the airport",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "the lady keeps my id for safekeeping she says",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "our green cards are with the supervisor, he never gives them back",
        False,
        ("retention_of_identity_documents",),
    ),
    ("my brother is 16 and they have him driving the forklift", True, ("hazardous_work",)),
    ("im 17, they put me on forklift with no license", True, ("hazardous_work",)),
]

NEGATIVES += [
    "do i have to pay for my own forklift certification class? i am 40",
    "where can i get a forklift operator license near dallas",
    "they sent me home early because it was slow, do i get paid for the shift",
    "the manager will send you home early if there is no work, is that allowed",
    "what happens if i report this to the labor board, will my name be on it",
    "my passport is in the safe keeping of the consulate while they renew it",
    "lots of people were waiting for the bus this morning",
]

# tune12 families: a head count of adults is not an age ("we are 12 men in one house");
# someone else started at a workplace ("and just started at the diner"); a young person
# "helps" a relative at the relative's workplace; clock times told "at night" / "in the
# morning"; dozing in a named class period; the taunt that nobody hires people without
# papers, "be thankful", more pay for those with papers, a visa that binds the worker to
# one employer; the phone handed back only at set times.
POSITIVES += [
    (
        "we r 12 men in a 2 bedroom house and the boss took all our passports",
        False,
        ("retention_of_identity_documents",),
    ),
    ("my daughter is 16 and just started at the diner on weekends", True, ()),
    ("hes fifteen n just started at mcdonalds, is that ok", True, ()),
    ("my brother is 16, he helps our uncle at the meat plant", True, ("hazardous_work",)),
    (
        "my cousin (14) helping his dad on his roofing jobs every saturday",
        True,
        ("hazardous_work",),
    ),
    (
        "im 17 and we clean the bakery from ten at night till 3 in the morning",
        True,
        ("night_or_school_hours",),
    ),
    ("im 17 and i get off at 2 in the morning most days", True, ("night_or_school_hours",)),
    ("my son is 14 and works at the grocery till 9 at night", True, ("night_or_school_hours",)),
    (
        "she keeps falling asleep during first period, shes 15 and works at a restaurant",
        True,
        ("night_or_school_hours",),
    ),
    ("no one is gonna hire u w/o papers, the boss says", False, ("abuse_of_vulnerability",)),
    ("without papers who else will hire you, he tells us", False, ("abuse_of_vulnerability",)),
    ("the owner says we should be happy we even have a job", False, ("abuse_of_vulnerability",)),
    ("she says i should be thankful she gives me a bed", False, ("abuse_of_vulnerability",)),
    ("the guys with green cards get $18, we get $11", False, ("abuse_of_vulnerability",)),
    (
        "we are on h2a visas and we cant switch to another farm, the grower knows it",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("on this visa we can only work for this grower", False, ("abuse_of_vulnerability",)),
    ("she lets me use my phone on sundays for 1 hour", False, ("isolation",)),
    ("we only get our phones back on sundays", False, ("isolation",)),
]

NEGATIVES += [
    "my son is 15 and started at a new school, how do i get him a bus pass",
    "she started at the high school in september, shes 15",
    "my daughter 14 helps her mom in the kitchen on sundays",
    "I start at 5 in the morning, is a 30 min lunch required",
    "I would be happy to answer any questions you have",
    "my daughter only uses her phone for 1 hour a day, is that normal",
    "nobody will hire me because im 15, what jobs can i do",
]

# tune13 families: third-person teen job verbs with a place ("he bags at", "she buses tables at"),
# hedged
# appositive ages ("a girl, 16 maybe,", "(15ish)"), a nanny's children's bedtime as a clock, tips
# with no wage,
# a third party collecting the worker's pay, pay or hours or trade promised against those given,
# going out only
# when the employer takes them, a live-in bed in a laundry room or garage
POSITIVES += [
    ("my cousin is 15, she buses tables at a diner on weekends", True, ()),
    ("my grandson turns 16 in june and he sacks groceries at the supermarket", True, ()),
    ("Marco (15) bags at the food mart after school", True, ()),
    (
        "a girl from our youth group, 16 maybe, runs the slicer at the deli",
        True,
        ("hazardous_work",),
    ),
    ("one of the new pickers, maybe 14, is on the night crew at the farm", True, ()),
    ("the new kid (15ish) cleans the grinders every night", True, ("hazardous_work",)),
    (
        "they dont pay us a salary, only tips, and we wash cars 10 hours",
        False,
        ("withholding_of_wages",),
    ),
    ("we work for tips only at the taco truck", False, ("withholding_of_wages",)),
    (
        "the crew leader cashes our paychecks and hands us what he wants",
        False,
        ("withholding_of_wages",),
    ),
    ("the recruiter always picks up the boys' checks on friday", False, ("withholding_of_wages",)),
    (
        "i was recruited as a housemaid for $1,800 a month. it has been a year. "
        "madam gives me $150",
        False,
        ("deception",),
    ),
    ("they hired me for $16 an hour but the boss only pays me $10 cash", False, ("deception",)),
    (
        "we got h2a visas for picking apples but they put us on the roofing crew",
        False,
        ("deception",),
    ),
    ("hired as a cook but now the owner has me cleaning rooms at the motel", False, ("deception",)),
    ("the ad promised 40 hours a week but we only get 20", False, ("deception",)),
    (
        "i can only go out when the family takes me to the market",
        False,
        ("restriction_of_movement",),
    ),
    ("we only leave the house when madam drives us", False, ("restriction_of_movement",)),
    (
        "she sleeps on a thin mattress in the garage of the house she cleans",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "i sleep on the kitchen floor at my employers house",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "I am a nanny, I work from 6 am until the children go to bed, seven days a week",
        False,
        ("excessive_overtime",),
    ),
]

NEGATIVES += [
    "i make $2.13 an hour plus tips at the diner, is that legal",
    "i pick up my paycheck on friday at the office",
    "i was hired for $18 an hour and they pay me $18, is that normal",
    "we packed maybe 15 boxes today, the boss was happy",
]

# tune14 families: part of the pay taken "for what he still 'owes'" (debt, not withheld pay);
# a visa or trip fee "still paying it off out of every check"; "get her sent back"; "if anybody
# ... hes done"; "he knows we got no car n nowhere else to sleep" (dependence, not isolation);
# a crowd counted by bedrooms; sleeping "on floor in laundry room"; a hedged weekly total ("so
# like 80 hours"); leaving work at 1 am; toilet trips rationed by count; an injury sent back to
# work or given no doctor; a shift ending at 10 pm for a 17-year-old; a pay error excused as "a
# mistake"; documents "locked in his truck"; and the writer's care work (care list).
POSITIVES += [
    (
        "the guy who drove us up takes half of each check for what we still 'owe' him",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    (
        "the agency charged me about $6,000 for the flight, i keep paying it off from my pay",
        False,
        ("debt_bondage",),
    ),
    (
        "the foreman told my nephew, 16, if he complains he'll get him shipped back to honduras",
        True,
        ("intimidation_threats",),
    ),
    (
        "crew boss says if any of us talks to the inspector hes done, first bus home",
        False,
        ("intimidation_threats",),
    ),
    (
        "she knows i have no family here and nowhere else to sleep so she pays me what she wants",
        False,
        ("abuse_of_vulnerability",),
        ("isolation",),
    ),
    (
        "there are 11 men sharing a two bedroom house the contractor rents us",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "i sleep on floor in kitchen of the house where i work",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "we work monday to saturday open to close, thats about 75 hrs",
        False,
        ("excessive_overtime",),
    ),
    (
        "i wash dishes at a bar, we close up and go home around 2am",
        False,
        ("night_or_school_hours",),
    ),
    (
        "on the line they allow us to use the restroom twice per shift, that's it",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "my sister is 16, she sliced her thumb on the slicer and they made her keep working",
        True,
        ("hazardous_work", "abusive_working_living_conditions"),
    ),
    (
        "im a junior in high school, i bus tables saturdays 4pm to 10pm",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "the crew leader has our visas, he keeps them locked in his truck so nobody leaves",
        False,
        ("retention_of_identity_documents",),
        ("restriction_of_movement",),
    ),
    # care: the nanny's own work; the children she minds are no workers, an indicator stays
    (
        "live-in nanny, i tk care of their boys 13 n 15 from 6am-9pm, madam has my passport",
        False,
        ("retention_of_identity_documents",),
    ),
]

NEGATIVES += [
    "payroll said it was a bank error and the missing hours will be on next friday's check",
    "ive been looking after my bosses kids (12 and 14) from 3-6, is 15 dollars an hour fair",
    "caring for twins 14 n 16 and their baby sister, mon-fri 7-4, how do i ask for a raise",
]

# tune15 families
POSITIVES += [
    # an age set off after a singular young-person noun and its phrase
    ("a girl from my church, 15, started at the car wash sat 9-3", True, ()),
    ("one kid on our crew - sixteen - runs the forklift", True, ("hazardous_work",)),
    # "at nite" on its own is a time of day, not night work
    (
        "they lock the trailer door at nite and the boss keeps the key",
        False,
        ("restriction_of_movement",),
        ("night_or_school_hours",),
    ),
    # no pay since a date or an event
    ("we have had no paycheck since we got here in march", False, ("withholding_of_wages",)),
    ("not a dime since last month and he keeps saying friday", False, ("withholding_of_wages",)),
    # the rest of the pay kept until the contract or season ends, either order
    (
        "the balance of the salary the recruiter holds, he says till the season is over",
        False,
        ("withholding_of_wages",),
    ),
    ("they save half our wages until the contract finishes", False, ("withholding_of_wages",)),
    # six days a week of 10-hour days, in either order
    ("10-11 hrs a day 6 days a week at the packing house", False, ("excessive_overtime",)),
    ("we go six days, twelve hours most days", False, ("excessive_overtime",)),
    # whoever leaves or complains is told not to come back, or is sent home
    (
        "anyone who leaves before the truck is loaded doesnt come back tomorrow",
        False,
        ("intimidation_threats",),
    ),
    ("whoever talks to the inspector gets sent home", False, ("intimidation_threats",)),
    # a visa cancelled by the employer is a threat, not a document held
    (
        "the manager says he'll get our visas cancelled if we ask for a day off",
        False,
        ("intimidation_threats",),
        ("retention_of_identity_documents",),
    ),
    # outings only under escort
    (
        "one of his guys comes with us every time we go to town",
        False,
        ("restriction_of_movement",),
    ),
    (
        "the boss doesnt let the girls walk anywhere by themselves",
        False,
        ("restriction_of_movement",),
    ),
    # a head count of workers is not an age
    (
        "we are 12 from guatemala on h2a, the crew leader keeps our passports",
        False,
        ("retention_of_identity_documents",),
    ),
]

NEGATIVES += [
    "we are 14 students from peru on j-1 visas, is it normal to share a room with 3 people",
    "a boy from our youth group, 14, asked me where to buy soccer cleats",
]

# tune16 families
POSITIVES += [
    # a count of rooms or things after "is/are" is not an age
    (
        "they charge us $80 a week each and the place is two rooms for 10 of us, the boss has our "
        "passports",
        False,
        ("retention_of_identity_documents",),
    ),
    # a day ending "until 10 at night" is long, not night work
    (
        "im 35, I clean offices from 7 in the morning until 10 at night, 7 days a week",
        False,
        ("excessive_overtime",),
        ("night_or_school_hours",),
    ),
    # the document said to be in the employer's safe, drawer or box
    (
        "our ids r in the bosses drawer and he says we get them at the end of the season",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "my passport is locked in her lockbox since i arrived",
        False,
        ("retention_of_identity_documents",),
    ),
    # an injury answered with tape and "keep going"
    (
        "i sliced my thumb on the slicer and the manager taped it up and said get back to work",
        False,
        ("abusive_working_living_conditions",),
    ),
    # the employer knows nobody in the group has papers
    (
        "the foreman pays us less cause he knows nobody on the crew has papers",
        False,
        ("abuse_of_vulnerability",),
    ),
]

NEGATIVES += [
    # an excuse for a late check is no false promise
    "my check came late and the manager said it was the long weekend, ok now",
    "i cut my finger cooking at home and wrapped it myself",
]

# tune17 families: a double shift counted in the week or ordered under a threat ("3rd double this
# wk", "stay for the double or ..."); a fee taken from the pay "until it is paid"; "never gets
# paid"; a child "not in school at all" / "not even enrolled in school"
POSITIVES += [
    (
        "the lead said work the double or dont bother coming back, that was my 4th double "
        "this week",
        False,
        ("excessive_overtime",),
    ),
    (
        "at the chicken place they made us pull another double on saturday",
        False,
        ("excessive_overtime",),
    ),
    (
        "the agency takes 200 out of every check till the visa fee is paid off",
        False,
        ("debt_bondage",),
    ),
    (
        "they deduct $90 a week from his pay until the ticket is paid back",
        False,
        ("debt_bondage",),
    ),
    (
        "my little cousin sweeps the barber shop every day after school and never gets paid a cent",
        False,
        ("withholding_of_wages",),
    ),
    (
        "my nephew is 15 and he isnt even enrolled in school this year, he works on a framing crew",
        True,
        ("night_or_school_hours",),
    ),
    (
        "she's 14, not in school at all since march, she cleans rooms at the motel",
        True,
        ("night_or_school_hours",),
    ),
]

NEGATIVES += [
    "I stayed for a double last friday because I wanted the money",
    "we dont get paid on time sometimes when there is a holiday",
    "I'm not in class today because I have the flu",
]

# tune18 families: being called or treated like a kid is a slight, not a child ("the lead keeps
# calling me kid"); sent home at will with "can" ("they can send us home any day"); head and other
# protective gear missing ("no helmet", "no hard hat"); the crowd in a relative clause after the
# place ("a trailer that 10 of us share"); seven days told without "a week", and nobody given a
# day off
POSITIVES += [
    (
        "my cousin (16) runs the chainsaw with no hard hat or gloves",
        True,
        ("hazardous_work", "abusive_working_living_conditions"),
    ),
    ("they put us on the roof with no helmet", False, ("abusive_working_living_conditions",)),
    (
        "the recruiter reminds us he can ship us back home anytime he wants",
        False,
        ("intimidation_threats",),
    ),
    (
        "we can be sent home at any moment if the farmer is unhappy",
        False,
        ("intimidation_threats",),
    ),
    (
        "we pay 100 a week for a house that 9 of us share",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "the company gives us a room where eight men sleep",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "we all work seven days and the boss laughs when we ask for a break",
        False,
        ("excessive_overtime",),
    ),
    ("none of us has had a single day off in two months", False, ("excessive_overtime",)),
]
NEGATIVES += [
    "my supervisor calls us kids and thinks its funny",
    "the cooks at my job call me kid because im the new guy, is that ok",
    "we work 7 days a month at the market on weekends",
]

# tune19 families: a night crew or shift named with its task ("the night stocking crew"); home
# from work at 5 or 6 in the morning; nobody goes out except with the boss ("none of us walks to
# town without the crew leader"); the crowd in a relative clause with "share" ("a house we share
# with 11 other workers"); the writer drops a young person at a place told with work days and
# hours (not at school or practice)
POSITIVES += [
    (
        "my sister is 17 and on the night stocking crew at the grocery",
        True,
        ("night_or_school_hours",),
    ),
    ("she is on the night stocking shift at the grocery store", False, ("night_or_school_hours",)),
    ("he comes home from the plant at 6am and sleeps all day", False, ("night_or_school_hours",)),
    (
        "we never go to the store without the foreman, he drives and waits outside",
        False,
        ("restriction_of_movement",),
    ),
    ("none of us walks to town without the crew leader", False, ("restriction_of_movement",)),
    (
        "i rent a bed in a house we share with 11 other workers",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "the trailer i live in with seven others has one window",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "my brother is in 9th grade and i drop him at the taco truck sat and sun 11 to 7",
        True,
        (),
    ),
    ("my daughter is in 8th grade, i drop her off at the farm stand saturdays 8-1", True, ()),
]
NEGATIVES += [
    "my son is in 9th grade, i drop him at soccer practice sat 9 to 11",
    "we never go out without him knowing, he is our dad",
]

# tune20 families: a job in the home country opening the sentence ("back home in guatemala the
# boss took my papers, here it's fine"); weekdays then a bare clock range ("sat n sun 8 to 2"); a
# third-person task joined by "and" to an age ("is 16 n bags groceries"); kept at work until the
# last truck is loaded (excessive_overtime, not restriction_of_movement); seven days told in the
# past ("i worked all 7 days this week"); "even if its 1am"; a 4 or 5 am pick-up is no night
# work; a hire, then what came "instead"; nobody has the safety gear; the debt "for 'the trip'"
POSITIVES += [
    ("my nephew is 15 and washes dishes at the diner on fridays", True, ()),
    ("my daughter is 16 n busses tables at a taqueria", True, ()),
    ("my brother is 15. sundays 9 to 3 at a bakery downtown", True, ()),
    ("my cousin is 14, weekends 10 til 4 at a flea market stall", True, ()),
    ("my son is 16, works at the grocery sat n sun 7 to 1", True, ()),
    (
        "they won't let anyone go home until the last order is packed, every night",
        False,
        ("excessive_overtime",),
        ("restriction_of_movement",),
    ),
    (
        "the supervisor doesnt let us clock out till everything is loaded",
        False,
        ("excessive_overtime",),
    ),
    ("we worked seven days straight at the orchard again", False, ("excessive_overtime",)),
    ("i've worked all 7 days this week at the plant", False, ("excessive_overtime",)),
    ("im 16 and we stay at the diner till its 2am on weekends", True, ("night_or_school_hours",)),
    ("the crew works even when it's past midnight", False, ("night_or_school_hours",)),
    (
        "the agency recruited us as cooks. instead we clean the meat plant at night",
        False,
        ("deception",),
    ),
    (
        "a contractor hired me for painting, but instead they have me on the roof",
        False,
        ("deception",),
    ),
    ("none of us got gloves for the bleach", False, ("abusive_working_living_conditions",)),
    (
        "no one on the crew wears a harness on the roof",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("the driver keeps $150 a week for 'the ride up' from texas", False, ("debt_bondage",)),
    ('he takes half of my pay for "the trip"', False, ("debt_bondage",)),
]
NEGATIVES += [
    "back home in mexico my old boss kept my papers, here everything is fine",
    "back home the agency took my passport. now i have my own job here and no problems",
    "the van picks us up at 5am for the farm, is the driving time paid?",
    "i wake up at 4am to get ready for my shift at the bakery",
]

# tune21 families: "he"/"hes" lookbehinds begin at a word edge ("the register at a laundromat"
# is the writer's job, not a young person's); the boss's people sent to the family back home;
# the crowd counted first ("6 guys sleep on mattresses in a trailer") and housing with no AC or
# heat; in summer an end before 9 pm is no night work for a 14- or 15-year-old.
POSITIVES += [
    (
        "the recruiter says if we run his people back in guatemala will visit our families",
        False,
        ("intimidation_threats",),
    ),
    (
        "the boss's cousins down in oaxaca know where our families live",
        False,
        ("intimidation_threats",),
    ),
    ("he said they'll come after our families if we talk", False, ("intimidation_threats",)),
    (
        "eight of us sleep on the floor in one room behind the shop",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "10 men are crammed into the boss's trailer out by the fields",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "the bunkhouse has no heat and its freezing at night",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "im 15 and i work at the pool snack bar, this summer they want me till 8:30pm, ok?",
        True,
        (),
        ("night_or_school_hours",),
    ),
    ("im 15 and i work at the snack bar fridays 3 to 8:30pm", True, ("night_or_school_hours",)),
]
NEGATIVES += [
    "i work the fryer at the diner 2pm to 9pm and my son who is 12 does homework in a booth."
    " he doesnt work",
    "i clean the rooms at a motel and my daughter is 13, she just goes to school",
    "we will visit our families in mexico at christmas, can i get the days off?",
    "six of us live in the house, me my wife and our four kids",
]

# tune22 families: nobody seen to get a day off and "never gets a day off"; a day of 14 hours
# or more told as a clock range, every day (not a shop's opening hours); the last weeks' pay
# lost by whoever quits; a crowd counted after the verb in someone's basement or garage.
POSITIVES += [
    (
        "the nanny upstairs, i havent seen her take a day off since christmas",
        False,
        ("excessive_overtime",),
    ),
    (
        "my cousin at the ranch never gets a day off, not even sundays",
        False,
        ("excessive_overtime",),
    ),
    (
        "she cooks and cleans for them from 5 in the morning until 11 at night every day",
        False,
        ("excessive_overtime",),
    ),
    ("every single day we go from 6am to 10pm at the warehouse", False, ("excessive_overtime",)),
    (
        "the manager says anyone who leaves before august loses their last 3 weeks pay",
        False,
        ("withholding_of_wages",),
    ),
    (
        "if u quit u dont get ur final check, thats what he told us",
        False,
        ("withholding_of_wages",),
    ),
    (
        "they put 9 guys in the garage behind his house",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("we live like 12 of us in their basement", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    "the laundromat is open every day from 6am to 10pm, can i drop off clothes at night?",
    "anyone who leaves early gets the last check mailed to them",
    "we packed 8 boxes in the garage before the move",
]
