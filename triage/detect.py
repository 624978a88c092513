"""Offline language identification for triage.

First the script decides (Arabic, Ethiopic, Myanmar, Devanagari, Han, Cyrillic, Latin).
For Latin-script text, lingua-language-detector chooses among the Latin languages it
supports (English, Spanish, Portuguese, French, Somali, Vietnamese), built lazily in
low-accuracy mode with only those languages loaded; languages lingua lacks (Haitian
Creole) are recognised by the `detect_words` of their data file, which also serve as a
fallback when lingua is unavailable.

The detected language only labels the result and orders the lexicons: matching always
runs every lexicon of the text's script plus English (see `triage.engine`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
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


def scripts_present(text: str, limit: int = 4000) -> frozenset[str]:
    """Every script with at least one letter in the text."""
    head = text[:limit]
    if head.isascii():
        return _LATIN_ONLY if _ASCII_LETTER.search(head) else _NO_SCRIPT
    found = set()
    for ch in set(head):
        s = _script(ch)
        if s is not None:
            found.add(s)
    return frozenset(found)


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


def detect_latin(text: str, word_scores: dict[str, int]) -> str:
    """Pick a Latin-script language from lingua and the data files' detect words."""
    best_word_lang = max(word_scores, key=lambda k: word_scores[k], default="")
    best_words = word_scores.get(best_word_lang, 0)
    # Languages lingua lacks win on their own distinctive words.
    if best_word_lang and best_word_lang not in _LINGUA_LATIN and best_words >= 2:
        return best_word_lang
    detector = _lingua_detector()
    if detector is not None:
        lang = detector.detect_language_of(text)
        if lang is not None:
            code = _lingua_to_code().get(lang.name)
            if code is not None:
                return code
    if best_words > 0:
        return best_word_lang
    return "en"


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
