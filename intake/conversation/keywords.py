"""Whole-message keywords, in every supported language, matched independently of gettext.

A keyword is the entire message (case, accents, spacing and trailing punctuation ignored):
"STOP" stops, "please stop" or "they won't stop yelling" does not. The localised words
still need a native speaker's review (docs/translations.md).
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Keyword(StrEnum):
    STOP = "stop"
    START = "start"
    HELP = "help"
    QUICK_EXIT = "quick_exit"


# Twilio's and the carriers' English words come first in each set.
_WORDS: dict[Keyword, frozenset[str]] = {
    Keyword.STOP: frozenset(
        {
            "stop",
            "stopall",
            "unsubscribe",
            "cancel",
            "end",
            "quit",
            "revoke",
            "optout",
            "alto",
            "parar",
            "basta",
            "cancelar",  # es, pt
            "arret",
            "arreter",  # fr
            "sispann",
            "kanpe",  # ht
            "jooji",
            "joogso",  # so
            "dung",
            "ngung",  # vi (dừng, ngừng)
            "توقف",
            "قف",
            "الغاء",  # ar
            "停止",
            "退订",
            "退訂",  # zh
            "አቁም",  # am
            "стоп",
            "зупинити",  # uk
            "रोक",
            "रोक्नुहोस्",
            "roka",  # ne
            "ရပ်",  # my
        }
    ),
    Keyword.START: frozenset(
        {
            "start",
            "unstop",
            "empezar",
            "iniciar",
            "comecar",
            "demarrer",
            "komanse",
            "bilow",
            "batdau",
            "ابدأ",
            "开始",
            "開始",
            "ጀምር",
            "почати",
            "सुरु",
            "suru",
            "စတင်",
        }
    ),
    Keyword.HELP: frozenset(
        {
            "help",
            "info",
            "ayuda",
            "ajuda",
            "aide",
            "ed",
            "caawi",
            "caawimaad",
            "giup",
            "مساعدة",
            "帮助",
            "幫助",
            "እርዳታ",
            "допомога",
            "मद्दत",
            "maddat",
            "အကူအညီ",
        }
    ),
    Keyword.QUICK_EXIT: frozenset(
        {
            "delete",
            "borrar",
            "apagar",
            "effacer",
            "efase",
            "tirtir",
            "xoa",
            "احذف",
            "امسح",
            "删除",
            "刪除",
            "ሰርዝ",
            "видалити",
            "मेटाउनुहोस्",
            "metau",
            "ဖျက်",
        }
    ),
}

_STRIP = re.compile(r"[\s\.\!\?¡¿,;:'\"“”«»。！？،؛]+")


def fold(text: str) -> str:
    """Lowercase, accents and Arabic diacritics removed, whitespace and punctuation dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(
        ch
        for ch in decomposed
        # Marks are dropped for Latin, Greek, Cyrillic and Arabic letters only: Devanagari,
        # Myanmar and Ethiopic vowel signs are part of the word.
        if not (unicodedata.combining(ch) and _is_droppable_mark(ch))
    )
    return _STRIP.sub("", unicodedata.normalize("NFC", kept)).replace("đ", "d")


def _is_droppable_mark(ch: str) -> bool:
    return 0x0300 <= ord(ch) <= 0x036F or 0x064B <= ord(ch) <= 0x065F


_LOOKUP: dict[str, Keyword] = {
    fold(word): keyword for keyword, words in _WORDS.items() for word in words
}


# The words Twilio and US carriers act on by default: they answer and block these themselves.
CARRIER_STOP_WORDS = frozenset(
    {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout"}
)


def is_carrier_stop_word(text: str) -> bool:
    return fold(text) in CARRIER_STOP_WORDS


def match_keyword(text: str) -> Keyword | None:
    """The keyword this whole message is, if any."""
    if len(text) > 40:
        return None
    return _LOOKUP.get(fold(text))
