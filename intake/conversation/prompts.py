"""What the service texts back, as gettext message ids (English is the source language).

Every text is short and neutral: whoever holds the phone may read it, so none names the
service's purpose, an employer, abuse, or the word "report". Placeholders use `{name}`.
"""

from __future__ import annotations

from intake.i18n import N_, SUPPORTED_LOCALES, locale_info

SAFE_TO_TEXT = N_("Is it safe for you to text now? Reply 1 for yes, 2 for not now.")
NOT_NOW = N_("OK. Write to us any time it is safe. We will not text you first.")
ABOUT = N_(
    "We help with problems at work. You can stay anonymous. We are not police or "
    "immigration. If a child is in danger we may have to tell child protection; we will tell "
    "you first."
)
# 1 is "yes" in every question, so a worker never has to remember which way round it is.
ASK_CONSENT = N_("May we text you back at this number? Reply 1 for yes, 2 for no.")
TELL = N_(
    "Tell us what happened, in your own words. You can send several messages. Reply 0 when "
    "you have finished."
)
TELL_MORE = N_("Thank you. Write more if you want, or reply 0 when you have finished.")
ASK_WORKPLACE = N_("If you want: what is the name of the workplace? Reply 0 to skip.")
ASK_LOCATION = N_("If you want: in which city and state? Reply 0 to skip.")
ASK_AGE = N_("If you want: how old are you? Reply 0 to skip.")
CODE = N_(
    "Your code: {code}. Write it down somewhere safe. With it you can write to us again from "
    "any phone."
)
NEXT_CONTACT_OK = N_(
    "Our team will read everything, usually within a day, and may text you here. If someone "
    "else may see your phone, delete this conversation once the code is written down."
)
NEXT_ANONYMOUS = N_(
    "Our team will read everything, usually within a day. We will not text you. To read our "
    "answer, send your code from any phone. Once the code is written down, delete this "
    "conversation."
)
RECEIVED = N_("Thank you, we got your message.")
CODE_WELCOME = N_(
    "Welcome back. Write here to add to what you told us. Delete this conversation when you "
    "are done."
)
CODE_UNKNOWN = N_("We could not find that code. Check it and try again.")
CODE_TOO_MANY = N_("Too many tries. Please wait an hour and try again.")
TEAM_SAID = N_("Our team: {text}")
HELP = N_(
    "This is a confidential line for workers. Write your question here. Reply STOP to stop "
    "messages."
)
STOPPED = N_("You will not get more messages from us. Reply START to write again.")
RESTARTED = N_("Welcome back.")
ERASED = N_("Done.")
CHOOSE_NUMBER = N_("Please reply with one of the numbers.")


def language_menu() -> str:
    """The numbered language menu, each language in its own name (never translated)."""
    lines = [f"{n} {locale_info(code).native_name}" for n, code in enumerate(SUPPORTED_LOCALES, 1)]
    return "\n".join(lines)


ALL_PROMPTS: tuple[str, ...] = (
    SAFE_TO_TEXT,
    NOT_NOW,
    ABOUT,
    ASK_CONSENT,
    TELL,
    TELL_MORE,
    ASK_WORKPLACE,
    ASK_LOCATION,
    ASK_AGE,
    CODE,
    NEXT_CONTACT_OK,
    NEXT_ANONYMOUS,
    RECEIVED,
    CODE_WELCOME,
    CODE_UNKNOWN,
    CODE_TOO_MANY,
    TEAM_SAID,
    HELP,
    STOPPED,
    RESTARTED,
    ERASED,
    CHOOSE_NUMBER,
)
