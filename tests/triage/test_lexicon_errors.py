"""A data file with a broken pattern is refused when it is loaded, naming the list.

Most of a lexicon's regexes are compiled only on first use (`Alternatives.full`,
`Alternatives.regex`), so the loader parses every pattern itself; a linguist's typo must
not wait for the one message that happens to need the broken list.
"""

from __future__ import annotations

import pytest

from triage.lexicon import parse


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"indicators": {"deception": {"patterns": ["lied", "(unclosed"]}}}, "xx.deception"),
        ({"age": {"self": ["(?<=i am |im ){N}"]}}, "xx.age"),  # lookbehind of varying width
        ({"negation": {"cues": ["not", "[no"]}}, "xx.negation"),
        ({"minor": {"hypothetical": ["if (i"]}}, "xx.minor"),
    ],
)
def test_a_broken_pattern_is_refused_at_load_naming_its_list(
    data: dict[str, object], where: str
) -> None:
    with pytest.raises(ValueError, match=where):
        parse("xx", data)


def test_a_lexicon_compiles_its_whole_lists_only_when_asked() -> None:
    lex = parse("xx", {"indicators": {"deception": {"patterns": ["lied", "tricked"]}}})
    alts = lex.indicators["deception"]
    assert alts._compiled == {}
    assert [m.group() for m in alts.full.finditer("they lied and tricked us")] == [
        "lied",
        "tricked",
    ]
    assert alts.regex(1).match("tricked")


def test_an_optional_word_gap_is_refused_with_the_way_to_write_it() -> None:
    # "born ({w2} )?{Y}" never skips a word: the gap needs a space the literal took.
    with pytest.raises(ValueError, match=r"xx\.age.*write 'X \{wK\} Y'"):
        parse("xx", {"age": {"self": ["born ({w2} )?{Y}"]}})
    lex = parse("xx", {"age": {"self": ["born {w2} {Y}"]}})
    assert lex.age_self is not None
    assert lex.age_self.full.search("born in march 2010")
    # unspaced scripts have no such gap problem
    parse("xx", {"meta": {"spaced": False}, "age": {"self": ["出生({w2})?{Y}"]}})
