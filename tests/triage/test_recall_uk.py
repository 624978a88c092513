"""Ukrainian recall: grades, ages of relatives, number words, forced labour."""

from __future__ import annotations

import pytest

from triage import assess

LANG = "uk"

POSITIVES = [
    (
        "я в 9 класі і працюю вночі на курячій фабриці",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    (
        "я ще вчуся в школі, після уроків мию обладнання на м'ясокомбінаті",
        True,
        ("hazardous_work",),
    ),
    ("я неповнолітній, а мене поставили на навантажувач", True, ("hazardous_work",)),
    ("там діти по 13 років працюють на лінії на м'ясокомбінаті", True, ("hazardous_work",)),
    ("моєму двоюрідному брату шістнацять років, працює на бійні", True, ("hazardous_work",)),
    ("сестра пакує м'ясо на заводі, їй лише 15", True, ("hazardous_work",)),
    (
        "вони найняли неповнолітніх у нічну зміну на бійні прибирати",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("мій братик працює на обвалці, йому чотирнадцять", True, ("hazardous_work",)),
    ("бригадир забрав наші телефони, не можемо подзвонити рідним", False, ("isolation",)),
    (
        "жодного зв'язку з ким-небудь ззовні, заборонено розмовляти з іншими працівниками",
        False,
        ("isolation",),
    ),
    (
        "керівник сказав, що викличе міграційну службу, якщо ми поскаржимось",
        False,
        ("intimidation_threats",),
    ),
    ("він сказав, що з моєю сім'єю щось станеться, якщо я піду", False, ("intimidation_threats",)),
    (
        "хто скаржиться, того звільняють, і роботи в цьому районі вже не знайде",
        False,
        ("intimidation_threats",),
    ),
    ("нам платять менше, бо в нас немає документів", False, ("abuse_of_vulnerability",)),
    ("він знає, що нам нікуди йти", False, ("abuse_of_vulnerability",)),
    (
        "не можемо вийти з гуртожитку, ворота на ніч замикають, і є охорона",
        False,
        ("restriction_of_movement",),
    ),
    ("виходимо тільки в супроводі бригадира", False, ("restriction_of_movement",)),
    ("зарплату платять лише в кінці сезону", False, ("withholding_of_wages",)),
    ("начальник щотижня забирає частину нашої зарплати", False, ("withholding_of_wages",)),
    ("нам не платять вже три місяці", False, ("withholding_of_wages",)),
]

NEGATIVES = [
    "маю 15 років досвіду як пекар",
    "моєму синові 16, він ходить до школи і не працює",
    "я почав тут працювати в 17 років, зараз мені 30",
    "я щовечора дзвоню рідним по телефону",
    "мій начальник добрий, ніколи нікому не погрожував",
    "зарплату платять щоп'ятниці вчасно",
    "я можу виходити з дому коли захочу",
    "донька в 9 класі, а я працюю в магазині",
    "мої документи і паспорт у мене, все добре",
    "завтра школа закрита через сніг",
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
