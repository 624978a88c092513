"""`make check-strings`: fail when locales/messages.pot is stale or a catalog is out of date,
untranslated or fuzzy. Run `python scripts/check_strings.py --update` to refresh the template
and merge it into every catalog."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
POT = LOCALES / "messages.pot"
KEYWORDS = ["-k", "N_", "-k", "_", "-k", "gettext", "-k", "ngettext:1,2", "-k", "lazy_gettext"]


def extract(output: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            str(ROOT / "babel.cfg"),
            *KEYWORDS,
            "--no-location",
            "--sort-output",
            "--omit-header",
            "-c",
            "TRANSLATORS:",
            "-o",
            str(output),
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def message_ids(path: Path) -> set[object]:
    with path.open("rb") as handle:
        return {message.id for message in read_po(handle) if message.id}


def catalogs() -> list[Path]:
    return sorted(LOCALES.glob("*/LC_MESSAGES/messages.po"))


def check() -> list[str]:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "messages.pot"
        extract(fresh)
        if not POT.exists() or message_ids(fresh) != message_ids(POT):
            problems.append(
                "locales/messages.pot is stale: run `python scripts/check_strings.py --update`"
            )
    template_ids = message_ids(POT) if POT.exists() else set()
    for path in catalogs():
        with path.open("rb") as handle:
            catalog = read_po(handle)
        ids = {m.id for m in catalog if m.id}
        if ids != template_ids:
            problems.append(f"{path.relative_to(ROOT)} does not match the template")
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if not all(strings):
                problems.append(f"{path.relative_to(ROOT)}: untranslated {message.id!r}")
            elif message.fuzzy:
                problems.append(f"{path.relative_to(ROOT)}: fuzzy {message.id!r}")
    return problems


def update() -> None:
    LOCALES.mkdir(exist_ok=True)
    extract(POT)
    if catalogs():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "babel.messages.frontend",
                "update",
                "-i",
                str(POT),
                "-d",
                str(LOCALES),
                "--no-fuzzy-matching",
                "--ignore-obsolete",
            ],
            check=True,
        )


def main() -> int:
    if "--update" in sys.argv:
        update()
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"check-strings: {len(catalogs())} catalogs, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
