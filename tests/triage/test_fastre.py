"""`triage._fastre`: literal alternations grouped by first character match exactly as
`re.compile` does (spans, groups, order of the alternatives)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from triage._fastre import compile_grouped
from triage.lexicon import load
from triage.normalize import fold

_Found = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def _matches(rx: re.Pattern[str], text: str) -> _Found:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def _same(source: str, text: str) -> None:
    assert _matches(compile_grouped(source), text) == _matches(re.compile(source), text)


def test_the_first_alternative_that_matches_still_wins() -> None:
    # "ab" before "abc": the shorter one is taken, as in the plain alternation
    _same("(ab|xy|abc|a)(c?)", "abc xyz a")
    _same("(abc|xy|ab|a)(c?)", "abc xyz a")
    # an alternative that fails later gives way to the next one with the same first letter
    _same("(?:ab|ac|ad|b)d", "add abd bd")


def test_groups_lookarounds_and_empty_alternatives_are_kept() -> None:
    _same(
        "(?P<verb>take|took|taken|tore)s? (?P<what>passports?|papers)",
        "took passports, tore papers",
    )
    _same("(?<!not )(take|took|taken)", "not take, took")
    _same("x(|a|ab|abc)y", "xy xay xaby xabcy")
    _same("(?:خد|خدو|اخد|اخذ|ماخد)(?:ه|ها)?", "ماخدها اخده خدوه")


def test_the_compiled_pattern_differs_where_it_should() -> None:
    # the rewrite is not a no-op: a shared first character becomes one branch
    grouped = compile_grouped("(?:take|took|tore|xy)")
    assert grouped.pattern is None  # compiled from the rewritten tree
    assert grouped.fullmatch("took") and not grouped.fullmatch("to")


_ALTERNATIVE = st.text(alphabet="abc", min_size=0, max_size=4)


@settings(max_examples=400, deadline=None)
@given(
    alternatives=st.lists(_ALTERNATIVE, min_size=1, max_size=8),
    tail=st.sampled_from(["", "c", "c?", "(b|c)", "(?=a)", "a*"]),
    text=st.text(alphabet="abc ", max_size=30),
)
def test_grouped_alternations_match_like_re(alternatives: list[str], tail: str, text: str) -> None:
    _same("(" + "|".join(alternatives) + ")" + tail, text)


def test_every_data_file_pattern_finds_the_same_in_a_mixed_text() -> None:
    # One text holding words the lexicons look for, in several scripts.
    text = (
        "mi hijo tiene 15 años y trabaja de noche en la planta de pollo. they took my "
        "passport, i owe 3000. ابني عمره 15 سنة وبيشتغل بالليل، اخدوا جوازي. "
        "我弟弟十五岁，在肉厂上夜班，老板扣了护照。 "
        "मेरो भाइ १५ वर्षको छ, राति काम गर्छ। ልጄ 15 ዓመቱ ነው ማታ ይሰራል።"
    )
    folded = fold(text).text
    for code in ("es", "ar", "zh"):
        lex = load(code)
        for alts in (lex.age_other, lex.indicators["retention_of_identity_documents"]):
            assert alts is not None
            for i in range(len(alts)):
                _same(alts.sources[i], folded)
