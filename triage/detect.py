"""Offline language identification for triage.

First the script decides (Arabic, Ethiopic, Myanmar, Devanagari, Han, Cyrillic, Latin).
For Latin-script text the `detect_words` of the data files are counted first (one pass
over the words, `word_scores`); when they are decisive (a clear winner) lingua is not
called at all. Otherwise lingua-language-detector chooses among the Latin languages it
supports (English, Spanish, Portuguese, French, Somali, Vietnamese), built lazily in
low-accuracy mode with only those languages loaded, and its confidence values (computed
once) also name the other plausible languages. Languages lingua lacks (Haitian Creole,
romanised Nepali, Arabizi, romanised Amharic and Burmese) are recognised by their detect
words, which also serve as a fallback when lingua is unavailable.

The detected language labels the result and leads the lexicons; the engine also runs
English and every other plausible lexicon (see `triage.engine`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Set as AbstractSet
from functools import cache
from typing import Any

# First and last code point of each script block we care about -> language code.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0x1200, 0x139F, "Ethiopic"),
    (0x2D80, 0x2DDF, "Ethiopic"),
    (0xAB00, 0xAB2F, "Ethiopic"),
    (0x1000, 0x109F, "Myanmar"),
    (0xAA60, 0xAA7F, "Myanmar"),
    (0xA9E0, 0xA9FF, "Myanmar"),
    (0x0900, 0x097F, "Devanagari"),
    (0x4E00, 0x9FFF, "Han"),
    (0x3400, 0x4DBF, "Han"),
    (0xF900, 0xFAFF, "Han"),
    (0x3000, 0x303F, "Han"),
    (0x0400, 0x04FF, "Cyrillic"),
    (0x0500, 0x052F, "Cyrillic"),
)
SCRIPT_DEFAULT_LANGUAGE: dict[str, str] = {
    "Arabic": "ar",
    "Ethiopic": "am",
    "Myanmar": "my",
    "Devanagari": "ne",
    "Han": "zh",
    "Cyrillic": "uk",
}
# ISO 639-1 code -> lingua Language name, for the Latin-script languages lingua knows.
_LINGUA_LATIN: dict[str, str] = {
    "en": "ENGLISH",
    "es": "SPANISH",
    "pt": "PORTUGUESE",
    "fr": "FRENCH",
    "so": "SOMALI",
    "vi": "VIETNAMESE",
}


def _script_of(ch: str) -> str | None:
    o = ord(ch)
    if o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
        return "Latin" if ch.isalpha() else None
    for lo, hi, name in _SCRIPT_RANGES:
        if lo <= o <= hi:
            return name
    return None


_SCRIPT_OF: dict[str, str | None] = {}  # memo of `_script_of` (characters seen so far)
_MEMO_LIMIT = 65_536  # bounded: a text cannot make the memo grow without limit
_ASCII_LETTER = re.compile("[A-Za-z]")
_LATIN_ONLY = frozenset(("Latin",))
_NO_SCRIPT: frozenset[str] = frozenset()


def _script(ch: str) -> str | None:
    try:
        return _SCRIPT_OF[ch]
    except KeyError:
        s = _script_of(ch)
        if len(_SCRIPT_OF) < _MEMO_LIMIT:
            _SCRIPT_OF[ch] = s
        return s


def dominant_script(text: str, limit: int = 2000) -> str:
    """The script with the most letters among the first `limit` characters ("Latin" if none)."""
    head = text[:limit]
    if head.isascii():
        return "Latin"  # ASCII letters are Latin; no letters at all also gives "Latin"
    counts: dict[str, int] = {}
    # Counter keeps characters in order of first appearance, so scripts are too (ties).
    for ch, n in Counter(head).items():
        s = _script(ch)
        if s is not None:
            counts[s] = counts.get(s, 0) + n
    if not counts:
        return "Latin"
    # Non-Latin scripts win ties and small majorities: Latin words are often mixed in.
    return max(counts, key=lambda k: counts[k] * (1 if k == "Latin" else 2))


def _class_of(codes: list[int]) -> str:
    """A regex character class of the code points `codes` (sorted), as ranges."""
    parts: list[str] = []
    start = prev = codes[0]
    for c in [*codes[1:], -2]:
        if c != prev + 1:
            parts.append(f"\\U{start:08x}" + (f"-\\U{prev:08x}" if prev > start else ""))
            start = c
        prev = c
    return "[" + "".join(parts) + "]"


@cache
def _script_finders() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per script, a regex finding any character `_script_of` assigns to it."""
    latin = [c for c in range(0x0250) if chr(c).isalpha()]
    latin += [c for c in range(0x1E00, 0x1F00) if chr(c).isalpha()]
    by_name: dict[str, list[int]] = {"Latin": latin}
    for lo, hi, name in _SCRIPT_RANGES:
        by_name.setdefault(name, []).extend(range(lo, hi + 1))
    return tuple((name, re.compile(_class_of(sorted(set(cs))))) for name, cs in by_name.items())


def scripts_present(text: str, limit: int = 4000) -> frozenset[str]:
    """Every script with at least one letter in the text."""
    head = text[:limit]
    if head.isascii():
        return _LATIN_ONLY if _ASCII_LETTER.search(head) else _NO_SCRIPT
    return frozenset(name for name, finder in _script_finders() if finder.search(head))


@cache
def _lingua_detector() -> Any:
    """Build the lingua detector once (lazy: only when a text needs it)."""
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover - lingua is a declared dependency
        return None
    languages = [getattr(Language, name) for name in _LINGUA_LATIN.values()]
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


@cache
def _lingua_to_code() -> dict[str, str]:
    return {name: code for code, name in _LINGUA_LATIN.items()}


_TOKEN = re.compile(r"[^\W_]+")
_PLAUSIBLE_WORDS = 2  # detect-word hits that make a language plausible
_PLAUSIBLE_SHORT = 6  # ... or one hit in a text of at most this many words
_LINGUA_PLAUSIBLE = 0.2  # lingua confidence that makes a language plausible


def tokens(folded: str, limit: int = 2000) -> list[str]:
    """The words of a folded text (apostrophes dropped: "j'ai" -> "jai")."""
    head = folded[:limit]
    if "'" in head:
        head = head.replace("'", "")
    return _TOKEN.findall(head)


def word_scores(
    words: list[str],
    index: dict[str, tuple[str, ...]],
    starts: tuple[AbstractSet[str], AbstractSet[str]] | None = None,
) -> dict[str, int]:
    """Detect-word hits per language: `index` maps a detect word (or a sequence of up to
    three words joined by single spaces) to the languages listing it; `starts`, when
    given, holds the first words and first two words of the sequences in it
    (`sequence_starts`): other sequences are not looked up."""
    scores: dict[str, int] = {}
    get = index.get
    n = len(words)
    firsts, pairs = starts if starts is not None else (None, None)
    for i, w in enumerate(words):
        keys = [w]
        if i + 1 < n and (firsts is None or w in firsts):
            two = f"{w} {words[i + 1]}"
            keys.append(two)
            if i + 2 < n and (pairs is None or two in pairs):
                keys.append(f"{two} {words[i + 2]}")
        for key in keys:
            codes = get(key)
            if codes:
                for code in codes:
                    scores[code] = scores.get(code, 0) + 1
    return scores


def sequence_starts(index: dict[str, tuple[str, ...]]) -> tuple[frozenset[str], frozenset[str]]:
    """The first words, and the first two words, of the multi-word keys of a
    `word_scores` index."""
    firsts = frozenset(key.split(" ", 1)[0] for key in index if " " in key)
    pairs = frozenset(" ".join(key.split(" ")[:2]) for key in index if key.count(" ") >= 2)
    return firsts, pairs


def plausible_by_words(scores: dict[str, int], n_words: int) -> set[str]:
    """Languages whose detect words clear the plausibility threshold."""
    need = 1 if n_words <= _PLAUSIBLE_SHORT else _PLAUSIBLE_WORDS
    return {code for code, hits in scores.items() if hits >= need}


def detect_latin(text: str, word_scores: dict[str, int]) -> tuple[str, set[str]]:
    """Pick a Latin-script language from the data files' detect words and, when those are
    not decisive, lingua; also return the languages lingua finds plausible (if it ran)."""
    ranked = sorted(word_scores.items(), key=lambda kv: kv[1], reverse=True)
    best_word_lang, best_words = ranked[0] if ranked else ("", 0)
    second = ranked[1][1] if len(ranked) > 1 else 0
    # Languages lingua lacks win on their own distinctive words.
    if best_word_lang not in _LINGUA_LATIN and best_words >= 2 and best_words > second:
        return best_word_lang, set()
    # Decisive detect words: lingua would agree; skip it (it costs ~100 us a text).
    if best_word_lang in _LINGUA_LATIN and best_words >= 3 and best_words >= 2 * second:
        return best_word_lang, set()
    detector = _lingua_detector()
    if detector is not None:
        values = detector.compute_language_confidence_values(text)
        if values:
            codes = _lingua_to_code()
            plausible = {
                codes[v.language.name]
                for v in values
                if v.value >= _LINGUA_PLAUSIBLE and v.language.name in codes
            }
            top = codes.get(values[0].language.name)
            if top is not None and values[0].value > 0:
                return top, plausible
    if best_words > 0:
        return best_word_lang, set()
    return "en", set()


def normalise_hint(language: str | None) -> str | None:
    """`es-MX` -> `es`; empty or `und` -> None."""
    if not language:
        return None
    primary = language.strip().replace("_", "-").split("-", 1)[0].lower()
    if not primary or primary == "und" or not primary.isascii() or not primary.isalpha():
        return None
    return primary


def is_letter(ch: str) -> bool:
    """True for letters of any script (used to skip empty texts)."""
    return unicodedata.category(ch).startswith("L")


def has_letter(text: str) -> bool:
    """True when `text` holds a letter of any script (`is_letter`, which `str.isalpha` is)."""
    if text.isascii():
        return _ASCII_LETTER.search(text) is not None
    return any(ch.isalpha() for ch in set(text))
