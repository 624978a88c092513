"""Loading and compiling the per-language lexicons in `triage/data/<lang>.toml`.

The data format is described in `docs/adding-a-language.md`. Each file is read once, on
first use, and every pattern is parsed and checked then, so a call to `triage.assess`
does no I/O. What the engine runs on every text (the per-pattern scans, the lists
searched whole) is compiled at load; the whole alternation of a list and each pattern
with its leading lookbehinds are compiled the first time a call needs them
(`Alternatives`).

Pattern mini-language (on top of Python regular expressions, applied after folding):

- a space matches one or more whitespace characters (zero or more in unspaced scripts);
- ``{N}`` matches a number: ASCII digits (digits of other scripts are normalised first)
  or one of the language's number words from ``[numbers]``;
- ``{N-1}`` matches like ``{N}`` and, in an age pattern, is read one lower: a birthday
  still to come ("i turn {N-1} next month": 16 there is 15 now);
- ``{Y}`` matches a four-digit year (19xx/20xx), read as a birth year in age patterns,
  also as the end of a full date ("03/11/2010", "03.11.2010"), and two digits after a
  slash or dash date ("5/3/11") or before 年 ("09年");
- ``{wK}`` (e.g. ``{w3}``) skips up to K words inside the same sentence (in unspaced
  scripts: up to 3*K characters);
- in spaced scripts every pattern is anchored at word edges: it must not start or end in
  the middle of a word. End a stem with ``\\w*`` to accept any ending (``threat\\w*``).

For speed, every list also keeps its patterns as separate regexes (`Alternatives`). The
engine runs only the patterns that may match the text (`triage._prefilter`), with exactly
the results of the list's single alternation (see `triage.engine`). The data format is
unchanged.
"""

from __future__ import annotations

import importlib
import re
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from triage._literals import exact_strings
from triage._prefilter import subpatterns
from triage.model import INDICATOR_CODES
from triage.normalize import fold_pattern

_GAP = re.compile(r"\s*\{w(\d+)\}\s*")
# Sentence ends of every script we handle (Arabic ؟ ؛, Ethiopic ። ፧ ፤, Devanagari । ॥,
# Myanmar ။, CJK 。！？；).
SENTENCE_END = re.compile(r"[.!?;\n。！？；።፧፤؟؛।॥။]")
# Clause punctuation (commas of every script, colons, brackets, " - ").
CLAUSE_PUNCT = re.compile(r"[,:()\"\[\]|/،，、፣၊፥]|\s-\s")

# Combining marks of the scripts with vowel signs (Devanagari, Myanmar, Ethiopic, Arabic):
# Python's \w does not count them as word characters, but they are inside words
# ("गर्छु", "ကျွန်တော်"). Word-edge anchors and \w in patterns include them.
_MARK_BLOCKS = (
    (0x0610, 0x06FF),
    (0x0900, 0x097F),
    (0x1000, 0x109F),
    (0x135D, 0x135F),
    (0xA9E0, 0xA9FF),
    (0xAA60, 0xAA7F),
)


def _mark_ranges() -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for lo, hi in _MARK_BLOCKS:
        start = None
        for cp in range(lo, hi + 2):
            mark = cp <= hi and unicodedata.category(chr(cp)).startswith("M")
            if mark and start is None:
                start = cp
            elif not mark and start is not None:
                out.append((start, cp - 1))
                start = None
    return tuple(out)


_MARK_RANGES = _mark_ranges()
MARK_CHARS = frozenset(chr(c) for lo, hi in _MARK_RANGES for c in range(lo, hi + 1))
MARKS = "".join(
    f"\\u{lo:04x}-\\u{hi:04x}" if hi > lo else f"\\u{lo:04x}" for lo, hi in _MARK_RANGES
)
WORD = rf"[\w{MARKS}]"  # a word character: \w or a combining mark
NOT_WORD = rf"[^\w{MARKS}]"


def is_word_char(ch: str) -> bool:
    """True when `ch` matches `WORD` (the word-edge anchors of spaced lexicons)."""
    return ch.isalnum() or ch == "_" or ch in MARK_CHARS


def available_languages() -> tuple[str, ...]:
    """Codes of every language with a data file, sorted."""
    names = []
    for entry in resources.files("triage").joinpath("data").iterdir():
        if entry.name.endswith(".toml") and not entry.name.startswith("_"):
            names.append(entry.name[: -len(".toml")])
    return tuple(sorted(names))


@dataclass(frozen=True, slots=True)
class Numbers:
    """Number words of one language: a finder regex, a reader and the value of each group.

    Ages are read from the text `{N}` matched (`value_of`), so a number word glued to its
    context (unspaced scripts: "我今年十五岁"; prefixes: "የአስራ አምስት") reads correctly.
    """

    finder: re.Pattern[str]
    values: dict[str, int]
    macro: str
    reader: re.Pattern[str] | None = None
    # The number words as regex fragments, longest first (the words of `macro`).
    words: tuple[str, ...] = ()

    def values_in(self, text: str) -> list[int]:
        """Every number (digits or number word) found in `text`."""
        out: list[int] = []
        for m in self.finder.finditer(text):
            group = m.lastgroup
            if group == "digits":
                out.append(int(m.group()))
            elif group is not None:
                out.append(self.values[group])
        return out

    def value_of(self, text: str) -> int | None:
        """The value of the text one `{N}` matched: digits or one number word."""
        if text.isascii() and text.isdigit():
            return int(text)
        if self.reader is not None:
            m = self.reader.fullmatch(text)
            if m is not None and m.lastgroup is not None:
                return self.values[m.lastgroup]
        found = self.values_in(text)
        return found[0] if found else None


@dataclass(frozen=True, slots=True)
class Alternatives:
    """One list of patterns (an indicator's, an age role's...), whole and pattern by
    pattern: what the matching of `triage.engine` needs.

    `full` is the list's single alternation, anchored: the reference the engine's fast
    path must equal, run only when that path cannot (an empty match, a prefilter that
    could not scan). `sources[i]` is pattern i alone, anchored like the whole list;
    `regex(i)` compiles it. Both are compiled on first use: most are never needed, and
    compiled they would hold about 35 MB with every language loaded. `scans[i]` is
    pattern i without its leading word-edge check (spaced scripts; else the same regex)
    and, where `verify[i]`, without the lookbehinds it starts with, so that the regex
    engine can jump to its first literal; the engine checks the edge, or the whole
    pattern, itself. Finding with the patterns that may match the text (see
    `triage._prefilter`), taking at each position the first pattern that matches, gives
    exactly the list's matches.
    """

    source: str
    sources: tuple[str, ...]
    scans: tuple[re.Pattern[str], ...]
    # Per pattern: True when its scan also lacks leading lookbehinds of the data file
    # ("(?<=he )", "(?:(?<=em )|(?<=toi ))"): a scan hit is then checked with `regex(i)`.
    verify: tuple[bool, ...]
    _compiled: dict[int, re.Pattern[str]] = field(default_factory=dict)

    @property
    def full(self) -> re.Pattern[str]:
        """The whole list's alternation, compiled (once)."""
        return self._once(-1, self.source)

    def regex(self, i: int) -> re.Pattern[str]:
        """Pattern i alone, compiled (once)."""
        return self._once(i, self.sources[i])

    def _once(self, key: int, source: str) -> re.Pattern[str]:
        rx = self._compiled.get(key)
        if rx is None:
            rx = self._compiled[key] = re.compile(source)
        return rx

    def __len__(self) -> int:
        return len(self.sources)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's compiled lexicon (see `docs/adding-a-language.md`)."""

    code: str
    name: str
    script: str
    spaced: bool
    numbers: Numbers
    negation_cues: re.Pattern[str] | None
    negation_window: int
    negation_ignore: re.Pattern[str] | None
    clause_breaks: re.Pattern[str] | None
    past_cues: re.Pattern[str] | None
    age_self: Alternatives | None
    age_other: Alternatives | None
    age_apparent: Alternatives | None
    age_traps: Alternatives | None
    minor_self: Alternatives | None
    minor_other: Alternatives | None
    child_words: Alternatives | None
    work_self: Alternatives | None
    work_other: Alternatives | None
    hypothetical: re.Pattern[str] | None
    # Words that make a work sign the writer's own ("i work", "my shift"): such a sign
    # does not tell that a young person named in the same sentence works.
    first_person: re.Pattern[str] | None
    # Someone said to be at school or studying ("he is in school", "estudia"): an age in
    # such a sentence is not made a worker by the writer's own indicators elsewhere.
    student: Alternatives | None
    # Words that show a job without saying whose ("work permit", "got hired", "por
    # hora"): told with a young person's age (its sentence or the next), that person works.
    job_context: Alternatives | None
    # The writer's care work ("I take care of", "cuido", "je garde des enfants"): the
    # children or others' ages in such a sentence are looked after, not workers.
    care: Alternatives | None
    crisis: Alternatives | None
    young_night: Alternatives | None
    # Every script the file runs on: `script` plus `meta.scripts` (romanised forms: "Latin").
    scripts: frozenset[str] = frozenset()
    # Detect words as plain word sequences (cheap scoring, `triage.detect.word_scores`)
    # and those that are not plain words (a regex, run when needed).
    detect_literals: frozenset[str] = frozenset()
    detect_other: re.Pattern[str] | None = None
    # Negation cues after a phrase ("diyena", "đâu"), searched in `negation_after_window`
    # words (characters in unspaced scripts) after it, inside the clause.
    negation_after: re.Pattern[str] | None = None
    negation_after_window: int = 3
    indicators: dict[str, Alternatives] = field(default_factory=dict)
    unnegated: dict[str, Alternatives] = field(default_factory=dict)


def _spaces(word: str) -> str:
    """A number word as matched: a space is any whitespace, " ?" optional whitespace."""
    return word.replace(" ?", "\x00").replace(" ", r"\s+").replace("\x00", r"\s*")


def _number_words(table: dict[str, Any], *, spaced: bool = True) -> Numbers:
    groups: list[tuple[int, str]] = []
    values: dict[str, int] = {}
    alternatives: list[str] = []
    for key, words in table.items():
        value = int(key)
        name = f"n{value}"
        if isinstance(words, str):
            words = [words]
        folded = sorted((fold_pattern(w) for w in words), key=len, reverse=True)
        if not folded:
            continue
        body = "|".join(_spaces(w) for w in folded)
        groups.append((len(folded[0]), f"(?P<{name}>{body})"))
        values[name] = value
        alternatives.extend(folded)
    # The longest alternative first, whatever the file order ("diez y seis" before "diez").
    groups.sort(key=lambda g: g[0], reverse=True)
    alternatives.sort(key=len, reverse=True)
    digits = _DIGITS_RX
    macro = _by_first_character(alternatives) or plain_number_macro(alternatives)
    names = "|".join(g for _, g in groups)
    if not groups:
        finder_src = rf"(?P<digits>{digits})"
    elif spaced:
        finder_src = rf"(?P<digits>{digits})|(?<!{WORD})(?:{names})(?!{WORD})"
    else:  # unspaced scripts: no word edges ("我今年十五岁")
        finder_src = rf"(?P<digits>{digits})|(?:{names})"
    reader = re.compile(names) if groups else None
    return Numbers(re.compile(finder_src), values, macro, reader, tuple(alternatives))


# A digit run followed by letters and then a digit is an Arabizi word ("5amsta3sh"),
# not a number; "16yo", "11pm", "15岁" stay numbers. Neither is a part of a date written
# with slashes or dashes ("born 5-3-2011", "dob 5/3/11": not 5, 3 or 11), while both ends
# of a range stay numbers ("14-15 years old"). Dotted dates are decimals already.
_DIGITS_RX = (
    r"(?<![\d.,$€£])(?<!\d[/-]\d[/-])(?<!\d[/-]\d\d[/-])(?!(?<=\d[/-])\d{1,2}[/-]\d)"
    r"\d{1,3}(?!\d|[.,]\d|[^\W\d_]+\d|[/-]\d{1,2}[/-]\d)"
)


def plain_number_macro(alternatives: list[str]) -> str:
    """`{N}` as digits or one of the number-word `alternatives` (regex fragments, longest
    first), written plainly; `_by_first_character` writes the same, faster."""
    word_part = "|".join(f"(?:{a})" for a in alternatives)
    return f"(?:{_DIGITS_RX}|{word_part})" if word_part else f"(?:{_DIGITS_RX})"


# The digits of `{N}` (see `_number_words`) after their first digit `d`, which the
# lookbehind re-reads: `d` + this matches where the plain form does, on folded text
# (where every decimal digit is ASCII).
_DIGITS_AFTER = (
    r"(?<![\d.,$€£]{d})(?<!\d[/-]\d[/-]{d})(?<!\d[/-]\d\d[/-]{d})(?!(?<=\d[/-]{d})\d?[/-]\d)"
    r"\d{{0,2}}(?!\d|[.,]\d|[^\W\d_]+\d|[/-]\d{{1,2}}[/-]\d)"
)


def _leading_literal(fragment: str) -> tuple[str, str] | None:
    """(first character, rest) of a number-word fragment that begins with one literal
    character, written plainly or as a class of that character alone ("[አአ]", which
    folding leaves behind); else None."""
    if fragment.startswith("["):
        end = fragment.find("]", 1)
        chars = set(fragment[1:end]) if end > 1 else set()
        if len(chars) != 1 or not next(iter(chars)).isalnum():
            return None
        fragment = chars.pop() + fragment[end + 1 :]
    first = fragment[:1]
    if not first or not first.isalnum():
        return None
    items = _sre.parse(fragment)
    if not len(items) or items[0] != (_sre.LITERAL, ord(first)):
        return None  # "a?..." (an optional first letter), "\\u..."
    return first, fragment[1:]


def _by_first_character(alternatives: list[str]) -> str | None:
    """The `{N}` macro with its alternatives (digits first, then the number words in
    order) grouped under their first character: "(?:1(?:...)|m(?:uoi...|ot)|...)".

    Two alternatives with different first characters never match at the same place, so
    the grouping keeps the alternation's choices; and a branch whose every alternative
    opens with a literal lets the `re` engine skip, in C, every position whose character
    opens none (a pattern led by `{N}` is otherwise tried at every position of the text).
    None when some number word does not open with a plain character."""
    groups: dict[str, list[str]] = {d: [_DIGITS_AFTER.format(d=d)] for d in "0123456789"}
    for fragment in alternatives:
        split = _leading_literal(fragment)
        if split is None:
            return None
        groups.setdefault(split[0], []).append(split[1])
    body = "|".join(
        re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items()
    )
    return f"(?:{body})"


# `{Y}`: a year of four ASCII digits ("born in 2010"), read as a birth year. `{YE}` and
# `{YB}` are the same digits read as a year of the Ethiopian calendar ("2003 ዓ.ም.") and of
# Bikram Sambat ("२०६७ साल"); the engine converts them (`triage.engine._birth_year_age`).
YEAR = r"(?<![\d,$€£])(?:(?<!\.)|(?<=\d\.))(?:19|20)\d\d(?![\d.,]\d|\d)"
# A full date before the year ("born on 03/11/2010", "р.н. 03.11.2010", "5-3-2011"): day
# and month are skipped, the year is read. Only right before a year, so "since 03/2010"
# and amounts stay what they were.
DATE_BEFORE_YEAR = r"(?:(?<![\d.,/-])\d{1,2}[./-]\d{1,2}[./-](?=(?:19|20)\d\d|\d\d(?!\d)))?"
# `{Y}` also reads the two-digit year of a full date with slashes or dashes ("dob
# 5/3/11") and a two-digit year before 年 ("09年出生", "零九年" once folded); the engine
# puts it in the latest century that does not make it a future year.
SHORT_YEAR = (
    r"(?:(?:(?<=\d[/-]\d[/-])|(?<=\d[/-]\d\d[/-]))\d\d(?![\d.,]\d|\d)"
    r"|(?<![\d.,$])\d\d(?=年))"
)
# `{N}` and `{N-1}` as folded -> the prefix of their named groups in an age pattern.
# `{N-1}` is a number read one lower: a coming birthday ("i turn 16 next month" = 15).
NUMBER_MACROS = {"{n-1}": "_c", "{n}": "_n"}
# Macro as folded -> (the prefix of its named groups in an age pattern, what it matches).
YEAR_MACROS = {
    "{ye}": ("_ye", YEAR),
    "{yb}": ("_yb", YEAR),
    "{y}": ("_y", f"(?:{YEAR}|{SHORT_YEAR})"),
}


def expand(pattern: str, *, spaced: bool, numbers: Numbers, capture: bool = False) -> str:
    """Turn one data-file pattern into a Python regular expression (without anchors).

    With `capture`, every `{N}` is a named group (``_n0``, ``_n1``...; ``_c0``... for
    `{N-1}`) so the value of the number can be read from what it matched
    (`Numbers.value_of`)."""
    src = fold_pattern(pattern.strip())

    def gap(m: re.Match[str]) -> str:
        k = int(m.group(1))
        if spaced:
            # Commas, Arabic and Ethiopic ones included, may stand between the words.
            return rf"(?:[\s,،፣]+[^\s.!?;:,،؛።፣፤]+){{0,{k}}}[\s,،፣]+"
        return rf"[^.!?;。！？；\n،，、።፣၊။]{{0,{3 * k}}}"

    src = _GAP.sub(gap, src)
    # folding lowercased the macros; each becomes `before` + a group around `body`
    macros = [(m, group, DATE_BEFORE_YEAR, year) for m, (group, year) in YEAR_MACROS.items()]
    macros += [(m, group, "", numbers.macro) for m, group in NUMBER_MACROS.items()]
    for macro, group, before, body in macros:
        if capture:
            pieces = src.split(macro)
            src = pieces[0] + "".join(
                f"{before}(?P<{group}{k}>{body}){rest}" for k, rest in enumerate(pieces[1:])
            )
        else:
            src = src.replace(macro, before + body)
    out: list[str] = []
    i = 0
    in_class = False
    behind = 0  # paren depth inside a lookbehind (which must stay fixed-width)
    depth = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\" and i + 1 < len(src):
            esc = src[i : i + 2]
            if esc == "\\w":  # combining marks are word characters too
                esc = rf"\w{MARKS}" if in_class else WORD
            elif esc == "\\W" and not in_class:
                esc = NOT_WORD
            out.append(esc)
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "(":
            depth += 1
            if not behind and src.startswith(("(?<!", "(?<="), i):
                behind = depth
            out.append(ch)
        elif ch == ")":
            if behind == depth:
                behind = 0
            depth -= 1
            out.append(ch)
        elif ch == " " and not behind:
            while i + 1 < len(src) and src[i + 1] == " ":
                i += 1
            if src[i + 1 : i + 2] in ("?", "*"):
                i += 1  # " ?" and " *": optional whitespace
                out.append(r"\s*")
            else:
                out.append(r"\s+" if spaced else r"\s*")
        elif ch == "'" and spaced and not behind and src[i + 1 : i + 2] not in ("?", "*", "+", "{"):
            # An apostrophe is optional: "don't" also matches "dont", "l'usine" "lusine".
            out.append("'?")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


# The regex parser of the standard library (`re._parser`, formerly `sre_parse`): used at
# load time only, to check patterns and spell out detect words.
_sre: Any = importlib.import_module("re._parser")


def anchored(body: str, spaced: bool) -> str:
    """A pattern body anchored at word edges (spaced scripts) or as is."""
    return rf"(?<!{WORD})(?:{body})(?!{WORD})" if spaced else body


def _structure(src: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth before it) of every character of regex source `src` from
    `start` that is not escaped and not inside a character class: what a scan for groups
    and top-level alternatives needs."""
    depth = 0
    i = start
    in_class = False
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        else:
            yield i, ch, depth
            if ch == "[":
                in_class = True
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
        i += 1


def _group_end(src: str, start: int) -> int:
    """The index just after the group opening at `src[start]` ("("), or -1."""
    for i, ch, depth in _structure(src, start):
        if ch == ")" and depth == 1:
            return i + 1
    return -1


def _top_level_split(body: str) -> list[str]:
    """`body` split at its top-level "|"."""
    out: list[str] = []
    last = 0
    for i, ch, depth in _structure(body):
        if ch == "|" and depth == 0:
            out.append(body[last:i])
            last = i + 1
    out.append(body[last:])
    return out


def _only_lookbehinds(src: str) -> bool:
    """True when `src` is one or more lookbehind groups and nothing else."""
    i = 0
    while i < len(src):
        if not src.startswith(("(?<=", "(?<!"), i):
            return False
        end = _group_end(src, i)
        if end < 0:
            return False
        i = end
    return i > 0


def strip_leading_lookbehinds(src: str) -> str | None:
    """`src` without the lookbehinds it starts with (alone, or as a group of alternatives
    that are each only lookbehinds), or None when it starts with none. The rest matches
    wherever `src` does, so a search for it finds every place `src` may match."""
    out = src
    while True:
        if out.startswith(("(?<=", "(?<!")):
            end = _group_end(out, 0)
        elif out.startswith("(?:"):
            end = _group_end(out, 0)
            if end < 0 or not all(_only_lookbehinds(a) for a in _top_level_split(out[3 : end - 1])):
                break
        else:
            break
        if end < 0:
            break
        out = out[end:]
    if out == src or not out:
        return None
    return out


def edge_after(body: str, spaced: bool) -> str:
    """`anchored` without the check before the match (see `Alternatives.scans`)."""
    return rf"(?:{body})(?!{WORD})" if spaced else body


# "born ({w2} )?{Y}" in a spaced lexicon: the gap opens with a space, so it can only
# match after a second one (`_GAP`).
_OPTIONAL_GAP = re.compile(r"\(\s*\{w\d+\}\s*\)\?")


def _compile(
    patterns: list[str] | None,
    *,
    spaced: bool,
    numbers: Numbers,
    where: str,
    capture: bool = False,
) -> Alternatives | None:
    """A list of the data file, for the engine's matching (`Alternatives`)."""
    if not patterns:
        return None
    parts = []
    alone = []
    scans = []
    verify = []
    for p in patterns:
        if spaced and _OPTIONAL_GAP.search(p):
            raise ValueError(
                f"{where}: bad pattern {p!r}: an optional gap '({{wK}} )?' never skips a word"
                " (the space before it is already taken); write 'X {wK} Y': a gap may be empty"
            )
        src = expand(p, spaced=spaced, numbers=numbers)
        own = expand(p, spaced=spaced, numbers=numbers, capture=True) if capture else src
        rest = strip_leading_lookbehinds(own)
        one = anchored(f"(?:{own})", spaced)
        try:
            if "(?<" in own:  # the anchors' own lookbehinds are one character wide
                _check_lookbehinds(_sre.parse(one))  # data errors at load, not on first use
            scans.append(re.compile(edge_after(f"(?:{rest or own})", spaced)))
        except re.error as exc:  # pragma: no cover - data error, reported at load time
            raise ValueError(f"{where}: bad pattern {p!r}: {exc}") from exc
        alone.append(one)
        verify.append(rest is not None)
        parts.append(src)

    body = "|".join(f"(?:{p})" for p in parts)
    whole = anchored(body, spaced)
    if len(parts) > 1 and any(
        _MAY_REFER.search(p) and _refers_to_groups(_sre.parse(p)) for p in parts
    ):
        # Group numbers differ alone and in the alternation: always run the whole list.
        scan = re.compile(edge_after(body, spaced))
        return Alternatives(source=whole, sources=(whole,), scans=(scan,), verify=(False,))
    return Alternatives(
        source=whole, sources=tuple(alone), scans=tuple(scans), verify=tuple(verify)
    )


def _compile_whole(
    patterns: list[str] | None, *, spaced: bool, numbers: Numbers, where: str
) -> re.Pattern[str] | None:
    """A list the engine only searches whole (negation cues, clause breaks...)."""
    if not patterns:
        return None
    parts = [expand(p, spaced=spaced, numbers=numbers) for p in patterns]
    try:
        return re.compile(anchored("|".join(f"(?:{p})" for p in parts), spaced))
    except re.error as exc:  # pragma: no cover - data error, reported at load time
        raise ValueError(f"{where}: bad pattern list {patterns!r}: {exc}") from exc


def _check_lookbehinds(items: Any) -> None:
    """Raise `re.error` for a lookbehind of varying width: Python's parser leaves that
    check to the compiler, which may run only on first use (`Alternatives`)."""
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT) and av[0] < 0:
            lo, hi = av[1].getwidth()
            if lo != hi:
                raise re.error("look-behind requires fixed-width pattern")
        for sub in subpatterns(op, av):
            _check_lookbehinds(sub)


# What a back-reference or a conditional on a group can look like: only a pattern holding
# one of these is parsed to find out (parsing every expanded pattern again took a third of
# the loading time).
_MAY_REFER = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _refers_to_groups(items: Any) -> bool:
    """True when a parsed regex holds a back-reference or a conditional on a group."""
    for op, av in items:
        if op in (_sre.GROUPREF, _sre.GROUPREF_EXISTS):
            return True
        if any(_refers_to_groups(sub) for sub in subpatterns(op, av)):
            return True
    return False


_PLAIN_WORDS = re.compile(r"[^\W_]+(?: [^\W_]+)*")


def _detect_literals(words: list[str]) -> tuple[list[str], list[str]]:
    """Split detect words into plain word sequences (their every spelling, apostrophes
    dropped, when a small regex) and the rest (kept as patterns)."""
    literals: list[str] = []
    others: list[str] = []
    for w in words:
        folded = fold_pattern(w.strip()).replace("'", "")
        try:
            exact = exact_strings(_sre.parse(folded))
        except re.error:
            exact = None
        if exact and all(x and _PLAIN_WORDS.fullmatch(x) for x in exact):
            literals.extend(exact)
        else:
            others.append(w)
    return literals, others


def _list(table: dict[str, Any], key: str) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def parse(code: str, data: dict[str, Any]) -> Lexicon:
    """Compile a parsed data file into a `Lexicon`."""
    meta = data.get("meta", {})
    spaced = bool(meta.get("spaced", True))
    numbers = _number_words(data.get("numbers", {}), spaced=spaced)

    def comp(
        table: dict[str, Any], key: str, where: str, capture: bool = False
    ) -> Alternatives | None:
        return _compile(
            _list(table, key), spaced=spaced, numbers=numbers, where=where, capture=capture
        )

    def whole(table: dict[str, Any], key: str, where: str) -> re.Pattern[str] | None:
        return _compile_whole(_list(table, key), spaced=spaced, numbers=numbers, where=where)

    neg = data.get("negation", {})
    age = data.get("age", {})
    minor = data.get("minor", {})
    indicators: dict[str, Alternatives] = {}
    unnegated: dict[str, Alternatives] = {}
    young_night = None
    for ind_code, table in data.get("indicators", {}).items():
        if ind_code not in INDICATOR_CODES:
            raise ValueError(f"{code}: unknown indicator code {ind_code!r}")
        rx = comp(table, "patterns", f"{code}.{ind_code}")
        if rx is not None:
            indicators[ind_code] = rx
        rx = comp(table, "unnegated", f"{code}.{ind_code}.unnegated")
        if rx is not None:
            unnegated[ind_code] = rx
        if ind_code == "night_or_school_hours":
            young_night = comp(table, "young_patterns", f"{code}.{ind_code}.young")
    script = str(meta.get("script", "Latin"))
    literals, others = _detect_literals(_list(meta, "detect_words"))
    detect_other = _compile_whole(others, spaced=spaced, numbers=numbers, where=f"{code}.meta")
    return Lexicon(
        code=code,
        name=str(meta.get("name", code)),
        script=script,
        spaced=spaced,
        numbers=numbers,
        negation_cues=whole(neg, "cues", f"{code}.negation"),
        negation_window=int(neg.get("window", 3)),
        negation_ignore=whole(neg, "ignore", f"{code}.negation"),
        clause_breaks=whole(neg, "clause_breaks", f"{code}.negation"),
        past_cues=whole(data.get("past", {}), "cues", f"{code}.past"),
        age_self=comp(age, "self", f"{code}.age", capture=True),
        age_other=comp(age, "other", f"{code}.age", capture=True),
        age_apparent=comp(age, "apparent", f"{code}.age", capture=True),
        age_traps=comp(age, "traps", f"{code}.age"),
        minor_self=comp(minor, "self", f"{code}.minor"),
        minor_other=comp(minor, "other", f"{code}.minor"),
        child_words=comp(minor, "child_words", f"{code}.minor"),
        work_self=comp(minor, "work_self", f"{code}.minor"),
        work_other=comp(minor, "work_other", f"{code}.minor"),
        hypothetical=whole(minor, "hypothetical", f"{code}.minor"),
        first_person=whole(minor, "first_person", f"{code}.minor"),
        student=comp(minor, "student", f"{code}.minor"),
        job_context=comp(minor, "job_context", f"{code}.minor"),
        care=comp(minor, "care", f"{code}.minor"),
        crisis=comp(data.get("crisis", {}), "patterns", f"{code}.crisis"),
        young_night=young_night,
        scripts=frozenset([script, *(str(x) for x in _list(meta, "scripts"))]),
        detect_literals=frozenset(literals),
        detect_other=detect_other,
        negation_after=whole(neg, "after", f"{code}.negation.after"),
        negation_after_window=int(neg.get("after_window", neg.get("window", 3))),
        indicators=indicators,
        unnegated=unnegated,
    )


@cache
def _raw(code: str) -> dict[str, Any]:
    raw = resources.files("triage").joinpath("data", f"{code}.toml").read_text("utf-8")
    return tomllib.loads(raw)


@dataclass(frozen=True, slots=True)
class Meta:
    """What language selection needs of a data file, without compiling its lexicon."""

    code: str
    script: str
    scripts: frozenset[str]
    detect_literals: frozenset[str]
    detect_other: re.Pattern[str] | None


@cache
def meta(code: str) -> Meta:
    """The `[meta]` of `triage/data/<code>.toml` (cheap: reads the file, compiles little)."""
    data = _raw(code)
    table = data.get("meta", {})
    spaced = bool(table.get("spaced", True))
    script = str(table.get("script", "Latin"))
    literals, others = _detect_literals(_list(table, "detect_words"))
    other = None
    if others:
        numbers = _number_words({}, spaced=spaced)
        other = _compile_whole(others, spaced=spaced, numbers=numbers, where=f"{code}.meta")
    return Meta(
        code=code,
        script=script,
        scripts=frozenset([script, *_list(table, "scripts")]),
        detect_literals=frozenset(literals),
        detect_other=other,
    )


@cache
def load(code: str) -> Lexicon:
    """Load and compile `triage/data/<code>.toml` (cached: each file is compiled once, on
    first use, so a process only pays for the languages its messages need)."""
    return parse(code, _raw(code))


@cache
def all_lexicons() -> tuple[Lexicon, ...]:
    """Every available lexicon, compiled."""
    return tuple(load(c) for c in available_languages())
