"""Translation plumbing. `N_` marks a string for extraction into locales/messages.pot without
translating it where it is defined; it is translated when sent, in the worker's language."""

from __future__ import annotations


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    return message
