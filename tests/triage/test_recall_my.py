"""Burmese recall: grades, ages of relatives, number words, forced labour."""

from __future__ import annotations

import pytest

from triage import assess

LANG = "my"

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
]


@pytest.mark.parametrize(("text", "minor", "codes"), POSITIVES)
def test_recall_positive(text: str, minor: bool, codes: tuple[str, ...]) -> None:
    result = assess(text, LANG)
    assert result.minor is minor
    assert set(codes) <= set(result.indicators)


@pytest.mark.parametrize("text", NEGATIVES)
def test_recall_negative(text: str) -> None:
    result = assess(text, LANG)
    assert not result.minor
    assert result.indicators == ()
