"""Burmese recall cases: grades, ages of relatives, number words, forced labour.

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    (
        "ကျွန်တော် ၉ တန်း ကျောင်းသားပါ၊ ညဘက် ကြက်သားစက်ရုံမှာ အလုပ်လုပ်တယ်",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("အထက်တန်းကျောင်း တက်နေတုန်းပါ၊ ကျောင်းဆင်းရင် စက်ရုံမှာ စက်တွေကို သန့်ရှင်းရေးလုပ်တယ်", True, ("hazardous_work",)),
    ("ကျွန်တော် အရွယ်မရောက်သေးဘူး၊ forklift မောင်းခိုင်းတယ်", True, ("hazardous_work",)),
    ("အသားစက်ရုံ လိုင်းမှာ ၁၃ နှစ်အရွယ် ကလေးတွေ အလုပ်လုပ်နေတယ်", True, ("hazardous_work",)),
    ("ကျွန်တော့်ဝမ်းကွဲညီ ဆယ့်ခြောက်နှစ်ရှိပြီ၊ သားသတ်ရုံမှာ အလုပ်လုပ်တယ်", True, ("hazardous_work",)),
    ("ညီမက စက်ရုံမှာ အသားထုပ်ပိုးတယ်၊ ၁၅ နှစ်ပဲ ရှိသေးတယ်", True, ("hazardous_work",)),
    (
        "သားသတ်ရုံမှာ ညဘက် သန့်ရှင်းရေးအဖွဲ့မှာ အရွယ်မရောက်သေးတဲ့ ကလေးတွေကို ခန့်ထားတယ်",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("ညီလေးက အသားခုတ်တဲ့နေရာမှာ အလုပ်လုပ်တယ်၊ ဆယ့်လေးနှစ်ပဲရှိသေးတယ်", True, ("hazardous_work",)),
    ("သူဌေးက ဖုန်းတွေ သိမ်းထားတယ်၊ မိသားစုကို ဖုန်းဆက်လို့မရဘူး", False, ("isolation",)),
    ("အပြင်က ဘယ်သူနဲ့မှ ဆက်သွယ်ခွင့်မရှိဘူး၊ တခြားအလုပ်သမားတွေနဲ့ စကားပြောခွင့်မရှိဘူး", False, ("isolation",)),
    ("ကြီးကြပ်ရေးမှူးက တိုင်ရင် လူဝင်မှုကြီးကြပ်ရေးကို ခေါ်မယ်လို့ပြောတယ်", False, ("intimidation_threats",)),
    ("ထွက်သွားရင် မင်းမိသားစုကို တစ်ခုခုဖြစ်မယ်လို့ပြောတယ်", False, ("intimidation_threats",)),
    ("တိုင်တဲ့သူကို အလုပ်ထုတ်မယ်၊ ဒီနယ်မှာ အလုပ်ရမှာမဟုတ်ဘူး", False, ("intimidation_threats",)),
    ("စာရွက်စာတမ်းမရှိလို့ လစာ ပိုနည်းနည်းပဲ ပေးတယ်", False, ("abuse_of_vulnerability",)),
    ("ကျွန်တော်တို့ တခြားသွားစရာနေရာမရှိဘူးဆိုတာ သူသိတယ်", False, ("abuse_of_vulnerability",)),
    ("အဆောင်က ထွက်ခွင့်မရှိဘူး၊ ညဘက် ဂိတ်ကို သော့ခတ်ထားတယ်၊ အစောင့်ရှိတယ်", False, ("restriction_of_movement",)),
    ("ကြီးကြပ်ရေးမှူးနဲ့အတူမှ အပြင်ထွက်ခွင့်ရတယ်", False, ("restriction_of_movement",)),
    ("ရာသီကုန်မှ လစာပေးတယ်", False, ("withholding_of_wages",)),
    ("သူဌေးက အပတ်တိုင်း လစာထဲက တစ်စိတ်တစ်ပိုင်းကို ဖြတ်ထားတယ်", False, ("withholding_of_wages",)),
    ("သုံးလရှိပြီ လစာမရသေးဘူး", False, ("withholding_of_wages",)),
    # "I am already 16" after a first-person pronoun is an age; birth years; romanised night
    ("ကျွန်မ ၁၆ နှစ် ရှိပြီ၊ ဆိုင်မှာ ပန်းကန်ဆေးတယ်", True, ()),
    ("၂၀၁၁ ခုနှစ်မှာ မွေးတဲ့ ညီမလေးက ဆိုင်မှာ အလုပ်လုပ်နေတယ်", True, ()),
    (
        "kya ma a thet 15 nhit, nya bet mhar sai mhar a lote lote tal",
        True,
        ("night_or_school_hours",),
    ),
    ("ကျွန်တော့်ညီ ၁၄ နှစ်၊ ကျောင်းမလာဘဲ ဆိုင်မှာ အလုပ်လုပ်နေတယ်", True, ("night_or_school_hours",)),
    ("မနက် ၃ နာရီ စက်ရုံ ရောက်ရတယ်၊ ကျွန်တော် ဆယ့်ငါးနှစ်", True, ("night_or_school_hours",)),
    # "said you will get a job at X" and brought; no helmet or harness given
    ("အေဂျင့်က ဟိုတယ်မှာ အလုပ်ရမယ်လို့ ခေါ်လာတာ၊ အခု ခြံထဲမှာ အလုပ်လုပ်ရတယ်", False, ("deception",)),
    ("အမိုးပေါ်မှာ အလုပ်လုပ်ရတယ်၊ ဦးထုပ် ခါးပတ်ကြိုး မပေးဘူး", False, ("abusive_working_living_conditions",)),
    # tune3 families: "just turned", "actually only N", everyday task verbs, papers taken
    # "for safe keeping", pay kept by the broker, "said X and brought me"
    ("တူလေးက ၁၄ နှစ် ပြည့်ခါစ၊ ခြံထဲမှာ နွားတွေကို အစာကျွေးပေးတယ်", True, ()),
    ("ညီမလေးက ဆိုင်မှာ စားပွဲတွေ သုတ်ပေးတယ်၊ တကယ်တော့ ၁၃ ပဲ ရှိသေးတယ်", True, ()),
    (
        "သူဌေးက မှတ်ပုံတင်ကို ရုံးမှာ ထားပေးမယ်ဆိုပြီး ယူထားတယ်၊ ပြန်ယူချင်တော့ မပေးဘူး",
        False,
        ("retention_of_identity_documents",),
    ),
    ("လစာကို သူဌေးက ကိုင်ထားပြီး ကျွန်တော်တို့ကို တပြားမှ မပေးဘူး", False, ("withholding_of_wages",)),
    ("ဟိုတယ်အလုပ် လစာများတယ်လို့ ခေါ်လာတာ၊ အခု ငါးစက်ရုံမှာ", False, ("deception",)),
    ("လစာက ပြောထားတာရဲ့ တစ်ဝက်ပဲ ရတယ်", False, ("deception",)),
    # the parent's own night shift does not make the schoolboy a worker
    ("သားက ၁၅ နှစ်၊ ကျောင်းတက်တယ်၊ ကျွန်မက ညဆိုင်း ဆင်းရတယ်", False, ("night_or_school_hours",)),
    # tune4 families
    ("ကျွန်မ သမီး ၁၅ နှစ်၊ သူ စားသောက်ဆိုင်မှာ ညဆိုင်း ဆင်းရတယ်", True, ("night_or_school_hours",)),
    # tune5 families: no time or leave to drink, eat or use the toilet
    ("တစ်နေကုန် အိမ်သာသွားခွင့်မပေးဘူး", False, ("abusive_working_living_conditions",)),
    ("ထမင်းစားချိန်လည်း မရှိဘူး၊ ဆက်လုပ်ရတယ်", False, ("abusive_working_living_conditions",)),
    # not knowing which town, phone use refused, a farm deep in the forest
    ("ကျွန်မတို့ ဘယ်ရွာမှာ ရောက်နေမှန်း မသိဘူး", False, ("isolation",)),
    ("ဖုန်းကိုင်ခွင့်မရှိဘူး၊ အိမ်ကို မဆက်ရဘူး", False, ("isolation",)),
    # groping told as an event; firing of a complainer told as an event
    ("ကြီးကြပ်ရေးမှူးက ကျွန်မကို လိုက်ကိုင်တယ်", False, ("physical_sexual_violence",)),
    ("တိုင်တဲ့သူကို နောက်နေ့ အလုပ်ထုတ်လိုက်တယ်", False, ("intimidation_threats",)),
    # pay only once the debt is cleared
    ("အကြွေးကျေမှ လစာပေးမယ်တဲ့", False, ("withholding_of_wages", "debt_bondage")),
    # diminutive kin word before "N years already"; grade words
    ("မြေးလေး ၁၅ နှစ်ရှိပြီ၊ ဆိုင်မှာ အလုပ်လုပ်တယ်", True, ()),
    ("ညီမလေး ရှစ်တန်း၊ ညနေ ဆိုင်မှာ အလုပ်လုပ်တယ်", True, ()),
]

NEGATIVES = [
    "မုန့်ဖုတ်တဲ့အလုပ်မှာ ၁၅ နှစ် အတွေ့အကြုံရှိတယ်",
    "သားက ၁၆ နှစ်ရှိပြီ၊ ကျောင်းတက်တယ်၊ အလုပ်မလုပ်ဘူး",
    "၁၇ နှစ်မှာ ဒီမှာ စလုပ်ခဲ့တာ၊ အခု ၃၀ ရှိပြီ",
    "ညတိုင်း မိသားစုကို ဖုန်းဆက်တယ်",
    "သူဌေးက သဘောကောင်းတယ်၊ ဘယ်သူ့ကိုမှ မခြိမ်းခြောက်ဖူးဘူး",
    "သောကြာနေ့တိုင်း လစာ အချိန်မှန်ပေးတယ်",
    "ကျွန်တော် အိမ်က ကြိုက်တဲ့အချိန်ထွက်လို့ရတယ်",
    "သမီးက ၉ တန်းမှာ၊ ကျွန်တော်က ဆိုင်မှာ အလုပ်လုပ်တယ်",
    "စာရွက်စာတမ်းနဲ့ ပတ်စပို့ ကျွန်တော့်ဆီမှာပဲ၊ အားလုံးအဆင်ပြေတယ်",
    "မနက်ဖြန် နှင်းကျလို့ ကျောင်းပိတ်တယ်",
    "ကျွန်တော် ဒီမှာ ၅ နှစ် ရှိပြီ၊ အားလုံး အဆင်ပြေတယ်",
    "ကျွန်တော် ၃ နှစ်ရှိပြီ ဒီမြို့မှာ နေတာ",
    "အလုပ်အတွေ့အကြုံ ၁၆ နှစ် ရှိတယ်၊ ဆိုင်မှာ အလုပ်ရှာနေတယ်",
    "ကျွန်မ သမီး ၁၅ နှစ်၊ ကျောင်းတက်တယ်၊ ကျွန်မ ဆိုင်မှာ ပန်းကန်ဆေးတယ်",
    # tune4 families
    "ကျွန်မ သား ၁၄ နှစ်၊ ကျောင်းတက်နေတယ်။ ကျွန်မက စက်ချုပ်ဆိုင်မှာ လုပ်တယ်။ ကျောင်းကား အကြောင်း မေးချင်ပါတယ်",
    "ကန်ထရိုက်တာ နဲ့ စာချုပ် ချုပ်ရမလား မေးချင်ပါတယ်",
    "သမီး ၁၆ နှစ်၊ ညနေ ၃ နာရီ ကျောင်းဆင်းတယ်",
    # tune5 families: a teen said not to work, only looking for a job; "what should I do"
    "ညီလေး ၁၇ နှစ်၊ အလုပ်မလုပ်ဘူး၊ အလုပ်ရှာနေတယ်",
    "ညီမလေး ၁၅ နှစ်၊ ကျောင်းတက်တယ်၊ ဘယ်လိုလုပ်ရမလဲ",
    # "girls" is no child word; the diminutive is not the number 4
    "မိန်းကလေးတွေ အများကြီး အလုပ်လုပ်တယ်",
    "ညီလေး နှစ်ယောက် ရှိတယ်၊ ကျောင်းတက်တယ်",
    "ဘယ်နေရာမှာ လျှောက်ရမလဲ မသိဘူး",
]

# tune6 families: a teacher writing about a pupil ("ကျွန်တော် ဆရာပါ" is not "my teacher");
# "every night until 11", "at night 1 o'clock"; dozing in class told with a longer gap;
# promised vs actual pay (Unicode and romanised: "ya mal lo pyaw tal, a khu ...",
# "pyaw htar tar nae ma tu"); romanised "no documents" and "takes advantage"
POSITIVES += [
    (
        "ကျွန်တော် ဆရာပါ၊ ၈ တန်းကျောင်းသူလေး ညတိုင်း ၁၁ နာရီထိ ဆိုင်မှာ အလုပ်လုပ်ရတယ်",
        True,
        ("night_or_school_hours",),
    ),
    (
        "တူလေးက ည ၁ နာရီ ထိ စားသောက်ဆိုင်မှာ ပန်းကန်ဆေးရတယ်၊ ၁၅ နှစ်ပဲ ရှိသေးတယ်",
        True,
        ("night_or_school_hours",),
    ),
    (
        "ခုနစ်တန်းကျောင်းသား အတန်းထဲမှာ ခဏခဏ အိပ်ငိုက်တယ်၊ ဆိုင်မှာ ညလုပ်ရလို့တဲ့",
        True,
        ("night_or_school_hours",),
    ),
    ("agent ka la ta 800 dollar ya mal lo pyaw tal, a khu 400 pae ya tal", False, ("deception",)),
    ("a lote ka pyaw htar tar nae ma tu bu, lo lo nay tal", False, ("deception",)),
    (
        "အေဂျင့်က ဟိုတယ်မှာ တစ်လ ၁၀ သိန်း ရမယ်လို့ ပြောတယ်၊ အခု ၅ သိန်းပဲ ရတယ်",
        False,
        ("deception",),
    ),
    ("kyanaw tot sar ywet ma shi lo lakha lyaw pay tal", False, ("abuse_of_vulnerability",)),
    ("visa ma shi tae thu twe ko a khwint a yay yu tal", False, ("abuse_of_vulnerability",)),
]

# tune6 families: the writer's own work in a clause led by their pronoun, next to a child
# who only attends school; negation after the phrase ("ဘယ်သူမှ ... မရှိဘူး", "... မဟုတ်ဘူး")
NEGATIVES += [
    "ကျွန်တော် ဂိုဒေါင်မှာ အလုပ်လုပ်တယ်၊ သမီးက ၁၃ နှစ်၊ ကျောင်းတက်တယ်",
    "ကျွန်မ ဆိုင်မှာ အလုပ်လုပ်နေတယ်။ ညီမလေး ၁၄ နှစ်၊ အလယ်တန်းကျောင်း တက်နေတယ်",
    "ဘယ်သူမှ ရိုက်တာ မရှိပါဘူး",
    "ပတ်စပို့ သိမ်းထားတာ မဟုတ်ဘူး၊ ကိုယ့်ဆီမှာပဲ",
    "ဘယ်သူမှ ခြိမ်းခြောက်တာ မကြုံဖူးပါဘူး",
]

# tune7 families: a work verb written with a space ("အလုပ် လုပ်တယ်") and a supermarket as
# workplace; an ID, permit or card "not given back"
POSITIVES += [
    ("ညီလေးက ဆယ့်ငါးနှစ်ပဲ ရှိသေးတယ်။ ကျောင်းပိတ်ရက်တွေမှာ မားကတ်ထဲမှာ ကုန်ပစ္စည်းသယ်တဲ့ အလုပ် လုပ်နေတယ်", True, ()),
    ("သမီး အသက် ၁၄ နှစ်။ စနေနေ့တိုင်း အဒေါ်ရဲ့ လက်ဖက်ရည်ဆိုင်မှာ အလုပ် လုပ်ပေးတယ်", True, (), ("night_or_school_hours",)),
    ("ပွဲစားက ကျွန်တော့် အလုပ်ပါမစ်ကို ယူသွားပြီး ခုထိ ပြန်မပေးသေးဘူး", False, ("retention_of_identity_documents",)),
    ("သူဌေးက အလုပ်သမားတွေရဲ့ မှတ်ပုံတင်ကတ်တွေကို ပြန်မအပ်ဘူး", False, ("retention_of_identity_documents",)),
]

# tune7 families: no pay for leave or absence days is a question, not withholding; 12-24
# overtime hours in a month are not excessive
NEGATIVES += [
    "ဆေးခွင့် ယူတဲ့ နှစ်ရက်အတွက် လစာ မပေးဘူးတဲ့၊ ဥပဒေအရ ဘယ်လိုလဲ",
    "အလုပ်မလာတဲ့ရက်တွေအတွက် လခ မရပါဘူး၊ ဒါ ပုံမှန်လား",
    "တစ်လကို အချိန်ပို ၂၀ နာရီလောက် ဆင်းတယ်၊ OT နှုန်း ဘယ်လောက်လဲ",
    "လစဉ် overtime ၁၂ နာရီ ရှိတယ်၊ အခွန် ဖြတ်လား",
]

# tune8 families: "not 18 yet" without နှစ် (self and kin); a past age "since I was 15"
# next to an adult age now; the police or immigration called to arrest, and a conditional
# threat; water or toilet "not permitted" (ခွင့်မပေး); weak English only when it is the reason
POSITIVES += [
    ("ညီမလေး ဆယ့်ရှစ် မပြည့်သေးဘူး။ စားသောက်ဆိုင်မှာ ညဆိုင်း အလုပ်လုပ်တယ်", True, ("night_or_school_hours",)),
    ("ကျွန်မ ၁၈ မပြည့်သေးပါဘူး၊ ဂိုဒေါင်မှာ forklift မောင်းရတယ်", True, ("hazardous_work",)),
    ("ဆက်ပြီး မေးရင် ရဲကို ခေါ်ပြီး ဖမ်းခိုင်းမယ်လို့ သူဌေးက ပြောတယ်", False, ("intimidation_threats",)),
    ("လစာ ပြန်တောင်းရင် လဝက ကို တိုင်မယ်တဲ့", False, ("intimidation_threats",)),
    ("အနားယူဖို့ ခွင့်မပေးဘူး၊ ရေသောက်ချိန်တောင် ခွင့်မရဘူး", False, ("abusive_working_living_conditions",)),
]

NEGATIVES += [
    "ကျွန်မ ၁၆ နှစ်သမီးကတည်းက ဆိုင်မှာ အလုပ်လုပ်ခဲ့တယ်၊ အခု ၃၀ ရှိပြီ",
    "ကျွန်တော် ၁၄ နှစ်သားကစပြီး လယ်ထဲ ဆင်းခဲ့တာ၊ အခု အသက် ၄၅ ပါ",
    "ကျွန်မ English သိပ်မပြောတတ်ပါဘူး၊ ဒီနားမှာ အင်္ဂလိပ်စာ သင်တန်း ရှိလား",
]

# tune9 families: a poultry or meat plant without သား ("ကြက်ဆင်စက်ရုံ"); crowding in a trailer
# or container; two shifts back to back; bare ကြွေး (debt); a past job abroad with a verb
# ("ဂျပန်မှာ အလုပ်လုပ်ခဲ့တုန်းက"); "Name (15)"; "got a job / hired as cashier"; an adult
# worker's own children at school are not working minors; ဝက်သား (pork) is not သား (son)
POSITIVES += [
    ("ကျွန်တော် ကြက်ဆင်စက်ရုံမှာ အလုပ်လုပ်တယ်", False, ("hazardous_work",)),
    ("ဆယ်ယောက်လောက် trailer တစ်လုံးထဲမှာ အတူနေရတယ်", False, ("abusive_working_living_conditions",)),
    ("သူဌေးက shift ၂ ခု ဆက်တိုက် လုပ်ခိုင်းတယ်", False, ("excessive_overtime",)),
    ("ပွဲစားကို ကြွေး $5000 ရှိတယ်လို့ ပြောတယ်", False, ("debt_bondage",)),
    ("တူမလေး နှင်းနှင်း (၁၅) က စားသောက်ဆိုင်မှာ အလုပ်လုပ်တယ်", True, ()),
    ("ညီမ (၁၆) ကုန်တိုက်မှာ ငွေကိုင်အဖြစ် အလုပ်ရသွားပြီ", True, ()),
    ("ကျွန်မ ကလေးတွေ ကျောင်းတက်နေတယ်။ ကျွန်မ ကြက်သားစက်ရုံမှာ လုပ်တယ်", False, ("hazardous_work",)),
    ("ကျွန်တော့် ကလေးနှစ်ယောက် ကျောင်းသွားတယ်၊ ကျွန်တော် ဝက်သားစက်ရုံမှာ လုပ်တယ်", False, ("hazardous_work",)),
]

NEGATIVES += [
    "ဂျပန်မှာ အလုပ်လုပ်ခဲ့တုန်းက ကုမ္ပဏီက ပတ်စ်ပို့ ယူထားတယ်။ အခု ဒီမှာ အဆင်ပြေပါတယ်",
]

# a birthday still to come: the age is read one lower (15, so the after-7-pm limit applies)
POSITIVES += [
    ("ကျွန်တော် နောက်လ ၁၆ နှစ် ပြည့်မယ်။ ထမင်းဆိုင်မှာ ည ၁၀ နာရီအထိ ပန်းကန်ဆေးတယ်", True, ("night_or_school_hours",)),
    ("ညီမလေး ၁၆ နှစ် ပြည့်တော့မယ်၊ စားသောက်ဆိုင်မှာ ည ၁၁ နာရီအထိ အလုပ်လုပ်တယ်", True, ("night_or_school_hours",)),
]

# tune10 families: the next sentence opening with "now" after a promise (Unicode and
# romanised: "pay mal lo pyaw dal. a khu ..."); an injury or sickness ignored, no doctor,
# made to keep working hurt; a relative's age in one sentence and, in the next (no
# first-person subject), what she or he does; a machine word stays when no licence or
# course is asked about
POSITIVES += [
    ("ဆိုင်မှာ ရောင်းရမယ်လို့ ပြောတယ်။ အခု လယ်ထဲမှာ ပေါင်းသင်ရတယ်", False, ("deception",)),
    ("sai mhar 300 pay mal lo pyaw dal. a khu 150 pae tal", False, ("deception",)),
    ("ခြေထောက်ကျိုးသွားတာကို သူဌေးက ဆေးရုံမပို့ဘူး", False, ("abusive_working_living_conditions",)),
    ("ဖျားနေတာတောင် ကြီးကြပ်ရေးမှူးက ဆက်လုပ်ခိုင်းတယ်", False, ("abusive_working_living_conditions",)),
    ("နာနေလို့ ဆရာဝန်ဆီ သွားခွင့်မပေးဘူး", False, ("abusive_working_living_conditions",)),
    ("ညီလေးက ဆယ့်ငါးနှစ်ပါ။ ဈေးထဲမှာ မနက်တိုင်း ဟင်းသီးဟင်းရွက်တွေ ရောင်းပေးနေပါတယ်", True, ()),
    ("တူလေးက ၁၆ နှစ်ပါ။ ကျောင်းပိတ်ရက်တွေမှာ ဦးလေးရဲ့ ကားပြင်ဆိုင်မှာ ကားဘီးတွေ သယ်ပေးရပါတယ်", True, ()),
    ("ကျွန်တော် ၁၆ နှစ်၊ လိုင်စင် မရှိဘဲ forklift မောင်းခိုင်းတယ်", True, ("hazardous_work",)),
    ("နှစ်လရှိပြီ လခ မပေးသေးဘူး", False, ("withholding_of_wages",)),
]

# tune10 traps: a forklift licence or course asked about; rent or school fees (အိမ်လခ,
# အခန်းလခ, ကျောင်းလခ) unpaid are not wages; a promise followed by thanks; an injured
# worker taken to the clinic; the writer's own job after a child's age; a child not working
NEGATIVES += [
    "ဖော့ကလစ် သင်တန်း ဘယ်မှာ တက်လို့ရလဲ၊ ဂိုဒေါင်မှာ အလုပ်ရှာနေတယ်",
    "forklift လိုင်စင် ရဖို့ ဘာတွေလိုလဲ",
    "ကျောင်းလခ ဒီလ မပေးနိုင်သေးဘူး၊ အလုပ်က အဆင်ပြေပါတယ်",
    "အခန်းလခ နှစ်လ မပေးရသေးဘူး၊ အကူအညီ ဘယ်မှာ ရနိုင်လဲ",
    "ဟိုတယ်မှာ အလုပ်ရမယ်လို့ ပြောတယ်။ ကျေးဇူးတင်ပါတယ်",
    "ဒဏ်ရာရတော့ သူဌေးက ဆေးခန်းကို လိုက်ပို့ပေးတယ်",
    "သမီးက ၁၆ နှစ်ပါ။ ကျွန်မ ညနေပိုင်း စားသောက်ဆိုင်မှာ ပန်းကန်ဆေးပေးရပါတယ်",
    "သားက ၁၅ နှစ်ပါ။ အလုပ်မလုပ်ပါဘူး၊ ကျောင်းပဲ တက်ပါတယ်",
]

# tune11 families: a relative's age in a sentence that goes on about school, then (no
# first-person subject) the job; a plural work verb (လုပ်ကြတယ်) after a long clause;
# romanised 7 days a week / 12+ hours a day / no day off, school left ("kyaung ma tat",
# "kyaung htwet"), debt spelt "a kyway"; leave to go out refused with words between, and
# escorted whenever out; brought "saying" a job or pay, then "on arrival" (also when the
# broker's promise was made back home)
POSITIVES += [
    (
        "သားက အသက် ၁၅၊ ၉ တန်း ကျောင်းသား ဖြစ်တယ်။ စနေ တနင်္ဂနွေ Dallas က Vietnamese pho ဆိုင်မှာ စားပွဲထိုး လုပ်တယ်",
        True,
        (),
    ),
    (
        "ကျွန်မ Fort Wayne က ဘုန်းကြီးကျောင်းမှာ စေတနာ့ဝန်ထမ်းပါ။ ရပ်ကွက်ထဲက ကလေး ၃ ယောက် (၁၃ "
        "နှစ်၊ ၁၄ နှစ်၊ ၁၅ နှစ်) "
        "နွေရာသီ တစ်ခုလုံး Indiana နယ်စပ်နားက ပြောင်းဖူးခင်း အကြီးကြီးထဲမှာ နေ့တိုင်း "
        "အလုပ်လုပ်ကြတယ်",
        True,
        (),
    ),
    (
        "ta pat ko khu nit yet, ta nay ko 14 nar yi a lote lote ya tal",
        False,
        ("excessive_overtime",),
    ),
    (
        "nyi lay 15 nhit, kyaung htwet pyi sai mhar a lote lote nay tal",
        True,
        ("night_or_school_hours",),
    ),
    ("agent ka a kyway 5000 shi tal lo pyaw tal", False, ("debt_bondage",)),
    ("အဆောင်ကနေ ကိုယ့်ဘာသာ ထွက်ခွင့်မရှိဘူး", False, ("restriction_of_movement",)),
    ("ဈေးသွားရင်တောင် ဆိုင်ရှင်က ကိုယ်တိုင် ကားနဲ့ လိုက်ပို့တယ်", False, ("restriction_of_movement",)),
    ("ပွဲစားက စက်ရုံအလုပ် လစာကောင်းတယ် ဆိုပြီး ခေါ်လာတာ၊ ရောက်တော့ ငါးလှေပေါ် တင်လိုက်တယ်", False, ("deception",)),
    ("ထိုင်းမှာတုန်းက အေဂျင့်က ဟိုတယ်အလုပ် ဆိုပြီး ခေါ်လာတာ။ အခု ခြံထဲမှာ ပေါင်းသင်ရတယ်", False, ("deception",)),
    # the toilet (အိမ်သာ) refused is a condition, not confinement
    (
        "supervisor က အိမ်သာသွားခွင့် မပေးဘူး",
        False,
        ("abusive_working_living_conditions",),
        ("restriction_of_movement",),
    ),
]

# tune11 traps: a past job abroad with no broker bringing the writer here stays past; a
# lift to the clinic is no escort; 8 hours a day
NEGATIVES += [
    "မလေးရှားမှာတုန်းက သူဌေးက ရိုက်တယ်၊ အခု ဒီမှာ အဆင်ပြေပါတယ်",
    "ဆေးခန်းသွားရင် သူဌေးက ကားနဲ့ လိုက်ပို့ပေးတယ်",
    "ta yet ko 8 nar yi lote tal",
]

# tune12 families: romanised "pyan ma pay bu" (not given back) after a document is retention,
# not wages; a nanny's charges (ကလေးထိန်း, ကလေးတွေကို ကြည့်) are not child workers; romanised
# threats ("chein chaut", "ICE ko phone sat mal", "a lote phyoke mal", "if you ask ... police"),
# not the writer's own call; documents named in English kept "with him" (not a photocopy); a
# kin word and an age, then a shift gone to, machines washed, or shelves stocked with no subject
POSITIVES += [
    (
        "agent ka kyanaw permit ko pyan ma pay bu",
        False,
        ("retention_of_identity_documents",),
        ("withholding_of_wages",),
    ),
    ("a lote lote pyi 2 la shi pyi, boss ka ma pay bu", False, ("withholding_of_wages",)),
    ("ညီမလေး အသက် ၁၅ နှစ်၊ အိမ်နီးချင်းရဲ့ ကလေးထိန်းပေးတယ်", True, ()),
    ("supervisor ka immigration ko khaw mal lo chein chaut tal", False, ("intimidation_threats",)),
    ("tine yin a lote phyoke mal tae", False, ("intimidation_threats",)),
    ("boss ka police ko phone sat mal tae", False, ("intimidation_threats",)),
    (
        "သူဌေးက visa နဲ့ SSN card ကို သူ့အိတ်ထဲမှာ ထည့်ပြီး သိမ်းထားတယ်",
        False,
        ("retention_of_identity_documents",),
    ),
    ("တူမလေး ၁၆ နှစ်ပဲ ရှိသေးတယ်။ ဂိုဒေါင်မှာ ညဆိုင်းဆင်းရတယ်", True, ("night_or_school_hours",)),
    ("ညီလေး အသက် ၁၄။ အသားလိုင်းမှာ စက်တွေ ဆေးကြောရတယ်", True, ("hazardous_work",)),
    ("ဝမ်းကွဲညီ ၁၅ နှစ်ပဲ ရှိသေးတယ်။ စနေနေ့တိုင်း ကုန်ပစ္စည်းတွေ စင်ပေါ်တင်ပေးရတယ်", True, ()),
    # the writer's own night shift next to a small child's age: not a working minor
    ("သမီး ၁၀ နှစ် ရှိပြီ။ ကျွန်မ ညဆိုင်းဆင်းရတယ်", False, ("night_or_school_hours",)),
]
NEGATIVES += [
    "ကျွန်မ အစ်မ အသက် ၃၅ က အိမ်တစ်အိမ်မှာ ကလေးထိန်း လုပ်တယ်",
    "ကျွန်မ အသက် ၄၀၊ ဆရာဝန်အိမ်မှာ ကလေး ၃ ယောက်ကို ကြည့်ပေးရတယ်",
    "kyanaw police ko phone sat mal",
    "HR က work permit ရဲ့ မိတ္တူ ကူးပြီး ဖိုင်ထဲမှာ သိမ်းထားတယ်",
]

# tune13 families: out only when escorted or allowed ("လိုက်ပို့မှ", "ခွင့်ပြုမှ", "lite po mha");
# far from town; not allowed to talk with others; romanised phone taken or forbidden; not one coin
# into the hand; pay "saved for you"; no day off with words between, not one day of rest, every day
# from morning to late night; a neighbour's police threat in a private quarrel is not the employer's
POSITIVES += [
    ("မန်နေဂျာ လိုက်ခေါ်မှပဲ ဆိုင်ကို သွားလို့ရတယ်", False, ("restriction_of_movement",)),
    ("boss ka khwint pyu mha apyin thwar lo ya tal", False, ("restriction_of_movement",)),
    ("ခြံက မြို့ကနေ မိုင် ၄၀ လောက် ဝေးတယ်", False, ("isolation",)),
    ("ဧည့်သည်တွေနဲ့ စကားလုံးဝမပြောရဘူး", False, ("isolation",)),
    ("supervisor ka phone ko yu thwar tal", False, ("isolation",)),
    ("a lote chein phone ma thone ya bu", False, ("isolation",)),
    ("ခြောက်လရှိပြီ တစ်ပြားမှ ကျွန်မကို မပေးဘူး", False, ("withholding_of_wages",)),
    ("အလုပ်ရှင်က ပိုက်ဆံကို ငါ့အတွက် သိမ်းထားပေးမယ် ပြောတယ်", False, ("withholding_of_wages",)),
    ("ပိတ်ရက်ဆိုတာ ဘယ်တော့မှ မရှိဘူး", False, ("excessive_overtime",)),
    ("တစ်လလုံး တစ်ရက်မှ မနားရဘူး", False, ("excessive_overtime",)),
    ("နေ့တိုင်း မနက် ၇ နာရီကနေ ည ၁၀ နာရီထိ ပန်းကန်ဆေးရတယ်", False, ("excessive_overtime",)),
    ("manager ka ICE ko khaw mal lo pyaw tal", False, ("intimidation_threats",)),
]
NEGATIVES += [
    "ဈေးနဲ့ မဝေးပါဘူး",
    "ကျွန်မ လစာကို ဘဏ်မှာ စုထားတယ်",
    "my neighbour ka noise kate police khaw mal lo pyaw tal",
    "အိမ်နီးချင်းက ကားရပ်တာကြောင့် ရဲကို ဖုန်းဆက်မယ်လို့ ပြောတယ်",
]

# job_context (session 8)
POSITIVES += [
    (
        "ညီမလေး အသက် ၁၅ နှစ်၊ စနေနေ့ နေ့လယ် ၁၁ နာရီကနေ ညနေ ၃ နာရီအထိ မုန့်ဆိုင်",
        True,
        (),
        ("night_or_school_hours",),
    ),
    ("ကျွန်တော် အသက် ၁၆ နှစ်ပါ၊ စနေ တနင်္ဂနွေ တစ်နာရီ ၁၂ ဒေါ်လာ ရတယ်", True, ()),
    # "ကျွန်မသမီး" is "my daughter": the possessive is not the writer's own first person
    ("ကျွန်မသမီး ၁၇ နှစ်ပါ၊ မနက် ၁၁ နာရီကနေ ညနေ ၄ နာရီအထိ", True, ()),
    ("nyi ma lay 15 nhit, 11 nar yi ka nay 3 nar yi a hti", True, ()),
    ("တူလေး ၁၄ နှစ်၊ နေ့ဆိုင်းဆင်းရတယ်၊ ငွေသားနဲ့ပဲ ပေးတယ်", True, ()),
    # "ငါး" (five) is not the pronoun "ငါ"
    ("မောင်လေး ၁၆ နှစ်၊ မနက် ၇ နာရီကနေ နေ့လယ် ငါးနာရီထိ", True, ()),
]
NEGATIVES += [
    "သမီး ၁၄ နှစ်ရှိပြီ၊ ကျွန်မ မနက် ၉ နာရီကနေ ညနေ ၅ နာရီအထိ ဟိုတယ်မှာ လုပ်တယ်",
    "သား ၁၃ နှစ်၊ ကျောင်းတက်တယ်၊ မနက် ၈ နာရီကနေ ၃ နာရီထိ",
    "ညီမ ၁၅ နှစ်၊ နွေရာသီအလုပ် ရှာနေတယ်",
    "kyanaw thar 12 nhit, kyanaw ta nar yi 15 dollar ya tal",
]

# tune14 families
POSITIVES += [
    # romanised "(I) work at <place>" with the writer's age
    ("kyama a thet 16 nit, McDonald's mhar lote nay tal", True, ()),
    # a kin's age with school told at length, the job in a long next sentence
    (
        "ကျွန်တော့် ညီလေး အသက် ၁၆ နှစ်၊ ၁၀ တန်း တက်နေပြီး ကျောင်းမှာ ဘောလုံးအသင်းဝင်ပါတယ်။ "
        "စနေနေ့တိုင်း ဈေးထဲက ဆိုင်မှာ မနက် ၈ နာရီကနေ ညနေ ၃ နာရီအထိ ပန်းကန်ဆေးပါတယ်။",
        True,
        (),
    ),
    # romanised crowding, floor sleeping, no doctor
    (
        "kyanaw tot 8 yout trailer ta lone htae mhar nay ya tal",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("myay gyi paw mhar eik ya tal", False, ("abusive_working_living_conditions",)),
    (
        "hlay ka kya lo lat kyo tal, sayawon ko ma pya pay bu",
        False,
        ("abusive_working_living_conditions",),
    ),
    # romanised money owed to the broker
    ("pwe sar ko $3000 sat ya tal", False, ("debt_bondage",)),
    # care: a nanny's charges are not workers ("I'm a nanny" is not "I am a child")
    (
        "ကျွန်မ အိမ်တစ်အိမ်မှာ အသက် ၅ နှစ်နဲ့ ၈ နှစ် ကလေးနှစ်ယောက်ကို ထိန်းရတယ်။ သူဌေးက ကျွန်မ passport ကို သိမ်းထားတယ်။",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "kyama ka ka lay htein lote tal, ka lay ka 4 nit. boss ka passport thein htar tal",
        False,
        ("retention_of_identity_documents",),
    ),
    ("ကျွန်မက ကလေးထိန်းပါ၊ ကလေးက ၃ နှစ်ပဲ ရှိသေးတယ်။ လစာ ၃ လ မပေးဘူး။", False, ("withholding_of_wages",)),
]
NEGATIVES += [
    # a wish to work is not work
    "kyanaw a thet 15 nit, restaurant mhar lote chin tal",
    # the parent's own hours in the sentence after the child's age
    "ကျွန်မ သမီး အသက် ၁၆ နှစ်ရှိပြီ၊ grade 11 တက်နေပါတယ်။ ကျွန်မကတော့ စက်ရုံမှာ မနက် ၆ နာရီကနေ ညနေ ၄ နာရီအထိ အလုပ်လုပ်ပါတယ်။",
]

# tune15 families
POSITIVES += [
    # romanised "I'm at (high) school / in grade N" with a job: a working minor
    ("kya ma ka high school tat tal, sat ne mhar cashier lote tal", True, ()),
    ("kyanaw 10 tan kyaung thwar tal. sa ne ta ni ne restaurant mhar lote tal", True, ()),
    # romanised passport "kept for you", words or a quote between
    (
        "boss ka ngar passport ko 'pyauk mhar soe lo' so pi thein htar pay tal",
        False,
        ("retention_of_identity_documents",),
    ),
    # "not paid yet"; a passport asked back and not given is not unpaid wages
    ("la ga 3 la shi pyi, ma pay thay bu", False, ("withholding_of_wages",)),
    (
        "passport ko agency ka thein htar tal, pyan taung tal lal ma pay bu",
        False,
        ("retention_of_identity_documents",),
        ("withholding_of_wages",),
    ),
    # promised pay, then "now" (spelt "ah khu") a lower figure
    ("ta la $2000 ya mal lo pyaw pi ah khu $900 pae pay tal", False, ("deception",)),
    # "at night he comes into our room" is not night work
    (
        "Supervisor က ညဘက် ကျွန်မ အခန်းထဲ ဝင်လာပြီး ထိကိုင်တယ်",
        False,
        ("physical_sexual_violence",),
        ("night_or_school_hours",),
    ),
    # dismissal told as "don't come from tomorrow / any more"
    (
        'ပိတ်ရက်မှာ အလုပ်မဆင်းနိုင်ဘူးလို့ ပြောတော့ "နောက်နေ့ကစပြီး အလုပ်မလာနဲ့" လို့ သူဌေးက ပြောတယ်',
        False,
        ("intimidation_threats",),
    ),
    (
        "OT ma lote chin bu pyaw yin boss ka 'ma net phyan ka sa pyi a lote ma la nae' tae",
        False,
        ("intimidation_threats",),
    ),
    # overtime pay or the wage "never" / "still not" given
    ("အချိန်ပိုကြေး အခုထိ မပေးသေးဘူး", False, ("withholding_of_wages",)),
    ("လစာ ဘယ်တော့မှ မရဘူး၊ သူဌေးက နောက်လ ပေးမယ်ပဲ ပြောတယ်", False, ("withholding_of_wages",)),
    # an injury not taken to the doctor, or just bandaged and made to keep working
    ("ကျွန်မ လက်ကျိုးသွားတာ ဆရာဝန်ဆီ မခေါ်သွားဘူး", False, ("abusive_working_living_conditions",)),
    ("ခြေထောက်က သွေးထွက်နေတာ ပလာစတာကပ်ပြီး ဆက်လုပ်ခိုင်းတယ်", False, ("abusive_working_living_conditions",)),
    # romanised debt not paid off, not allowed out, phones taken (particles stacked)
    ("kyway ma hsat ya thay lo pyan ma thwar ya bu", False, ("debt_bondage",)),
    ("a pyin ma thwet ya bu, boss ka lite saung tal", False, ("restriction_of_movement",)),
    ("phone tway ko pa yu thwar tal, a mae ko phone ma sat ya bu", False, ("isolation",)),
]
NEGATIVES += [
    # a photocopy kept and the original given back; a day the office is closed; "if you are sick,
    # stay home"
    "agency ka passport ko copy yu pyi pyan pay tal",
    "မနက်ဖြန် ရုံးပိတ်လို့ အလုပ်လာစရာမလိုဘူး",
    "နေမကောင်းရင် အလုပ်မလာနဲ့လို့ manager က ပြောတယ်",
]

# tune16 families
POSITIVES += [
    # the employer throws an overstayed visa or missing permit at the worker
    (
        "သူဌေးက 'နင့် ဗီဇာ သက်တမ်းကုန်နေပြီ၊ ဘယ်ကို ပြေးမလဲ' တဲ့၊ လစာ တဝက်ပဲ ပေးတယ်",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("ပါမစ် မရှိမှန်း သိလို့ တစ်နာရီ $7 ပဲ ပေးတယ်", False, ("abuse_of_vulnerability",)),
    # a recruitment or travel fee still owed, or a broker's cut of every paycheck
    ("ပွဲခ $2000 ကျန်သေးလို့ လစာထဲက လတိုင်း ဖြတ်တယ်", False, ("debt_bondage",)),
    ("agent က လခ ထုတ်တိုင်း $200 ယူတယ်", False, ("debt_bondage",)),
    ("လေယာဉ်လက်မှတ်ခ မကျေသေးဘူးတဲ့", False, ("debt_bondage",)),
    # pay or job stated, then less or other on arrival
    ("ကြော်ငြာမှာ တစ်နာရီ $18 ဆိုပြီး ရေးထားတယ်၊ စလုပ်တော့ $11 ပဲ ရတယ်", False, ("deception",)),
    ("ပွဲစားက စားသောက်ဆိုင် အလုပ် လို့ ပြောတယ်၊ ရောက်တော့ ခြံထဲမှာ တခြားအလုပ် လုပ်ခိုင်းတယ်", False, ("deception",)),
    # no signal at the site, the phone only with the boss's leave, the family unreachable
    ("တောထဲက ခြံမှာ signal လုံးဝ မမိဘူး၊ မိဘတွေကို မဆက်သွယ်နိုင်ဘူး", False, ("isolation",)),
    ("ဖုန်းကို boss ခွင့်ပြုမှပဲ ကိုင်ရတယ်", False, ("isolation",)),
]
NEGATIVES += [
    # a past job abroad told with a town and a workplace; ointment (လိမ်း) and "sent back" (လွှတ်)
    # are not a lie or a saw; a poor line when calling back
    "မလေးရှား ပီနန်က ငါးသေတ္တာ စက်ရုံမှာ လုပ်ခဲ့စဉ်က ပွဲစားက passport ကို သိမ်းထားတယ်။ အခု ဒီမှာ "
    "hotel မှာ သန့်ရှင်းရေး လုပ်တယ်၊ ပြဿနာ မရှိဘူး",
    "manager က ကျွန်မ ID ကတ်ကို ကော်ပီကူးပြီး ချက်ချင်း ပြန်ပေးတယ်၊ နေ့တစ်နေ့ ဆေးလိမ်းပြီး ပြန်လွှတ်လိုက်တယ်",
    "ဖုန်းလိုင်း မမိလို့ နောက်မှ ပြန်ဆက်မယ်",
]

# tune17 families: a pay card or bank card held (wages, not an identity document); the wage
# kept "with him"; no pay for whoever leaves; one long day only is not excessive
POSITIVES += [
    (
        "သူဌေးက ကျွန်မတို့ရဲ့ ဘဏ်ကတ်တွေကို ကိုင်ထားတယ်",
        False,
        ("withholding_of_wages",),
        ("retention_of_identity_documents",),
    ),
    (
        "ကျွန်မ ATM ကတ်ကို ပွဲစားက ယူထားတယ်",
        False,
        ("withholding_of_wages",),
        ("retention_of_identity_documents",),
    ),
    ("လုပ်ခကို ပွဲစားလက်ထဲမှာ ထိန်းထားတယ်", False, ("withholding_of_wages",)),
    (
        "လုပ်ခကို အလုပ်ရှင်ဆီမှာ သိမ်းထားတယ်၊ အလုပ်က ထွက်သွားရင် မပေးတော့ဘူးတဲ့",
        False,
        ("withholding_of_wages",),
    ),
    ("လစာကို လကုန်မှ ပေးတယ်၊ ပြန်ရင် မရဘူးတဲ့", False, ("withholding_of_wages",)),
]
NEGATIVES += [
    "ဒီလ တစ်ခါပဲ ၁၄ နာရီ အလုပ်ဆင်းခဲ့ရတယ်၊ ပုံမှန်က ၈ နာရီပဲ",
    "ပြီးခဲ့တဲ့လ တစ်ရက်ပဲ ၁၃ နာရီ လုပ်ရတယ်၊ ကျန်တဲ့ရက်တွေ ၈ နာရီပဲ",
    # the writer keeps their own pay card
    "ကျွန်တော့် လစာကတ်ကို ကိုယ်တိုင် သိမ်းထားတယ်",
    # no other job to find, not unpaid wages
    "အလုပ်ထွက်ရင် နောက်အလုပ် ရှာလို့မရဘူး၊ လစာကလည်း နည်းတယ်",
]

# tune18 families: a passport "given back" after the debt is no pay withheld; the door locked
# at night is no night work; twelve or more living in the house or dorm; minding or fetching
# the children as the writer's care work; nail and hair salon tasks with the subject dropped;
# a week's hours, one day named or "normally" said next are no excessive overtime
POSITIVES += [
    (
        "အေဂျင့်က မှတ်ပုံတင်ကို ယူထားတယ်၊ ကြွေးကျေမှ ပြန်ပေးမယ်တဲ့",
        False,
        ("retention_of_identity_documents", "debt_bondage"),
        ("withholding_of_wages",),
    ),
    (
        "အဆောင်မှာ နေရတယ်၊ ညဘက်ဆို တံခါးကို သော့ပိတ်ထားတယ်",
        False,
        ("restriction_of_movement",),
        ("night_or_school_hours",),
    ),
    (
        "ကုမ္ပဏီပေးတဲ့ အဆောင်ထဲမှာ ၂၀ ယောက်လောက် အိပ်ရတယ်",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "အလုပ်ရှင်ရဲ့ အိမ်မှာ ၁၄ ယောက် နေရတယ်၊ အိမ်သာ တစ်လုံးပဲ ရှိတယ်",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "ညီမလေးက ၁၄ နှစ်ပဲ ရှိသေးတယ်။ စနေနေ့တိုင်း အဒေါ့်ဆိုင်မှာ ခြေသည်းဆိုးပေးရတယ်။",
        True,
        (),
    ),
    (
        "တူမက ဆယ့်ငါးနှစ်ပဲ ရှိသေးတယ်။ ကျောင်းပိတ်ရက်တွေမှာ ဆလွန်မှာ ဆံပင်ညှပ်ပေးရတယ်။",
        True,
        (),
    ),
]
NEGATIVES += [
    "အိမ်ဖော်လုပ်ပါတယ်။ ကလေးတွေကို ကျောင်းကြိုပေးရတယ်။ အိမ်ရှင်က ကောင်းပါတယ်",
    "မနေ့က ဝန်ထမ်းတစ်ယောက် မလာလို့ ၁၃ နာရီ လုပ်ခဲ့ရတယ်။",
    "ကျွန်မ တက္ကသိုလ်တက်ရင်း တစ်ပတ် ၂၀ နာရီ ဆိုင်မှာ လုပ်တယ်။",
    "အော်ဒါများလို့ ၁၄ နာရီ လုပ်ရတယ်။ ပုံမှန်က ၉ နာရီပါ။",
]

# tune19 families: minding a younger sibling or a niece, named with its age, is the writer's
# care work, not the child's job (also romanised)
POSITIVES += [
    ("ညီမလေး ၁၅ နှစ်က ကလေးတွေကို ထိန်းရတယ်၊ ဆိုင်မှာလည်း အလုပ်လုပ်တယ်", True, ()),
]
NEGATIVES += [
    "ကျွန်မ စားသောက်ဆိုင်မှာ အလုပ်လုပ်တယ်။ တူမလေး အသက် ၉ နှစ်ကို စနေတနင်္ဂနွေ ထိန်းပေးရတယ်။",
    "ဟိုတယ်မှာ သန့်ရှင်းရေး လုပ်တယ်။ မောင်လေး ၁၁ နှစ်ကို ကျောင်းဆင်းရင် ကြည့်ပေးရတယ်။",
    "ဆိုင်မှာ အလုပ်လုပ်တယ်။ nyi ma lay 13 hnit ko nyay nay htein pay ya tal",
]

# tune20 families: a recruitment or travel fee taken from the pay month by month (နုတ် / နှုတ်),
# something given back only once the debt is repaid, romanised fees still owed (lay yin kha,
# pwe sar kha); promised pay, then the place reached named and less paid; the worker's own lie
# about age to get hired is no deception; romanised "my age is only N" without "hnit"
POSITIVES += [
    ("ကျွန်မ စက်ရုံမှာ အလုပ်လုပ်တယ်။ ပွဲခ ဒေါ်လာ ၂၅၀၀ ကို လစာထဲက လတိုင်း ၃၀၀ နုတ်တယ်။", False, ("debt_bondage",)),
    ("ကုမ္ပဏီက ကြွေးကျေမှ ပတ်စပို့ ပြန်ပေးမယ်တဲ့", False, ("debt_bondage",)),
    ("agent ka pwe sar kha 3000 ma kyay thay bu lo pyaw tal", False, ("debt_bondage",)),
    ("owner ka lay yin lat mhat kha 1500 sat ya mal tal", False, ("debt_bondage",)),
    (
        "ပွဲစားက တစ်နာရီ ဒေါ်လာ ၁၈ ရမယ်လို့ ပြောတယ်။ Texas က ခြံကို ရောက်တော့ ၉ ဒေါ်လာပဲ ပေးတယ်။",
        False,
        ("deception",),
    ),
    ("သူဌေးက လစာ ဒေါ်လာ ၁၅ ပေးမယ်လို့ လိမ်တယ်", False, ("deception",)),
    (
        "ညီလေး အသက် ၁၆ နှစ်ပဲ ရှိတယ်။ ကြက်သားစက်ရုံမှာ ညဆိုင်း လုပ်နေတယ်။ အသက် ၁၈ လို့ လိမ်ပြောပြီး ဝင်ခဲ့တာ။",
        True,
        ("hazardous_work", "night_or_school_hours"),
        ("deception",),
    ),
    ("ကျွန်မ အသက် ၁၆ နှစ်ပါ။ အသက်လိမ်ပြီး ငါးစက်ရုံမှာ အလုပ်ဝင်ခဲ့တယ်။", True, (), ("deception",)),
    ("kyama a thet 15 pae shi thay tal. kyama restaurant mhar lote tal", True, ()),
    ("nga a thet 17 bae shi, sushi restaurant mhar lote nay tal", True, ()),
]
NEGATIVES += [
    "owner ka lay yin lat mhat pay tal, kyanaw a thet 30 shi pyi",
    "ကျွန်မ အသက် ၂၅ နှစ်ပါ။ ဆိုင်မှာ အလုပ်လုပ်တယ်။",
]

# tune21 families: night school or an adult class is no child's school; a kin word and age, then
# the work after a clause break of the same sentence, with a range ending on the half hour; "at
# night" as a summons into a car or house; the wage spelled "lal khar", "la khar"
POSITIVES += [
    (
        "မောင်လေး အသက် ၁၄ နှစ်ပဲ ရှိသေးတယ်၊ စနေနေ့တွေမှာ ဆိုင်ထဲမှာ ညနေ ၅ နာရီကနေ ည ၈ နာရီခွဲထိ ပန်းကန်ဆေးပေးရတယ်။",
        True,
        ("night_or_school_hours",),
    ),
    (
        "သမီး အသက် ၁၅ နှစ်၊ ကျောင်းပိတ်ရက်တွေမှာ car wash မှာ ကားဆေးတဲ့ အလုပ်လုပ်နေတယ်။",
        True,
        (),
    ),
    ("boss ka 2 la lal khar ma pay thay bu", False, ("withholding_of_wages",)),
    ("la khar ma ya thay bu, 3 la shi pyi", False, ("withholding_of_wages",)),
    ("owner ka passport thein htar, pyan ma pay", False, ("retention_of_identity_documents",)),
]
NEGATIVES += [
    "အသက် ၃၂ နှစ်ရှိပြီ။ စက်ရုံမှာ အလုပ်လုပ်တယ်။ ညကျောင်း တက်ချင်တယ်။",
    "ကျွန်တော် အသက် ၂၅ နှစ်၊ အင်္ဂလိပ်စာကျောင်း တက်ချင်လို့ပါ။",
]

# tune22 families: a grade with a space ("၁၀ တန်း"); the place that packs is no one at work; "school"
# not attended, in English inside Burmese; fired through HR or the manager, and "if you don't pay
# ... fired"; not allowed ashore or off the boat; drinking water not put out, one toilet for many,
# ten or more in one trailer; he knows leaving him costs home and job
POSITIVES += [
    ("တူလေး ၉ တန်း တက်နေတယ်။ ညနေတိုင်း စက်ရုံမှာ ဘောက်စ်တွေ သယ်ခိုင်းတယ်။", True, ()),
    (
        "nga a thet 15, high school ma tat tot bu, sai mhar a lote lote nay tal",
        True,
        ("night_or_school_hours",),
    ),
    (
        "ညီမလေး အသက် ၁၅ နှစ်၊ school မတက်တော့ဘူး၊ စားသောက်ဆိုင်မှာ ပန်းကန်ဆေးနေတယ်။",
        True,
        ("night_or_school_hours",),
    ),
    ("ပိုက်ဆံ မပေးရင် manager ကို ပြောပြီး အလုပ်ဖြုတ်ခိုင်းမယ်လို့ ပြောတယ်။", False, ("intimidation_threats",)),
    ("ကြွေး မဆပ်ရင် ရဲခေါ်မယ်တဲ့။", False, ("intimidation_threats",)),
    ("သင်္ဘောပေါ်က ဆင်းခွင့် မရှိဘူး၊ လ နှစ်လ ရှိပြီ။", False, ("restriction_of_movement",)),
    ("ဆိပ်ကမ်းရောက်လည်း ကမ်းပေါ် တက်ခွင့် မပေးဘူး။", False, ("restriction_of_movement",)),
    ("လယ်ထဲမှာ နေပူကြီးထဲ လုပ်ရတယ်၊ သောက်ရေ မထားပေးဘူး။", False, ("abusive_working_living_conditions",)),
    ("အလုပ်သမား ၁၅ ယောက် container တစ်လုံးတည်းမှာ နေရတယ်။", False, ("abusive_working_living_conditions",)),
    ("ကျွန်တော်တို့ ၁၂ ယောက်ကို အိမ်သာ တစ်လုံးပဲ ရှိတယ်။", False, ("abusive_working_living_conditions",)),
    ("ပွဲစားဆီက ထွက်ရင် နေစရာ မရှိမှန်း သူ ကောင်းကောင်း သိတယ်။", False, ("abuse_of_vulnerability",)),
]
NEGATIVES += [
    "သား အသက် ၁၅ နှစ်၊ ကျောင်းပဲ တက်တယ်၊ အလုပ်မလုပ်ဘူး။ ကျွန်တော်ကတော့ ငါးထုပ်ပိုးတဲ့ နေရာမှာ နေ့ဆိုင်း လုပ်တယ်။",
]
