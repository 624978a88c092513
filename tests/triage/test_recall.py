"""Recall cases per language (`recall_<lang>.py`: invented sentences for grades, relatives'
ages, number words and the forced-labour codes), checked with one pair of assertions."""

from __future__ import annotations

import importlib

import pytest

from triage import assess

_LANGS = ("am", "ar", "en", "es", "fr", "ht", "my", "ne", "pt", "so", "uk", "vi", "zh")
_CASES = {lang: importlib.import_module(f"tests.triage.recall_{lang}") for lang in _LANGS}

POSITIVES = [
    pytest.param(lang, text, minor, codes, id=f"{lang}-{n}")
    for lang, module in _CASES.items()
    for n, (text, minor, codes) in enumerate(module.POSITIVES)
]
NEGATIVES = [
    pytest.param(lang, text, id=f"{lang}-{n}")
    for lang, module in _CASES.items()
    for n, text in enumerate(module.NEGATIVES)
]


@pytest.mark.parametrize(("lang", "text", "minor", "codes"), POSITIVES)
def test_recall_positive(lang: str, text: str, minor: bool, codes: tuple[str, ...]) -> None:
    result = assess(text, lang)
    assert result.minor is minor
    assert set(codes) <= set(result.indicators)


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_recall_negative(lang: str, text: str) -> None:
    result = assess(text, lang)
    assert not result.minor
    assert result.indicators == ()
