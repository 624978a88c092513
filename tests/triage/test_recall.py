"""Recall cases per language (`recall_<lang>.py`: invented sentences for grades, relatives'
ages, number words and the forced-labour codes), checked with one pair of assertions.

A positive is `(text, minor, codes)` or `(text, minor, codes, absent)`: `codes` must be
found, `absent` must not (a lawful daytime job must not get `night_or_school_hours`).
"""

from __future__ import annotations

import importlib

import pytest

from triage import assess

_LANGS = ("am", "ar", "en", "es", "fr", "ht", "my", "ne", "pt", "so", "uk", "vi", "zh")
_CASES = {lang: importlib.import_module(f"tests.triage.recall_{lang}") for lang in _LANGS}

POSITIVES = [
    pytest.param(
        lang, case[0], case[1], case[2], case[3] if len(case) > 3 else (), id=f"{lang}-{n}"
    )
    for lang, module in _CASES.items()
    for n, case in enumerate(module.POSITIVES)
]
NEGATIVES = [
    pytest.param(lang, text, id=f"{lang}-{n}")
    for lang, module in _CASES.items()
    for n, text in enumerate(module.NEGATIVES)
]


@pytest.mark.parametrize(("lang", "text", "minor", "codes", "absent"), POSITIVES)
def test_recall_positive(
    lang: str, text: str, minor: bool, codes: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    result = assess(text, lang)
    assert result.minor is minor
    assert set(codes) <= set(result.indicators)
    assert not set(absent) & set(result.indicators)


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_recall_negative(lang: str, text: str) -> None:
    result = assess(text, lang)
    assert not result.minor
    assert result.indicators == ()
