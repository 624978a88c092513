"""Per-language behaviour: the tables of lang_cases.py (numbers as words, age traps, negation,
lookalikes, indicators, detection, offsets) checked by one test each, named `<lang>-<n>`,
and the checks that span several languages at once (priority, hints, whole assessments)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from tests.triage import lang_cases
from triage import assess
from triage.engine import _select
from triage.normalize import fold


def _params(table: Mapping[str, Sequence[object]]) -> list[pytest.ParameterSet]:
    """One case per entry, named like the recall cases; a tuple entry spreads into arguments
    after the language, a bare sentence is the one argument."""
    return [
        pytest.param(lang, *(case if isinstance(case, tuple) else (case,)), id=f"{lang}-{n}")
        for lang, cases in table.items()
        for n, case in enumerate(cases)
    ]


@pytest.mark.parametrize(("lang", "text", "age"), _params(lang_cases.MINOR_AGES))
def test_minor_ages(lang: str, text: str, age: int) -> None:
    result = assess(text, lang)
    assert result.minor, text
    assert result.age == age
    assert any(e.code == "minor" for e in result.evidence)


@pytest.mark.parametrize(("lang", "text"), _params(lang_cases.AGE_TRAPS))
def test_age_traps(lang: str, text: str) -> None:
    assert not assess(text, lang).minor, text


@pytest.mark.parametrize(("lang", "text", "code"), _params(lang_cases.NOT_RAISED))
def test_not_raised(lang: str, text: str, code: str) -> None:
    assert code not in assess(text, lang).indicators, text


@pytest.mark.parametrize(("lang", "text", "code"), _params(lang_cases.RAISED))
def test_raised(lang: str, text: str, code: str) -> None:
    assert code in assess(text, lang).indicators, text


@pytest.mark.parametrize(("lang", "text"), _params(lang_cases.NO_FALSE_ALARMS))
def test_no_false_alarm(lang: str, text: str) -> None:
    result = assess(text, lang)
    assert not result.minor
    assert not result.indicators


@pytest.mark.parametrize(("lang", "text"), _params(lang_cases.DETECTED))
def test_detected_without_hint(lang: str, text: str) -> None:
    assert assess(text).language == lang


@pytest.mark.parametrize(("lang", "text", "flag"), _params(lang_cases.EVIDENCE_OFFSETS))
def test_evidence_offsets_point_into_original_text(lang: str, text: str, flag: str) -> None:
    result = assess(text, lang)
    # Without the flag there may be no evidence, and the loop below would prove nothing.
    assert result.minor if flag == "minor" else flag in result.indicators
    for ev in result.evidence:
        assert text[ev.start : ev.end] == ev.text


def test_minor_found_without_hint_by_script() -> None:
    assert assess("म पन्ध्र वर्षको हुँ, मासु कारखानामा काम गर्छु").minor


def test_other_script_digits() -> None:
    # Arabic-Indic digits are normalised: "im ١٥" reads as 15.
    result = assess("im ١٥ and i work nights at the chicken plant", "en")
    assert result.minor and result.age == 15


def test_language_hint_is_not_a_cage() -> None:
    result = assess("my boss keeps my passport", "es")
    assert "retention_of_identity_documents" in result.indicators


def test_priorities() -> None:
    assert assess("im 15 and i clean the kill floor at night", "en").priority == "P1"
    assert assess("the supervisor slapped a guy on the line", "en").priority == "P1"
    assert assess("boss keeps my green card in his office", "en").priority == "P2"
    assert assess("they promised 18 an hour and we get 12", "en").priority == "P3"
    assert assess("can they dock me 15 min if im 2 min late", "en").priority == "P4"


def test_full_assessments() -> None:
    r = assess(
        "eu e meu primo de 17 trabalhamos no frigorifico. o gato ficou com nossos passaportes", "pt"
    )
    assert r.minor and r.age == 17
    assert "retention_of_identity_documents" in r.indicators
    r = assess("y a des ados de 14 15 ans qui conduisent les chariots élévateurs", "fr")
    assert r.minor and r.indicators == ("hazardous_work",)
    r = assess("pitit mwen gen 17 an, li ale lekòl epi li travay nan McDonald samdi", "ht")
    assert r.minor and r.indicators == ()


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        # Spanish articles and "que" once made Vietnamese ("là" folds to "la") and French
        # plausible, running their lexicons on most Spanish messages.
        (
            "la supervisora dice que la linea va rapido y que si nos quejamos nos corren, la"
            " semana pasada corrieron a la señora que limpia",
            "es",
            {"es", "en"},
        ),
        # Haitian "pa" once made romanised Burmese plausible.
        ("mwen pa konn sa pou m fè, bòs la pa peye nou depi de semèn", "ht", {"ht", "en"}),
        # Portuguese "para" is Spanish too; "tô" folds to English "to".
        ("fui para la planta para ver a mi hermano que trabaja para ellos", "es", {"es", "en"}),
    ],
)
def test_common_words_of_another_language_do_not_run_a_lexicon(
    text: str, hint: str, expected: set[str]
) -> None:
    folded = fold(text).text
    _lang, lexicons = _select(text, folded, hint)
    assert {lex.code for lex in lexicons} == expected
