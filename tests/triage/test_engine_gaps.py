"""Engine gaps the language authors reported: numbers, scripts, marks, negation after,
punctuation, folding, past child work of an adult writer."""

from __future__ import annotations

import re

import pytest

from triage import assess
from triage.lexicon import anchored
from triage.normalize import fold


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("我今年十五歲，在工廠上夜班", None, 15),  # number word glued to Han text; Traditional
        ("tengo diez y seis años y trabajo en la planta de pollo", "es", 16),  # longest first
        ("3omri 5amsta3sh sana w bashtghel bel masna3 bel leil", None, 15),  # Arabizi digit-word
        ("mero umer 15 barsa ho, ma factory ma raati kaam garchhu", None, 15),  # romanised ne
        ("a los 15 trabajo de noche en la planta", "es", 15),  # present tense
        ("im 15 and i work nights at the plant", None, 15),
        ("my 14-year-old brother works nights at the chicken plant", None, 14),
    ],
)
def test_minor_ages(text: str, lang: str | None, age: int) -> None:
    result = assess(text, lang)
    assert result.minor, text
    assert result.age == age, text


def test_romanised_languages_detected_without_hint() -> None:
    assert assess("3omri 15 sana w bashtghel bel masna3").language == "ar"
    assert assess("mero umer 15 barsa ho ra ma factory ma kaam garchhu").language == "ne"
    assert assess("ene ezih betam esera alehu, aleqaye behuala yikefelal yilal").language == "am"


@pytest.mark.parametrize(
    "text",
    [
        "I started at 16 on the kill floor, now I'm 30",
        "a los 17 me vine a estados unidos, ahora tengo 30 y trabajo en construccion",
        "empece a los 15 en el campo, ahora tengo 40",
    ],
)
def test_adult_now_past_child_work(text: str) -> None:
    result = assess(text)
    assert not result.minor
    assert "hazardous_work" not in result.indicators


def test_only_part_past_keeps_current_work() -> None:
    result = assess("I started at 16, now I'm 30. I clean the saws with chemicals every night")
    assert "hazardous_work" in result.indicators


def test_folding() -> None:
    assert fold("護照").text == "护照"
    assert fold("ዓመት").text == fold("አመት").text
    assert fold("ሠራ").text == fold("ሰራ").text
    assert fold("مسؤول").text == fold("مسئول").text
    assert fold("یک").text == "يك"
    assert len(fold("護照 ሠራ مسؤول").text) == len("護照 ሠራ مسؤول")  # offsets one to one
    # every space is " " and every decimal digit ASCII: the prefilter's \s and \d are ASCII
    spaces = "\u3000\u2002\u2028\x85\u1680\u205f"
    assert fold(f"a{spaces}b").text == "a" + " " * len(spaces) + "b"
    assert fold("١٥ ૧૫ ၁၅ ᠑᠕").text == "15 15 15 15"
    every = fold("".join(map(chr, range(0x80, 0x1FFFF)))).text
    assert all(ch.isascii() for ch in every if ch.isdecimal() or ch.isspace())


def test_combining_marks_are_word_characters() -> None:
    rx = re.compile(anchored("गर्छ", spaced=True))
    assert rx.search("म काम गर्छ") is not None
    assert rx.search("म काम गर्छु") is None  # the vowel sign continues the word


def test_clause_punctuation() -> None:
    # An Arabic comma ends the clause a negation reaches.
    result = assess("ما في مشكلة، الكفيل اخذ جوازي", "ar")
    assert "retention_of_identity_documents" in result.indicators


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("they took our phones and we can't call our families", None, "isolation"),
        ("boss says he will call ICE if we complain", None, "intimidation_threats"),
        ("he knows where my family lives", None, "intimidation_threats"),
        ("we haven't been paid in 2 months", None, "withholding_of_wages"),
        ("they hold our pay until the season ends", None, "withholding_of_wages"),
        ("we can't leave the housing, gates locked at night", None, "restriction_of_movement"),
        ("they pay us less because we have no papers", None, "abuse_of_vulnerability"),
        ("nos van a echar a la migra si nos quejamos", "es", "intimidation_threats"),
        ("llevamos 3 semanas sin pago", "es", "withholding_of_wages"),
        ("no nos dejan usar el celular", "es", "isolation"),
    ],
)
def test_weaker_codes(text: str, lang: str | None, code: str) -> None:
    assert code in assess(text, lang).indicators, text


@pytest.mark.parametrize(
    "text",
    [
        "my kids go to school and my wife works at the store",
        "we work maybe 12 more days this season",
        "the store is far from town but we have a car",
        "my daughter is 15 and goes to high school",
        "they did not take our phones",
    ],
)
def test_benign(text: str) -> None:
    result = assess(text)
    assert not result.minor
    assert not result.indicators


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("I was born on 03/11/2010 and I work nights at the chicken plant", "en", 15),
        ("Донька 03.11.2009 р.н., ріже ковбасу на слайсері", "uk", 16),
        ("i was born 12-01-2011, i clean the saws at the plant after school", "en", 14),
        # the day and month of a date are not ages ("5-3" once read as 3)
        ("my son was born on 5-3-2011 and he works nights at the poultry plant", "en", 14),
        ("nací el 3/4/2011 y trabajo de noche en la planta de pollo", "es", 14),
        # a two-digit year: the latest century that is not in the future
        ("i was born 5/3/11 and i work nights at the poultry plant", "en", 14),
    ],
)
def test_a_full_date_of_birth_gives_the_age(text: str, lang: str, age: int) -> None:
    result = assess(text, lang)
    assert result.minor, text
    assert result.age == age, text


@pytest.mark.parametrize(
    "text",
    [
        "i have worked here since 03/2010 on the kill floor",  # month and year: a start date
        "the invoice 12.34.2010 was paid",  # no day and month of a date
        "my shift on 5/3 went late",  # a day and month alone
    ],
)
def test_a_date_that_is_not_a_birth_date_gives_no_age(text: str) -> None:
    assert assess(text, "en").age is None, text


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("i was born 5/3/98, i work at the poultry plant", 27),  # 1998, not 2098
        ("my son is 14-15 and works nights at the poultry plant", 14),  # a range stays ages
    ],
)
def test_short_years_and_ranges(text: str, age: int) -> None:
    assert assess(text, "en").age == age, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # someone else's work, in another sentence, once made the young person a worker
        (
            "my daughter is 15 and she does not work. her dad works nights at the chicken plant",
            "en",
        ),
        (
            "my son is 16, he doesn't work. the one who works is me, nights at the poultry plant",
            "en",
        ),
        (
            "mi hijo tiene 16, esta en la prepa y no trabaja. el que trabaja es mi esposo, en la"
            " planta de pollo de noche",
            "es",
        ),
        (
            "Ma fille a 15 ans, elle ne travaille pas. C'est mon mari qui travaille à l'abattoir.",
            "fr",
        ),
    ],
)
def test_a_young_person_said_not_to_work_is_not_a_working_minor(text: str, lang: str) -> None:
    result = assess(text, lang)
    assert not result.minor, text
    assert result.age is not None, text  # the age is still reported


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the same sentence also says they work: still a working minor
        ("my son is 16, he doesn't go to school, he works nights at the chicken plant", "en"),
        # the negated work is in another sentence than the age
        ("mi hijo tiene 15 y trabaja de noche en la empacadora. yo no trabajo.", "es"),
    ],
)
def test_work_told_next_to_the_age_still_counts(text: str, lang: str) -> None:
    assert assess(text, lang).minor, text


def test_a_negation_closing_a_sentence_is_seen_in_a_long_text() -> None:
    # The window after "travaille" ends at the full stop; its last word ("pas") was once
    # dropped as if the window had cut it in two, whenever the text went on far enough.
    text = (
        "ma fille a 16 ans elle va au lycée et elle travaille pas. moi je fais le ménage dans"
        " des bureaux le soir et la paie a encore du retard ce mois-ci, je fais quoi ?"
    )
    assert not assess(text, "fr").minor


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # a birthday still to come ({N-1} in the data file) is read one lower
        ("i turn 16 next month and i bag groceries at the store on saturdays", 15),
        ("my brother turns 16 in march, he works at the chicken plant", 15),
        # one already passed is read as said
        ("my brother just turned 16, he works at the chicken plant", 16),
    ],
)
def test_a_coming_birthday_is_read_one_lower(text: str, age: int) -> None:
    result = assess(text, "en")
    assert result.minor, text
    assert result.age == age, text


def test_fifteen_until_a_coming_birthday_gets_the_evening_limit() -> None:
    # 15 until next month: work until 9 pm after school is past the federal 7 pm limit,
    # also when the range closes the sentence ("4 to 9.")
    text = "i turn 16 next month n i work the register after school like 4 to 9. is that ok"
    result = assess(text, "en")
    assert result.age == 15
    assert "night_or_school_hours" in result.indicators


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My son is 16 and in school. The boss took my passport and says I owe him $3000.", "en"),
        ("my daughter is 15 and goes to school. the supervisor yells at me and took my id", "en"),
        ("mi hijo tiene 16 y va a la escuela. el patron me quito el pasaporte", "es"),
        ("mi hija tiene 15 años y estudia. el patron me amenaza con la migra", "es"),
        ("meu filho tem 16 anos e estuda. o patrão pegou meu passaporte", "pt"),
        ("mon fils a 16 ans et il va à l'école. le patron a pris mon passeport", "fr"),
        ("pitit gason m gen 15 an, li al lekòl. patwon an pran paspò m", "ht"),
        ("con trai tôi 15 tuổi, còn đi học. chủ giữ hộ chiếu của tôi", "vi"),
        ("我儿子十五岁，还在上学。老板把我的护照扣了", "zh"),
        ("ابني عمره ١٥ سنة وهو في المدرسة. الكفيل أخذ جوازي", "ar"),
        ("Моєму синові 15, він ходить до школи. Бос забрав мій паспорт", "uk"),
        ("wiilkayga waa 15 jir, dugsi ayuu aadaa. madaxa ayaa baasaboorkayga qaatay", "so"),
        ("मेरो छोरा १५ वर्षको छ, स्कुल जान्छ। साहुले मेरो पासपोर्ट राखेको छ", "ne"),
        ("ልጄ 15 ዓመቱ ነው፣ ትምህርት ቤት ይሄዳል። አሰሪዬ ፓስፖርቴን ወሰደብኝ", "am"),
        ("သားက အသက် ၁၅ နှစ်၊ ကျောင်းတက်နေတယ်။ အလုပ်ရှင်က ကျွန်မရဲ့ ပတ်စပို့ကို သိမ်းထားတယ်", "my"),
    ],
)
def test_a_child_at_school_is_not_made_a_worker_by_the_writers_indicators(
    text: str, lang: str
) -> None:
    result = assess(text, lang)
    assert not result.minor, text
    assert result.indicators, text  # the writer's own indicators still stand


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my brother is 14 and goes to school but on weekends he is up on roofs with a crew", "en"),
        ("mi hija tiene 15 años, estudia y en las noches limpia la planta de pollo", "es"),
        ("My son is 15 and goes to school. After school he cleans the saws at the plant.", "en"),
    ],
)
def test_a_child_at_school_with_work_told_of_them_is_still_a_working_minor(
    text: str, lang: str
) -> None:
    assert assess(text, lang).minor, text


def test_the_age_reported_skips_a_child_said_not_to_work() -> None:
    result = assess("my son is 9, he doesn't work. my brother is 30 and the boss took his passport")
    assert not result.minor
    assert result.age == 30


def test_latin_lookalikes_inside_a_cyrillic_word_are_read_as_cyrillic() -> None:
    text = "Бос забрав мій пaспорт, каже пoверне потім"  # Latin "a" and "o"
    folded = fold(text)
    assert folded.text == "бос забрав мій паспорт, каже поверне потім"
    assert len(folded.text) == len(text)  # offsets do not move
    assert "retention_of_identity_documents" in assess(text, "uk").indicators
    # A Latin word, or a word with a letter that has no Cyrillic twin, stays as written.
    assert fold("він водить forklift і dron").text == "він водить forklift і dron"
    assert fold("пoldень").text == "пoldень"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I'm 38, I work the night shift 11pm to 7am at the warehouse", "en"),
        ("waxaan ahay 38 jir, shiftka habeenka ayaan ka shaqeeyaa 11pm ilaa 7:30am", "so"),
    ],
)
def test_an_adult_writers_clock_hours_are_not_a_past_age(text: str, lang: str) -> None:
    # "11pm" is an age trap (an hour); it must not read as "when I was 11" and drop the
    # adult's current night work as past child work.
    assert "night_or_school_hours" in assess(text, lang).indicators


def test_an_adult_writers_own_child_work_told_as_past_is_still_dropped() -> None:
    result = assess("I'm 30 now. I started at 16 on the kill floor", "en")
    assert not result.minor
    assert "hazardous_work" not in result.indicators


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my son is fifteen, sat and sun 11-5 at the yogurt shop. does he need a permit?", "en"),
        ("waxaan ahay 16 jir, Sabtida 9-1, $40 maalintii", "so"),
        ("ma fille a 15 ans, le samedi 9h-15h chez un fleuriste", "fr"),
        ("im 16, got hired at the pool for the summer", "en"),
    ],
)
def test_a_job_told_with_a_young_persons_age_makes_them_a_working_minor(
    text: str, lang: str
) -> None:
    # Shift hours, a wage or a hire in the sentence of the age show a job even when no
    # listed verb says who works (dash ranges and "$" are read in every language).
    assert assess(text, lang).minor, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my son is 15 and I work 6-2 at the plant", "en"),
        ("mi hijo tiene 15 años y yo trabajo de 6-2 en la planta", "es"),
        ("my daughter is 16 and in school 8-3, we pay $200 for the bus", "en"),
        ("I was 16 when I started. Now I'm 30 and I work 9-5, the boss pays $15", "en"),
        ("my son is 16 and wants a job 9-5 this summer", "en"),
    ],
)
def test_a_job_sign_that_is_the_writers_or_only_wished_for_makes_no_minor(
    text: str, lang: str
) -> None:
    assert not assess(text, lang).minor, text


@pytest.mark.parametrize(
    "text",
    [
        "I work for a family, I take care 3 children and cook. Madam keeps my passport",
        "I'm a live-in nanny for two kids, 4 and 7. The lady keeps my passport in her safe",
    ],
)
def test_the_children_a_carer_looks_after_are_not_workers(text: str) -> None:
    result = assess(text, "en")
    assert not result.minor, text
    assert "retention_of_identity_documents" in result.indicators


def test_a_young_person_told_working_in_a_carers_sentence_still_counts() -> None:
    text = "I look after my brother, he is 14 and works nights at the chicken plant"
    assert assess(text, "en").minor


def test_a_clock_time_in_words_is_not_an_age() -> None:
    result = assess("Work is 6 in the morning to 7 at night, seven days a week", "en")
    assert not result.minor
    assert result.age is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tengo 16. sabados 9-3, $11 la hora. es legal?", "es"),
        ("waxaan ahay 16 jir. Sabtida 9-1, $40", "so"),
    ],
)
def test_a_young_writers_job_sign_counts_in_a_sentence_without_a_subject(
    text: str, lang: str
) -> None:
    assert assess(text, lang).minor, text


def test_a_backwards_or_marked_dash_range_is_clock_hours_not_an_age() -> None:
    # "is 6-2" is a shift, not an age of 2 to 6; "they are 14-15" stays an age range.
    result = assess("my son is 15. work is 6-2 at the plant and the boss yells", "en")
    assert not result.minor
    assert result.age == 15
    assert assess("the two boys are 14-15 and work the kill floor", "en").age == 14


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my nephew is 15. sat and sun 11-5 at the yogurt shop, $10 an hour", "en"),
        ("ልጄ የ16 ዓመት ነው። ቅዳሜና እሁድ በአንድ ሱቅ ከ9am እስከ 5pm ይሰራል፣ በሰዓት $12", "am"),
    ],
)
def test_a_job_told_in_the_sentence_after_a_young_persons_age_counts(text: str, lang: str) -> None:
    assert assess(text, lang).minor, text


def test_no_job_is_carried_over_from_a_sentence_that_denies_work() -> None:
    text = "my son is 15 and he doesn't have a job. sat and sun 11-5 at the yogurt shop, $10"
    assert not assess(text, "en").minor


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("我儿子二零一零年出生，现在在餐馆洗碗", 15),
        ("我儿子二〇〇九年出生，现在在仓库上夜班", 16),
        # the short form of this century's years, in numerals and in digits
        ("我零九年出生，在工厂上夜班", 16),
        ("我弟弟是一零年出生的，在屠宰场打工", 15),
        ("我弟弟10年出生，在屠宰场打工", 15),
        ("我是09年的，现在在餐馆洗碗，每天晚上做到12点", 16),
        ("我表弟是零九年的，在鸡肉厂上夜班", 16),
    ],
)
def test_a_chinese_year_written_digit_by_digit_is_a_birth_year(text: str, age: int) -> None:
    # Read as number words, "二零一零" gave an age of 2.
    result = assess(text, "zh")
    assert result.minor
    assert result.age == age


def test_only_this_centurys_short_chinese_years_fold_to_digits() -> None:
    assert fold("零九年出生").text == "09年出生"
    assert fold("一零年的").text == "10年的"
    # neighbouring numerals are an estimate ("seven or eight years"), and a numeral
    # that goes on a longer number is not a year of its own
    for text in ("干了七八年了", "干了三四年", "一七年", "十一二年", "两零九年"):
        assert fold(text).text == text


def test_a_chinese_year_with_more_after_it_is_not_a_birth_year() -> None:
    result = assess("我是2019年的时候来的美国，我弟弟在餐馆洗碗", "zh")
    assert not result.minor
    assert result.age is None


@pytest.mark.parametrize(
    ("text", "lang", "minor"),
    [
        # a child cue of the writer gives way to the adult age the writer states
        ("እኔ ገና ልጅ ነኝ ይላሉ ግን 22 ዓመቴ ነው። ሬስቶራንት ውስጥ እሰራለሁ።", "am", False),
        ("እኔ ገና ልጅ ነኝ። ሬስቶራንት ውስጥ እሰራለሁ።", "am", True),
        # ... unless that age is the cue's own ("not 18 yet")
        ("ainda nao tenho 18, faço entrega de bike pra pizzaria ate meia noite", "pt", True),
    ],
)
def test_the_writers_stated_adult_age_outweighs_a_child_cue(
    text: str, lang: str, minor: bool
) -> None:
    assert assess(text, lang).minor is minor


@pytest.mark.parametrize(
    ("text", "lang", "minor"),
    [
        # the writer's own night shift, told in its own sentence, is not a teenager's work
        (
            "meu filho tem 15 anos e estuda de manhã. Eu trabalho no turno da noite numa "
            "fábrica. Vocês conhecem algum programa pra adolescentes depois da escola?",
            "pt",
            False,
        ),
        # an indicator in the child word's own sentence still counts, "next to me" or not
        (
            "Tôi là tổ trưởng ở nhà máy gà. Có một cậu bé trông như 14 tuổi đứng dây chuyền "
            "lóc xương kế tôi.",
            "vi",
            True,
        ),
    ],
)
def test_a_child_word_is_not_made_a_worker_by_the_writers_own_shift(
    text: str, lang: str, minor: bool
) -> None:
    assert assess(text, lang).minor is minor
