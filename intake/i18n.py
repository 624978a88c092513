"""Languages: the supported locales, their catalogs, and choosing one for a worker.

Catalogs are the gettext `.po` files under `locales/`, compiled in memory at first use (no
build artefacts to forget). English is the source language. `N_` marks a string for
extraction where it is defined; it is translated when used, in the worker's language.
Every shipped locale must load a real catalog: a missing one raises rather than silently
showing English.
"""

from __future__ import annotations

import gettext
import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DEFAULT_LOCALE = "en"
# Ordered for the language menu: the languages the workforce speaks most come first.
SUPPORTED_LOCALES: tuple[str, ...] = (
    "en",
    "es",
    "pt",
    "fr",
    "ht",
    "so",
    "vi",
    "ar",
    "zh",
    "am",
    "uk",
    "ne",
    "my",
)
_ACCEPT_LANGUAGE_ITEM = re.compile(
    r"^\s*([A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*|\*)\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$"
)


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    return message


class MissingCatalogError(RuntimeError):
    code = "i18n.missing_catalog"


@dataclass(frozen=True, slots=True)
class LocaleInfo:
    code: str
    native_name: str
    english_name: str
    direction: str  # "ltr" or "rtl"


@cache
def locale_info(code: str) -> LocaleInfo:
    locale = Locale.parse(code)
    native = locale.get_display_name(code) or code
    return LocaleInfo(
        code=code,
        native_name=native[:1].upper() + native[1:],
        english_name=locale.get_display_name("en") or code,
        direction=locale.text_direction,
    )


@cache
def translations(code: str) -> gettext.NullTranslations:
    """The catalog for a supported locale (English: the source strings themselves)."""
    if code not in SUPPORTED_LOCALES:
        raise MissingCatalogError(f"unsupported locale {code!r}")
    if code == DEFAULT_LOCALE:
        return gettext.NullTranslations()
    path = LOCALES_DIR / code / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        raise MissingCatalogError(f"no catalog for {code} at {path}")
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=code)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def translate(code: str, message: str) -> str:
    return translations(code).gettext(message)


def translate_plural(code: str, singular: str, plural: str, n: int) -> str:
    return translations(code).ngettext(singular, plural, n)


def normalise_locale(value: str | None) -> str | None:
    """Map `es-MX`, `pt_BR`, `ZH-hant` ... onto a supported locale, or None."""
    if not value:
        return None
    language = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    return language if language in SUPPORTED_LOCALES else None


def parse_accept_language(header: str | None) -> list[str]:
    """Language tags by preference (q-values honoured, junk ignored, never raises)."""
    if not header:
        return []
    weighted: list[tuple[float, int, str]] = []
    for position, item in enumerate(header.split(",")[:32]):
        match = _ACCEPT_LANGUAGE_ITEM.match(item)
        if not match:
            continue
        try:
            quality = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        if quality > 0:
            weighted.append((-quality, position, match.group(1)))
    return [tag for _q, _p, tag in sorted(weighted)]


def negotiate(query_lang: str | None, accept_language: str | None) -> str:
    """`?lang=` first, then Accept-Language, then the default."""
    chosen = normalise_locale(query_lang)
    if chosen:
        return chosen
    for tag in parse_accept_language(accept_language):
        chosen = normalise_locale(tag)
        if chosen:
            return chosen
    return DEFAULT_LOCALE
