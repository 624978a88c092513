"""The engine's fast paths give exactly what the plain ones give.

- every list of every lexicon: the prefiltered matching (`_Text.spans`: only the patterns
  whose literal strings occur, tried only where they can start) finds exactly the matches
  of the list's full alternation (`finditer`), on the dev corpus and on generated texts;
- the `{N}` macro grouped by first character matches exactly where the plain one does;
- folding: the ASCII and one-to-one fast paths equal the character-by-character fold;
- script detection: the memoised, set-based functions equal a plain per-character count.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage import detect, engine
from triage.lexicon import (
    MARK_CHARS,
    SENTENCE_END,
    WORD,
    all_lexicons,
    is_word_char,
    plain_number_macro,
)
from triage.normalize import _after_fold, _fold_slow, fold

DEV = Path(__file__).resolve().parents[1] / "data" / "triage" / "dev.jsonl"


def _dev_texts() -> list[str]:
    with DEV.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def _check_all_lists(text: str) -> None:
    t = fold(text).text
    ft = engine._Text(t)
    for lex in all_lexicons():
        live = ft.live(lex)
        for role, alts in engine._roles(lex).items():
            rx = alts.full
            expected = [m.span() for m in rx.finditer(t)]
            assert ft.spans(lex, role) == expected, (lex.code, role, text)
            assert bool(expected) <= (role in live), (lex.code, role, text)
            head = t[:40]
            assert ft.spans(lex, role, head) == [m.span() for m in rx.finditer(head)]


def test_prefilter_matches_full_alternation_on_dev_corpus() -> None:
    texts = _dev_texts()
    for text in texts:
        _check_all_lists(text)
    # Code-switching and long texts: two messages of different languages together.
    for a, b in zip(texts[::3], texts[::-3], strict=True):
        _check_all_lists(a + " " + b)


_WORDS = st.sampled_from(
    [
        "tengo",
        "quince",
        "15",
        "16yo",
        "años",
        "i'm",
        "im",
        "not",
        "no",
        "passport",
        "pasaporte",
        "11pm",
        "kill floor",
        "they",
        "took",
        "my",
        "at",
        "work",
        "night",
        "$12",
        "#4",
        "١٥",
        "፲፭",
        "十五岁",
        "护照",
        "паспорт",
        "'s",
        ",",
        ".",
        "\n",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=30).map(" ".join))
def test_prefilter_matches_full_alternation_generated(text: str) -> None:
    _check_all_lists(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_fold_fast_paths(text: str) -> None:
    assert _same_fold(text)


def _same_fold(text: str) -> bool:
    # The reference: the character-by-character fold, then the same whole-text steps.
    a, b = fold(text), _fold_slow(text)
    return (
        a.text == _after_fold(b.text)
        and list(a.starts) == list(b.starts)
        and list(a.ends) == list(b.ends)
        and a.original_length == b.original_length
    )


@pytest.mark.parametrize(
    "text", ["", "abc", "ÀB`c", "straße", "ﬁ", "፲፭ x", "مَرْحَبًا", "İ", "HЀ", "Ѐﬁh", "二零一零年ﬁ"]
)
def test_fold_examples(text: str) -> None:
    assert _same_fold(text)


def _plain_scripts(text: str) -> tuple[frozenset[str], str]:
    counts: dict[str, int] = {}
    for ch in text:
        s = detect._script_of(ch)
        if s is not None:
            counts[s] = counts.get(s, 0) + 1
    dominant = (
        max(counts, key=lambda k: counts[k] * (1 if k == "Latin" else 2)) if counts else "Latin"
    )
    return frozenset(counts), dominant


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.text(max_size=5), st.sampled_from(["hola", "مرحبا", "ሰላም", "你好", "привіт"]))
    ).map("".join)
)
def test_script_detection(text: str) -> None:
    present, dominant = _plain_scripts(text)
    assert detect.scripts_present(text) == present
    assert detect.dominant_script(text) == dominant
    assert detect.has_letter(text) == any(detect.is_letter(c) for c in text)


def test_word_character_is_alnum_or_underscore_or_mark() -> None:
    # `_Text.starts` skips positions right after a word character with this test; the
    # word-edge anchors use `lexicon.WORD` (\w plus the combining marks of our scripts).
    word = re.compile(WORD)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert (word.match(ch) is not None) == is_word_char(ch), hex(code)
        if ch not in MARK_CHARS:
            assert is_word_char(ch) == (ch.isalnum() or ch == "_"), hex(code)


def _plain_sentence(t: str, start: int, end: int) -> str:
    lo = start
    while lo > 0 and not SENTENCE_END.match(t, lo - 1):
        lo -= 1
    hi = end
    while hi < len(t) and not SENTENCE_END.match(t, hi):
        hi += 1
    return t[lo:hi]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .!?\n;。।", max_size=20), st.data())
def test_sentence_bounds(t: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(t)))
    end = data.draw(st.integers(start, len(t)))
    assert engine._sentence(t, start, end) == _plain_sentence(t, start, end)


def test_detect_word_scores_skip_only_sequences_that_cannot_start() -> None:
    index = engine._detect_index()
    starts = detect.sequence_starts(index)
    assert any(" " in key for key in index)  # the shortcut is exercised
    for text in _dev_texts():
        words = detect.tokens(fold(text).text)
        assert detect.word_scores(words, index, starts) == detect.word_scores(words, index)


_NUMBER_NEIGHBOURS = ["0", "1", "5", "15", "150", "1500", ".", ",", "$", "a", "3", " ", "\n", "x"]


def _number_words_as_text() -> list[str]:
    """Number words as text: the fragments' literal forms, where they are plain."""
    pieces = []
    for lex in all_lexicons():
        for word in lex.numbers.words:
            plain = word.replace("\\s+", " ").replace("\\s*", "")
            if re.fullmatch(r"[^\\()\[\]?*+|{}.^$]+", plain):
                pieces.append(plain)
    return pieces


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(  # digits and their neighbours as often as number words
            st.sampled_from(_NUMBER_NEIGHBOURS), st.sampled_from(_number_words_as_text())
        ),
        max_size=12,
    )
)
def test_number_macro_grouped_by_first_character_equals_plain(pieces: list[str]) -> None:
    text = fold("".join(pieces)).text
    for lex in all_lexicons():
        grouped = re.compile(lex.numbers.macro)
        plain = re.compile(plain_number_macro(list(lex.numbers.words)))
        assert grouped.pattern != plain.pattern  # the grouping is in use
        found = [m.span() for m in grouped.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)], (lex.code, text)
