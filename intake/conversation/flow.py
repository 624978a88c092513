"""The conversation's steps as a pure function: given the step and what the worker wrote,
what to store, where to go next and what to answer. No I/O; the service applies it.

first contact -> language (menu, unless the text shows it) -> is it safe to text now?
-> what we do, anonymity, when we must tell someone -> may we text back? -> tell us
(several messages; 0 when finished) -> optional workplace, city/state, age -> code -> done.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from intake.conversation import prompts
from intake.db.models import Disclosure, MessageKind
from intake.i18n import SUPPORTED_LOCALES


class Step(StrEnum):
    NEW = "new"
    LANGUAGE = "language"
    SAFETY = "safety"
    CONSENT = "consent"
    TELL = "tell"
    TELLING = "telling"
    ASK_WORKPLACE = "ask_workplace"
    ASK_LOCATION = "ask_location"
    ASK_AGE = "ask_age"
    DONE = "done"
    FOLLOW_UP = "follow_up"


class EndReason(StrEnum):
    IDLE = "idle"
    NOT_SAFE = "not_safe"
    STOP = "stop"
    QUICK_EXIT = "quick_exit"


@dataclass(frozen=True, slots=True)
class Reply:
    """A prompt to send: a message id translated later, or `literal` text (the menu)."""

    message_id: str | None = None
    literal: str | None = None
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    store_as: MessageKind
    next_step: Step | None  # None: the conversation ends
    replies: tuple[Reply, ...] = ()
    end_reason: EndReason | None = None
    locale: str | None = None
    disclosure: Disclosure | None = None
    issue_code: bool = False
    flags: frozenset[str] = field(default_factory=frozenset)


def _say(*message_ids: str) -> tuple[Reply, ...]:
    return tuple(Reply(message_id=m) for m in message_ids)


def menu_reply() -> Reply:
    return Reply(literal=prompts.language_menu())


def number_choice(text: str) -> int | None:
    """A bare menu number ("1", "1.", "١", "၁") as an int; None for anything else."""
    stripped = text.strip().rstrip(".)").strip()
    if not stripped or len(stripped) > 3:
        return None
    try:
        return int("".join(str(unicodedata.digit(ch)) for ch in stripped))
    except (TypeError, ValueError):
        return None


def decide(step: Step, text: str, *, detected_locale: str | None = None) -> Decision:
    """The next move for a message that is not a keyword or a code (the service handles those)."""
    choice = number_choice(text)
    match step:
        case Step.NEW:
            if detected_locale:
                return Decision(
                    MessageKind.TEXT,
                    Step.SAFETY,
                    _say(prompts.SAFE_TO_TEXT),
                    locale=detected_locale,
                )
            return Decision(MessageKind.TEXT, Step.LANGUAGE, (menu_reply(),))
        case Step.LANGUAGE:
            if choice is not None and 1 <= choice <= len(SUPPORTED_LOCALES):
                return Decision(
                    MessageKind.CONTROL,
                    Step.SAFETY,
                    _say(prompts.SAFE_TO_TEXT),
                    locale=SUPPORTED_LOCALES[choice - 1],
                )
            if detected_locale:
                return Decision(
                    MessageKind.TEXT,
                    Step.SAFETY,
                    _say(prompts.SAFE_TO_TEXT),
                    locale=detected_locale,
                )
            return Decision(_content_kind(choice), Step.LANGUAGE, (menu_reply(),))
        case Step.SAFETY:
            if choice == 1:
                return Decision(
                    MessageKind.CONTROL, Step.CONSENT, _say(prompts.ABOUT, prompts.ASK_CONSENT)
                )
            if choice == 2:
                return Decision(
                    MessageKind.CONTROL, None, _say(prompts.NOT_NOW), end_reason=EndReason.NOT_SAFE
                )
            return Decision(
                _content_kind(choice),
                Step.SAFETY,
                _say(prompts.CHOOSE_NUMBER, prompts.SAFE_TO_TEXT),
            )
        case Step.CONSENT:
            if choice in (1, 2):
                disclosure = Disclosure.CONTACT_OK if choice == 1 else Disclosure.ANONYMOUS
                return Decision(
                    MessageKind.CONTROL, Step.TELL, _say(prompts.TELL), disclosure=disclosure
                )
            return Decision(
                _content_kind(choice),
                Step.CONSENT,
                _say(prompts.CHOOSE_NUMBER, prompts.ASK_CONSENT),
            )
        case Step.TELL | Step.TELLING:
            if choice == 0:
                return Decision(
                    MessageKind.CONTROL, Step.ASK_WORKPLACE, _say(prompts.ASK_WORKPLACE)
                )
            replies = _say(prompts.TELL_MORE) if step is Step.TELL else ()
            return Decision(MessageKind.TEXT, Step.TELLING, replies)
        case Step.ASK_WORKPLACE:
            kind = MessageKind.CONTROL if choice == 0 else MessageKind.ANSWER_WORKPLACE
            return Decision(kind, Step.ASK_LOCATION, _say(prompts.ASK_LOCATION))
        case Step.ASK_LOCATION:
            kind = MessageKind.CONTROL if choice == 0 else MessageKind.ANSWER_LOCATION
            return Decision(kind, Step.ASK_AGE, _say(prompts.ASK_AGE))
        case Step.ASK_AGE:
            kind = MessageKind.CONTROL if choice == 0 else MessageKind.ANSWER_AGE
            # The code and what happens next are added by the service, which knows the
            # disclosure choice and makes the code.
            return Decision(kind, Step.DONE, (), issue_code=True)
        case Step.DONE | Step.FOLLOW_UP:
            return Decision(MessageKind.TEXT, step, _say(prompts.RECEIVED))
    raise ValueError(f"unknown step {step!r}")


def _content_kind(choice: int | None) -> MessageKind:
    # Anything that is not a menu number may be testimony: keep it as the worker's words.
    return MessageKind.CONTROL if choice is not None else MessageKind.TEXT
