"""Compile a data-file regex with its literal alternations grouped by first character.

Python's `re` tries the alternatives of a group one after the other at every position it
tries the group: a pattern opening with a list of 150 verb forms ("(خد|خدو|اخد|...)") costs
150 first-character checks at every position of a 500-character text, which made a single
search take 0.2-0.5 ms on long Arabic texts. Grouping the alternatives by their first
character ("(?:خ(?:د|دو|...)|ا(?:خد|...)|...)") leaves one check per distinct first
character.

The grouping keeps every match exactly: two alternatives opening with different
characters never match at the same position, so only the order of alternatives that share
a first character matters to the leftmost-first alternation, and that order is kept
(`tests/triage/test_fastre.py` compares every data-file pattern against `re.compile`).
Groups are rewritten on the parsed regex (`re._parser`), then compiled (`re._compiler`),
so the private modules' shape is what this depends on; the test catches a change.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from triage._prefilter import subpatterns

_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_LITERAL = _parser.LITERAL
_BRANCH = _parser.BRANCH

# Fewer alternatives than this are left as they are: too few to save anything.
_MIN_ALTERNATIVES = 3


def compile_grouped(source: str) -> re.Pattern[str]:
    """`re.compile(source)`, with literal alternations grouped by first character (the
    compiled pattern's `.pattern` is None: callers keep the source themselves)."""
    tree = _parser.parse(source)
    _group_branches(tree)
    compiled: re.Pattern[str] = _compiler.compile(tree, 0)
    return compiled


def _group_branches(sub: Any) -> None:
    """Rewrite, in place and innermost first, every alternation of `sub` whose
    alternatives all open with a literal character."""
    data = sub.data
    for index, (op, av) in enumerate(data):
        for inner in subpatterns(op, av):
            _group_branches(inner)
        if op is _BRANCH:
            grouped = _grouped(av[1], sub.state)
            if grouped is not None:
                data[index] = (_BRANCH, (None, grouped))


def _grouped(alternatives: list[Any], state: Any) -> list[Any] | None:
    """The alternatives grouped under their first character, in the order of first
    appearance (each group's members in their own order), or None when they cannot be
    (an empty alternative, one opening with something else than a literal character) or
    need not be (no two share a first character)."""
    if len(alternatives) < _MIN_ALTERNATIVES:
        return None
    groups: dict[int, list[Any]] = {}
    for alternative in alternatives:
        if not alternative.data or alternative.data[0][0] is not _LITERAL:
            return None
        groups.setdefault(alternative.data[0][1], []).append(alternative)
    if len(groups) == len(alternatives):
        return None
    out = []
    for char, members in groups.items():
        if len(members) == 1:
            out.append(members[0])
            continue
        rests = [_parser.SubPattern(state, m.data[1:]) for m in members]
        inner = _grouped(rests, state) or rests
        out.append(_parser.SubPattern(state, [(_LITERAL, char), (_BRANCH, (None, inner))]))
    return out
