"""Chinese, Burmese, Amharic, Ukrainian and Nepali lexicons: number words, negation, traps."""

from __future__ import annotations

import pytest

from triage import assess


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        # Chinese: number words (Simplified and Traditional), digits, subject dropped
        ("我今年十五岁，在肉厂上夜班", "zh", 15),
        ("我才十六，每天在雞肉廠切肉", "zh", 16),
        ("今年17岁，在仓库开叉车", "zh", 17),
        ("我表弟十四歲，在餐館後面洗碗打工", "zh", 14),
        ("厂里有几个十五六岁的孩子在包装车间干活", "zh", 15),
        # Burmese: number words and Burmese digits
        ("ကျွန်တော် အသက် ဆယ့်ငါး နှစ်ပါ။ ကြက်သားစက်ရုံမှာ အလုပ်လုပ်နေတယ်", "my", 15),
        ("ကျွန်မ ၁၆ နှစ်ပါ။ ညဆိုင်း အလုပ်လုပ်ရတယ်", "my", 16),
        # Amharic: number words, Ethiopic numerals, romanised
        ("እኔ አስራ አምስት ዓመቴ ነው። በስጋ ፋብሪካ እሰራለሁ", "am", 15),
        ("ወንድሜ ፲፮ ዓመቱ ነው። መጋዘን ውስጥ ፎርክሊፍት ይሰራል", "am", 16),
        ("ene 16 ametie new, doro factory wist eseralehu", "am", 16),
        # Ukrainian: inflected number words, apostrophe variants, Russian spelling
        ("мені п’ятнадцять років, працюю на м'ясокомбінаті вночі", "uk", 15),
        ("Мені пятнадцять, працюю на складі", "uk", 15),
        ("мне шестнадцать лет, работаю на птицефабрике", "uk", 16),
        ("моя сестра, сімнадцять років, працює на фабриці", "uk", 17),
        # Nepali: Devanagari words and digits, romanised
        ("म पन्ध्र वर्षको हुँ, मासु कारखानामा काम गर्छु", "ne", 15),
        ("मेरो भाइ १६ वर्षको छ, फ्याक्ट्रीमा काम गर्छ", "ne", 16),
        ("mero umer 15 barsa, chicken factory ma kaam garchhu", "ne", 15),
        ("ma sorha barsa ko hun, raati shift ma kaam garchhu", "ne", 16),
    ],
)
def test_minor_ages(text: str, lang: str, age: int) -> None:
    result = assess(text, lang)
    assert result.minor, text
    assert result.age == age
    assert any(e.code == "minor" for e in result.evidence)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # years of experience
        ("我在这个肉厂做了十五年了，想问退休金", "zh"),
        ("我喺呢間廠做咗16年", "zh"),
        ("ကျွန်တော် ဒီစက်ရုံမှာ ဆယ့်ငါး နှစ် လုပ်ခဲ့ပြီ", "my"),
        ("በዚህ ፋብሪካ አስራ አምስት ዓመት ሰርቻለሁ", "am"),
        ("маю 15 років досвіду на м'ясокомбінаті", "uk"),
        ("ma yo factory ma 15 barsa dekhi kaam garchhu", "ne"),
        ("म यो कम्पनीमा पन्ध्र वर्षदेखि काम गर्छु", "ne"),
        # an age in the past
        ("我17岁来的美国，现在35了，在工厂上班", "zh"),
        ("мені було 17, коли я почала працювати, зараз 30", "uk"),
        ("በአስራ ሰባት ዓመቴ ስራ ጀመርኩ፣ አሁን 30 ዓመቴ ነው", "am"),
        ("ma 16 barsa ko hunda Malaysia ma kaam garthe, ahile 32 barsa", "ne"),
        # "I'm the youngest" is not an age
        ("我是厂里年纪最小的，老板对我很好", "zh"),
        ("я наймолодша на зміні, але мені 25", "uk"),
        # a child in school, the writer works
        ("我儿子16岁在上高中，我在肉厂上班", "zh"),
        ("мій син 16 років ходить до школи, я працюю на фабриці", "uk"),
        ("मेरो छोरा १६ वर्षको छ, स्कुल पढ्छ। म फ्याक्ट्रीमा काम गर्छु", "ne"),
        ("ልጄ 16 ዓመቱ ነው ትምህርት ቤት ይማራል። እኔ ፋብሪካ ውስጥ እሰራለሁ", "am"),
    ],
)
def test_age_traps(text: str, lang: str) -> None:
    assert not assess(text, lang).minor, text


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("他们没有拿走我的护照，护照在我自己手里", "zh", "retention_of_identity_documents"),
        ("主管從來沒打過我", "zh", "physical_sexual_violence"),
        ("ပတ်စ်ပို့ကို မသိမ်းထားဘူး", "my", "retention_of_identity_documents"),
        ("ኤጀንሲው ፓስፖርቴን አልወሰደም", "am", "retention_of_identity_documents"),
        ("агенція не забирала наші паспорти", "uk", "retention_of_identity_documents"),
        ("бригадир ніколи мене не бив", "uk", "physical_sexual_violence"),
        ("कम्पनीले मेरो पासपोर्ट राखेको छैन", "ne", "retention_of_identity_documents"),
        ("malik le passport khoseko chhaina", "ne", "retention_of_identity_documents"),
    ],
)
def test_negation(text: str, lang: str, code: str) -> None:
    assert code not in assess(text, lang).indicators, text


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("中介把我們的護照扣了，說做完合同才還", "zh", "retention_of_identity_documents"),
        ("老板三个月没发工资了", "zh", "withholding_of_wages"),
        ("工头说不干就叫移民局来抓我们", "zh", "intimidation_threats"),
        ("ကုမ္ပဏီက ပတ်စ်ပို့ကို သိမ်းထားတယ်", "my", "retention_of_identity_documents"),
        ("လစာ နှစ်လ မပေးသေးဘူး", "my", "withholding_of_wages"),
        ("ደላላው ፓስፖርቴን ወሰደ", "am", "retention_of_identity_documents"),
        ("ሶስት ወር ደሞዝ አልከፈሉኝም", "am", "withholding_of_wages"),
        ("агенція забрала паспорт і не віддає", "uk", "retention_of_identity_documents"),
        ("бригадир погрожує викликати імміграційну службу", "uk", "intimidation_threats"),
        ("malik le mero passport khosyo", "ne", "retention_of_identity_documents"),
        ("dui mahina dekhi talab diyena", "ne", "withholding_of_wages"),
        ("म्यानपावरको ऋण तिर्न बाँकी छ", "ne", "debt_bondage"),
    ],
)
def test_indicators(text: str, lang: str, code: str) -> None:
    assert code in assess(text, lang).indicators, text


def test_detection_by_script() -> None:
    assert assess("我今年十五岁，在肉厂上夜班").language == "zh"
    assert assess("мені п'ятнадцять років, працюю вночі").language == "uk"
    assert assess("म पन्ध्र वर्षको हुँ, मासु कारखानामा काम गर्छु").minor
