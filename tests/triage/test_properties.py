"""Property tests: the engine never raises, evidence spans are exact, results deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage import assess
from triage.model import INDICATOR_CODES, PRIORITIES

LANGS = st.one_of(
    st.none(), st.sampled_from(["en", "es", "pt", "fr", "es-MX", "zh", "und", "xx", ""])
)
PHRASES = st.sampled_from(
    [
        "tengo quince años",
        "im 15",
        "the boss keeps my passport",
        "no me quitaron los papeles",
        "kill floor 11pm-5am",
        "ًٌٍ",
        "፲፭",
        "١٥",
        "l'usine",
        "É",
        "İ",
        "ß",
        "\u0301",
        "\n",
        "  ",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=10_000),
    st.lists(st.one_of(PHRASES, st.text(max_size=20)), max_size=40).map(" ".join),
)


def _check(text: str, language: str | None) -> None:
    result = assess(text, language)
    assert result.priority in PRIORITIES
    assert all(code in INDICATOR_CODES for code in result.indicators)
    for ev in result.evidence:
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text
        assert ev.code == "minor" or ev.code in result.indicators
    assert assess(text, language) == result


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, LANGS)
def test_never_raises_and_spans_exact(text: str, language: str | None) -> None:
    _check(text, language)


def test_long_text() -> None:
    _check("im 15 and the boss keeps my passport. " * 260, None)
