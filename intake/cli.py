"""The `intake` command line (a public contract: docs/operations.md lists every command)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence

from pydantic import ValidationError

from intake.logging_config import configure_logging
from intake.settings import Settings, SettingsError

log = logging.getLogger("intake.cli")


def _settings() -> Settings:
    try:
        settings = Settings()
    except ValidationError as exc:
        # Name the settings, never echo their values.
        names = ", ".join("INTAKE_" + ".".join(map(str, e["loc"])).upper() for e in exc.errors())
        raise SettingsError(f"invalid settings: {names}") from None
    configure_logging(settings.log_level)
    return settings


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from intake.db.engine import is_sqlite
    from intake.db.migrate import upgrade
    from intake.keys import load_key_material
    from intake.services import build_services, warm_up
    from intake.web.app import create_app

    settings = _settings()
    settings.check_secrets()
    if settings.is_development and args.host not in ("127.0.0.1", "localhost", "::1"):
        log.warning(
            "DEVELOPMENT mode on a non-loopback address: keys are generated into %s and no "
            "secret is checked; set INTAKE_ENVIRONMENT=production for real use",
            settings.var_dir,
        )
    keys = load_key_material(settings)
    url = settings.resolved_database_url
    if is_sqlite(url):
        upgrade(url)
    else:
        _require_migrated(url)
    services = build_services(settings, keys)
    warm_up(services.assess)
    app = create_app(settings, services=services)
    log.info(
        "serving on http://%s:%d (queue: %s)",
        args.host,
        args.port,
        "redis" if settings.resolved_redis_url else "inline",
    )
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        access_log=False,
        log_config=None,
        server_header=False,
        proxy_headers=bool(settings.trusted_proxy_ips),
        forwarded_allow_ips=",".join(settings.trusted_proxy_ips) or None,
    )
    return 0


def _require_migrated(url: str) -> None:
    from intake.db.migrate import current_revision, head_revision

    current, head = current_revision(url), head_revision()
    if current != head:
        raise SettingsError(
            f"database schema is at {current or 'nothing'}, code expects {head}: "
            "run `intake db upgrade`"
        )


def cmd_worker(_args: argparse.Namespace) -> int:
    from intake.jobs.worker import run_worker

    settings = _settings()
    settings.check_secrets()
    run_worker(settings)
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from intake.db.migrate import upgrade

    settings = _settings()
    upgrade(settings.resolved_database_url, args.revision)
    log.info("database upgraded to %s", args.revision)
    return 0


def cmd_keys_generate(_args: argparse.Namespace) -> int:
    from intake.crypto import add_master_key_to_file, generate_master_key

    settings = _settings()
    if settings.master_keys is not None:
        key = generate_master_key()
        print("INTAKE_MASTER_KEYS is set; prepend this entry to it (newest first):")
        print(_format_env_entry(key))
        return 0
    path = settings.resolved_master_key_file
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = add_master_key_to_file(path)
    print(f"new master key {key.kid} written to {path}; run `intake keys rotate` to re-wrap")
    return 0


def _format_env_entry(key: object) -> str:
    import base64

    kid = getattr(key, "kid")  # noqa: B009
    raw = getattr(key, "key")  # noqa: B009
    return f"{kid}:{base64.urlsafe_b64encode(raw).decode()}"


def cmd_keys_rotate(_args: argparse.Namespace) -> int:
    from intake.services import build_services

    settings = _settings()

    async def rotate() -> int:
        services = build_services(settings)
        try:
            progress = await services.vault.rotate(services.session_factory)
        finally:
            await services.aclose()
        print(
            f"re-wrapped {progress.rewrapped} data keys under {services.vault.current_kid}; "
            f"{progress.failed} could not be re-wrapped"
        )
        if progress.failed:
            print("keep the older master keys until those are resolved", file=sys.stderr)
        return 0 if progress.failed == 0 else 1

    return asyncio.run(rotate())


def cmd_demo(args: argparse.Namespace) -> int:
    from intake.db.engine import is_sqlite
    from intake.db.migrate import upgrade
    from intake.demo import run_demo

    settings = _settings()
    if is_sqlite(settings.resolved_database_url):
        upgrade(settings.resolved_database_url)
    for line in asyncio.run(run_demo(settings)):
        print(line)
    print()
    print(f"Demo data is in {settings.resolved_database_url.split('///')[-1]}.")
    print(f"Run `intake serve --port {args.port}` and open http://127.0.0.1:{args.port}/report")
    print("(the staff app is not built yet; the cases above are in its queue when it is)")
    return 0


def cmd_triage(args: argparse.Namespace) -> int:
    from pathlib import Path

    from intake.batch_triage import BatchInputError, ProgressBar, count_lines, run_batch

    configure_logging("WARNING")
    reading_stdin = args.input == "-"
    in_path = Path(args.input)
    if not reading_stdin and not in_path.is_file():
        print(f"intake triage: no such file: {in_path}", file=sys.stderr)
        return 2
    progress = None
    if sys.stderr.isatty() and not reading_stdin:
        progress = ProgressBar(count_lines(in_path))
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        with sys.stdin.buffer if reading_stdin else in_path.open("rb") as lines:
            summary = run_batch(iter(lines), out, source=args.input, progress=progress)
    except BatchInputError as exc:
        where = args.output or "the output"
        print(
            f"intake triage: {exc}\n{exc.results_written} results before that line are in "
            f"{where}; fix the line and run again",
            file=sys.stderr,
        )
        return 1
    finally:
        if progress is not None:
            progress.close()
        if args.output:
            out.close()
    rate = summary.lines_done / max(summary.seconds, 1e-9)
    print(f"intake triage: {summary.lines_done} lines, {rate:,.0f}/s", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake", description="Confidential worker-voice intake service."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the web app (migrates the embedded database)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(handler=cmd_serve)

    worker = commands.add_parser("worker", help="run the arq worker (needs INTAKE_REDIS_URL)")
    worker.set_defaults(handler=cmd_worker)

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_upgrade = db_commands.add_parser("upgrade", help="apply migrations")
    db_upgrade.add_argument("revision", nargs="?", default="head")
    db_upgrade.set_defaults(handler=cmd_db_upgrade)

    demo = commands.add_parser("demo", help="play invented conversations into the local database")
    demo.add_argument("--port", type=int, default=8000)
    demo.set_defaults(handler=cmd_demo)

    batch = commands.add_parser(
        "triage", help="batch triage: one JSON result per input line (IN.jsonl, or - for stdin)"
    )
    batch.add_argument("input", metavar="IN.jsonl")
    batch.add_argument("-o", "--output", metavar="OUT.jsonl", help="default: standard output")
    batch.set_defaults(handler=cmd_triage)

    keys = commands.add_parser("keys", help="master-key management")
    key_commands = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    key_commands.add_parser("generate", help="add a new master key (newest first)").set_defaults(
        handler=cmd_keys_generate
    )
    key_commands.add_parser(
        "rotate", help="re-wrap every data key under the newest master key (resumable)"
    ).set_defaults(handler=cmd_keys_rotate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Everything this program creates (database files, key files, batch output with quoted
    # evidence) is for its own user only.
    os.umask(0o077)
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except SettingsError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
