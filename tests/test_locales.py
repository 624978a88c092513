"""The translation catalogs under locales/: present, complete, safe to send.

- every supported locale loads a real catalog (no silent fall-back to English);
- every translation keeps the source's placeholders, and formats without error;
- plural entries have as many forms as the catalog's Plural-Forms header says;
- every conversation prompt fits in 3 SMS segments in every locale (GSM-7 or UCS-2);
- no prompt names the topic (report, complaint, trafficking ...) in any language: whoever
  holds the phone may read it (docs/translations.md, hotline-safety.md section 2);
- the whole-message keywords never collide with menu answers or with each other.
"""

from __future__ import annotations

import gettext
import re
import string
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from intake.conversation import keywords, prompts
from intake.conversation.flow import number_choice
from intake.conversation.keywords import Keyword, fold, match_keyword
from intake.crypto import format_report_code
from intake.i18n import DEFAULT_LOCALE, LOCALES_DIR, SUPPORTED_LOCALES, translations

TRANSLATED = tuple(code for code in SUPPORTED_LOCALES if code != DEFAULT_LOCALE)

# What each catalog's Plural-Forms header must say (gettext / CLDR practice). Babel's fallback
# for languages it has no rule for is nplurals=2, which is wrong for Burmese.
EXPECTED_NPLURALS = {
    "es": 2,
    "pt": 2,
    "fr": 2,
    "ht": 2,
    "so": 2,
    "vi": 1,
    "ar": 6,
    "zh": 1,
    "am": 2,
    "uk": 3,
    "ne": 2,
    "my": 1,
}

# Form index for sample numbers, in the usual gettext order (CLDR categories zero, one, two,
# few, many, other for Arabic): tools such as Weblate label the msgstr[i] this way.
PLURAL_SAMPLES = {
    "ar": {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 102: 5, 103: 3, 111: 4},
    "uk": {1: 0, 21: 0, 2: 1, 4: 1, 22: 1, 5: 2, 11: 2, 12: 2, 0: 2},
    "pt": {0: 0, 1: 0, 2: 1},
    "fr": {0: 0, 1: 0, 2: 1},
    "am": {0: 0, 1: 0, 2: 1},
    "es": {0: 1, 1: 0, 2: 1},
}

# Values the service substitutes into prompts (intake/conversation/service.py).
SAMPLE_PARAMS = {"code": format_report_code("12345678901234567890"), "text": ""}

MAX_SEGMENTS = 3


def catalog_path(code: str) -> Path:
    return LOCALES_DIR / code / "LC_MESSAGES" / "messages.po"


@cache
def catalog(code: str) -> Catalog:
    with catalog_path(code).open("rb") as handle:
        return read_po(handle, locale=code)


def entries(code: str) -> list[Message]:
    return [message for message in catalog(code) if message.id]


def forms(message: Message) -> tuple[str, ...]:
    value = message.string
    return tuple(value) if isinstance(value, (tuple, list)) else (value,)


def ids(message: Message) -> tuple[str, ...]:
    value = message.id
    return tuple(value) if isinstance(value, (tuple, list)) else (value,)


# --- SMS segments -------------------------------------------------------------------------

# GSM 03.38 default alphabet (one septet each) and its extension table (escape + char: two).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
) - {"\x1b"}
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def sms_segments(text: str) -> int:
    """How many SMS segments a text takes: GSM-7 160 septets single / 153 per part (an escape
    pair never split across parts); otherwise UCS-2 70 single / 67 per part, in UTF-16 code
    units (a surrogate pair never split)."""
    if is_gsm7(text):
        units = [2 if ch in GSM7_EXTENSION else 1 for ch in text]
        single, part = 160, 153
    else:
        units = [len(ch.encode("utf-16-le")) // 2 for ch in text]
        single, part = 70, 67
    if sum(units) <= single:
        return 1
    segments, used = 1, 0
    for size in units:
        if used + size > part:
            segments, used = segments + 1, 0
        used += size
    return segments


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 1),
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("a" * 459, 3),
        ("a" * 460, 4),
        ("é" * 160, 1),  # é, è, à, ñ, ü ... are in the GSM-7 basic table
        ("€" * 80, 1),  # extension characters count twice
        ("€" * 81, 2),
        ("a" * 152 + "€" + "a" * 152, 3),  # the escape pair cannot straddle two parts
        ("á" * 70, 1),  # á, í, ó, ú, ç, ã, ê are not: UCS-2
        ("á" * 71, 2),
        ("á" * 201, 3),
        ("á" * 202, 4),
        ("a" * 200 + "’", 3),  # a curly apostrophe turns the whole text into UCS-2
        ("Ç", 1),
        ("ç" * 71, 2),  # lower-case c cedilla is not in the basic table
        ("\U0001f600" * 35, 1),  # astral characters take two UTF-16 units
        ("\U0001f600" * 36, 2),
    ],
)
def test_sms_segment_counter(text: str, expected: int) -> None:
    assert sms_segments(text) == expected


def test_gsm7_tables() -> None:
    assert len(GSM7_BASIC) == 127  # 128 code points minus the escape
    assert len(GSM7_EXTENSION) == 10
    assert not GSM7_BASIC & GSM7_EXTENSION


# --- catalogs load and are complete -------------------------------------------------------


def test_every_supported_locale_has_exactly_one_catalog() -> None:
    present = {path.parent.parent.name for path in LOCALES_DIR.glob("*/LC_MESSAGES/messages.po")}
    assert present == set(TRANSLATED)
    assert set(EXPECTED_NPLURALS) == set(TRANSLATED)


@pytest.mark.parametrize("code", TRANSLATED)
def test_locale_loads_a_real_catalog(code: str) -> None:
    loaded = translations(code)
    assert isinstance(loaded, gettext.GNUTranslations)
    assert type(loaded) is not gettext.NullTranslations
    for message_id in (prompts.SAFE_TO_TEXT, prompts.ABOUT, prompts.HELP):
        translated = loaded.gettext(message_id)
        assert translated
        assert translated != message_id


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalog_header_and_completeness(code: str) -> None:
    cat = catalog(code)
    assert str(cat.locale) == code
    assert not cat.fuzzy
    template_path = LOCALES_DIR / "messages.pot"
    with template_path.open("rb") as handle:
        template_ids = {m.id for m in read_po(handle) if m.id}
    assert {m.id for m in entries(code)} == template_ids
    for message in entries(code):
        assert not message.fuzzy, message.id
        assert all(form.strip() for form in forms(message)), message.id


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_prompt_is_translated(code: str) -> None:
    loaded = translations(code)
    for message_id in prompts.ALL_PROMPTS:
        # "Done." and the like may legitimately coincide in some language; none do today.
        assert loaded.gettext(message_id) != message_id, (code, message_id)


# --- placeholders --------------------------------------------------------------------------

_PRINTF = re.compile(r"%(?:\((\w+)\))?[#0\- +]*\d*(?:\.\d+)?([diouxXeEfFgGcrsa%])")


def brace_fields(text: str) -> list[str]:
    return sorted(name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name)


def printf_fields(text: str) -> list[str]:
    return sorted(f"{name or ''}:{kind}" for name, kind in _PRINTF.findall(text) if kind != "%")


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_are_kept(code: str) -> None:
    for message in entries(code):
        sources = ids(message)
        python_format = "python-format" in message.flags
        for form in forms(message):
            for source in sources:
                # Parsing fails on a stray "{" or "}", which str.format would raise on.
                assert brace_fields(form) == brace_fields(source), (code, source, form)
            if python_format:
                wanted = [printf_fields(source) for source in sources]
                assert printf_fields(form) in wanted, (code, message.id, form)
                names = {name: 1 for name, _kind in _PRINTF.findall(form) if name}
                assert form % names  # must not raise
            else:
                # Jinja's new-style gettext applies `%` to every string: no bare percent signs.
                assert "%" not in form, (code, message.id, form)


@pytest.mark.parametrize("code", TRANSLATED)
def test_prompts_format_with_real_values(code: str) -> None:
    loaded = translations(code)
    for message_id in prompts.ALL_PROMPTS:
        rendered = loaded.gettext(message_id).format(**SAMPLE_PARAMS)
        if "{code}" in message_id:
            assert SAMPLE_PARAMS["code"] in rendered


# --- plural forms --------------------------------------------------------------------------


@pytest.mark.parametrize("code", TRANSLATED)
def test_plural_forms_match_header(code: str) -> None:
    cat = catalog(code)
    assert cat.num_plurals == EXPECTED_NPLURALS[code]
    choose = gettext.c2py(cat.plural_expr)
    assert {choose(n) for n in range(1000)} == set(range(cat.num_plurals))
    for n, index in PLURAL_SAMPLES.get(code, {}).items():
        assert choose(n) == index, (code, n)
    for message in entries(code):
        if message.pluralizable:
            assert len(forms(message)) == cat.num_plurals, (code, message.id)
            assert all(form.strip() for form in forms(message)), (code, message.id)
    loaded = translations(code)
    for message in entries(code):
        if message.pluralizable:
            singular, plural = ids(message)[:2]
            for n in range(12):
                assert loaded.ngettext(singular, plural, n) in forms(message)


# --- SMS length of the conversation prompts --------------------------------------------------


@pytest.mark.parametrize("code", SUPPORTED_LOCALES)
def test_prompts_fit_in_three_sms_segments(code: str) -> None:
    loaded = translations(code)
    too_long = {}
    for message_id in prompts.ALL_PROMPTS:
        rendered = loaded.gettext(message_id).format(**SAMPLE_PARAMS)
        segments = sms_segments(rendered)
        if segments > MAX_SEGMENTS:
            too_long[message_id[:40]] = (segments, len(rendered), is_gsm7(rendered))
    assert not too_long, f"{code}: prompts over {MAX_SEGMENTS} SMS segments: {too_long}"


def test_language_menu_fits_in_three_sms_segments() -> None:
    assert sms_segments(prompts.language_menu()) <= MAX_SEGMENTS


# --- the prompts never name the topic ------------------------------------------------------

# Stems, matched case-insensitively at the start of a word (anywhere for scripts without
# spaces). Only words a bystander would read as the topic: "police", "immigration" and
# "child protection" are allowed, the prompts need them.
FORBIDDEN_TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "report",
        "complain",
        "denounc",
        "traffick",
        "child labo",
        "forced labo",
        "exploit",
        "abuse",
        "employer",
        "lawsuit",
        "whistleblow",
    ),
    "es": (
        "report",
        "denunci",
        "queja",
        "quejar",
        "reclam",
        "trata de personas",
        "tráfico",
        "trafico",
        "trabajo infantil",
        "trabajo forzoso",
        "explotación",
        "explotacion",
        "abuso",
        "empleador",
        "patrón",
        "patron",
        "demanda",
    ),
    "pt": (
        "denúncia",
        "denuncia",
        "denunciar",
        "queixa",
        "reclama",
        "relatório",
        "tráfico",
        "trabalho infantil",
        "trabalho escravo",
        "trabalho forçado",
        "exploração",
        "abuso",
        "empregador",
        "patrão",
    ),
    "fr": (
        "plainte",
        "signalement",
        "signaler",
        "dénonc",
        "rapport",
        "réclamation",
        "traite des",
        "trafic",
        "travail des enfants",
        "travail forcé",
        "exploitation",
        "abus",
        "employeur",
        "patron",
    ),
    "ht": (
        "plent",
        "rapò",
        "denonse",
        "trafik",
        "travay timoun",
        "travay fòse",
        "eksplwat",
        "abi ",
        "patwon",
        "anplwayè",
    ),
    "so": (
        "cabasho",
        "warbixin",
        "ka ganacsiga dadka",
        "tahriib",
        "shaqada carruurta",
        "shaqo qasab",
        "dhiig-miir",
        "xadgudub",
        "jirdil",
        "loo-shaqeeye",
        "loo shaqeeye",
    ),
    "vi": (
        "báo cáo",
        "tố cáo",
        "khiếu nại",
        "buôn người",
        "lao động trẻ em",
        "lao động cưỡng bức",
        "bóc lột",
        "lạm dụng",
        "chủ lao động",
        "chủ sử dụng",
    ),
    "ar": (
        "بلاغ",
        "شكوى",
        "شكاوى",
        "تقرير",
        "الاتجار",
        "اتجار",
        "تهريب",
        "عمالة الأطفال",
        "عمل الأطفال",
        "العمل القسري",
        "استغلال",
        "إساءة",
        "صاحب العمل",
    ),
    "zh": (
        "举报",
        "投诉",
        "报告",
        "检举",
        "控告",
        "贩卖",
        "拐卖",
        "人口贩运",
        "童工",
        "强迫劳动",
        "剥削",
        "虐待",
        "雇主",
        "老板",
    ),
    "am": (
        "ሪፖርት",
        "አቤቱታ",
        "ቅሬታ",
        "ክስ ",
        "ሕገወጥ የሰዎች ዝውውር",
        "የሰዎች ዝውውር",
        "የሕፃናት ጉልበት",
        "የልጆች ጉልበት",
        "ብዝበዛ",
        "አሠሪ",
        "አሰሪ",
    ),
    "uk": (
        "скарг",
        "звіт",
        "донос",
        "донес",
        "заяв",
        "торгівл",
        "дитяча праця",
        "дитячої праці",
        "примусова праця",
        "експлуатац",
        "насильств",
        "роботодав",
    ),
    "ne": (
        "उजुरी",
        "रिपोर्ट",
        "गुनासो",
        "बेचबिखन",
        "ओसारपसार",
        "बाल श्रम",
        "बालश्रम",
        "जबरजस्ती श्रम",
        "शोषण",
        "दुर्व्यवहार",
        "रोजगारदाता",
    ),
    "my": (
        "တိုင်ကြား",
        "တိုင်စာ",
        "အစီရင်ခံ",
        "လူကုန်ကူး",
        "ကလေးလုပ်သား",
        "အဓမ္မ",
        "ခေါင်းပုံဖြတ်",
        "အလွဲသုံး",
        "အလုပ်ရှင်",
    ),
}

# No word-start anchor: no spaces (zh, my), or prefixes written onto the word (ar ال/و/ب, am የ/ለ/በ).
_SUBSTRING = {"zh", "my", "ar", "am"}


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def forbidden_hits(code: str, text: str) -> list[str]:
    text = _normal(text)
    hits = []
    for word in FORBIDDEN_TOPIC_WORDS[code] + FORBIDDEN_TOPIC_WORDS["en"]:
        stem = _normal(word)
        pattern = re.escape(stem) if code in _SUBSTRING else r"(?<!\w)" + re.escape(stem)
        if re.search(pattern, text):
            hits.append(word)
    return hits


def test_every_locale_has_a_forbidden_word_list() -> None:
    assert set(FORBIDDEN_TOPIC_WORDS) == set(SUPPORTED_LOCALES)
    for code, words in FORBIDDEN_TOPIC_WORDS.items():
        assert len(words) >= 8, code


@pytest.mark.parametrize("code", SUPPORTED_LOCALES)
def test_prompts_do_not_name_the_topic(code: str) -> None:
    loaded = translations(code)
    for message_id in prompts.ALL_PROMPTS:
        text = loaded.gettext(message_id)
        assert not forbidden_hits(code, text), (code, text, forbidden_hits(code, text))


def test_forbidden_word_check_catches_the_obvious() -> None:
    assert forbidden_hits("es", "Gracias por su denuncia.") == ["denunci"]
    assert "report" in forbidden_hits("es", "Su REPORTE fue recibido")
    assert forbidden_hits("fr", "Votre plainte est notée")
    assert forbidden_hits("zh", "谢谢您的举报")
    assert forbidden_hits("ar", "شكرًا على البلاغ")
    assert not forbidden_hits("es", "Gracias, recibimos su mensaje.")


# --- prompts keep their menu digits and carrier keywords -----------------------------------

_ASCII_DIGITS = re.compile(r"[0-9]+")


@pytest.mark.parametrize("code", TRANSLATED)
def test_prompts_keep_menu_digits_in_order(code: str) -> None:
    """'Reply 1 for yes, 2 for not now': the same digits, in the same order (so 1 still
    means the first option), written as ASCII digits."""
    loaded = translations(code)
    for message_id in prompts.ALL_PROMPTS:
        translated = loaded.gettext(message_id)
        assert _ASCII_DIGITS.findall(translated) == _ASCII_DIGITS.findall(message_id), (
            code,
            translated,
        )


@pytest.mark.parametrize("code", TRANSLATED)
def test_prompts_keep_the_carrier_keywords(code: str) -> None:
    loaded = translations(code)
    for message_id, word, keyword in (
        (prompts.HELP, "STOP", Keyword.STOP),
        (prompts.STOPPED, "START", Keyword.START),
    ):
        translated = loaded.gettext(message_id)
        assert re.search(rf"(?<![A-Za-z]){word}(?![A-Za-z])", translated), (code, translated)
        assert match_keyword(word) is keyword


# --- keywords -------------------------------------------------------------------------------

ALL_KEYWORD_WORDS = [
    (keyword, word) for keyword, words in keywords._WORDS.items() for word in words
]


def test_keywords_do_not_collide_with_each_other() -> None:
    owners: dict[str, set[Keyword]] = {}
    for keyword, word in ALL_KEYWORD_WORDS:
        owners.setdefault(fold(word), set()).add(keyword)
    clashes = {folded: sorted(found) for folded, found in owners.items() if len(found) > 1}
    assert not clashes


@pytest.mark.parametrize(("keyword", "word"), ALL_KEYWORD_WORDS)
def test_keyword_is_not_a_menu_answer(keyword: Keyword, word: str) -> None:
    folded = fold(word)
    assert folded
    assert not any(ch.isdigit() for ch in folded)
    assert number_choice(word) is None
    assert match_keyword(word) is keyword
    assert match_keyword(word.upper()) is keyword
    assert match_keyword(f" {word}. ") is keyword


def test_menu_answers_are_not_keywords() -> None:
    answers = [str(n) for n in range(len(SUPPORTED_LOCALES) + 1)]
    answers += ["١", "٢", "၁", "၂", "१", "२", "１", "፩", "1.", "2)", "0"]
    for answer in answers:
        assert match_keyword(answer) is None, answer
        assert number_choice(answer) is not None, answer
