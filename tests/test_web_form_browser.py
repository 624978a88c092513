"""The web form in a real browser: Debian's headless Chromium, driven by Playwright, against
the app served by a real uvicorn on 127.0.0.1.

In English, Spanish and Arabic, with JavaScript on and off: fill in and send the form with a
photo, read the code, come back with it, add a message, and leave quickly. A screenshot of
each language and mode lands in `test-artifacts/`. The browser never fetches anything from
outside the app (the quick-exit page is answered locally by Playwright's router).
"""

from __future__ import annotations

import io
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from PIL import Image
from playwright.sync_api import Page, Request, Route, sync_playwright

from intake.web.app import create_app
from intake.web.report_form import QUICK_EXIT_URL
from tests.conftest import make_settings
from tests.test_web_form import neutral_title

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
TEXTS = {
    "en": "I work nights cleaning the saws and I am 15. They keep my passport.",
    "es": "Trabajo de noche limpiando las sierras, tengo 15 años. Me quitaron el pasaporte.",
    "ar": "أعمل ليلاً في تنظيف المناشير وعمري ١٥ سنة. أخذوا جواز سفري.",
}
FOLLOW_UP = {"en": "One more thing", "es": "Una cosa más", "ar": "شيء آخر"}
EXIT_PAGE = "<!doctype html><title>Weather</title><p>Sunny</p>"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[str]:
    """The real app on a real socket, in a background thread, on its own SQLite file."""
    workdir = tmp_path_factory.mktemp("browser")
    database = workdir / "intake.db"
    shutil.copyfile(sqlite_template, database)
    settings = make_settings(
        workdir,
        database_url=f"sqlite+aiosqlite:///{database}",
        web_reports_per_ip_per_hour=100,
        code_lookups_per_hour=100,
    )
    config = uvicorn.Config(
        create_app(settings),
        host="127.0.0.1",
        port=0,
        log_config=None,
        access_log=False,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-web-form", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def photo_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (80, 60), (20, 120, 60)).save(out, format="PNG")
    return out.getvalue()


def submit_and_wait(page: Page) -> None:
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


@pytest.mark.slow
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("lang", ["en", "es", "ar"])
def test_send_and_follow_up_in_a_real_browser(
    base_url: str, tmp_path: Path, lang: str, javascript: bool
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    mode = "js" if javascript else "nojs"
    outside: list[str] = []
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),  # a fresh profile for every run
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            java_script_enabled=javascript,
            viewport={"width": 390, "height": 844},  # a phone
            locale={"en": "en-US", "es": "es-MX", "ar": "ar"}[lang],
        )
        try:
            context.set_default_timeout(20_000)

            def neutral_site(route: Route) -> None:
                route.fulfill(status=200, content_type="text/html", body=EXIT_PAGE)

            context.route(QUICK_EXIT_URL + "**", neutral_site)

            def note_outside(request: Request) -> None:
                if not request.url.startswith((base_url, QUICK_EXIT_URL, "data:")):
                    outside.append(request.url)

            context.on("request", note_outside)
            page = context.pages[0] if context.pages else context.new_page()

            # The form, in the language asked for.
            page.goto(f"{base_url}/report?lang={lang}")
            html = page.locator("html")
            assert html.get_attribute("lang") == lang
            assert html.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
            assert page.title() == neutral_title(lang)
            leave = page.locator("#leave")
            box = leave.bounding_box()
            assert box is not None
            # The header mirrors: the quick exit sits at the end of the reading direction.
            if lang == "ar":
                assert box["x"] + box["width"] / 2 < 390 / 2
            else:
                assert box["x"] + box["width"] / 2 > 390 / 2
            text_box = page.locator("#text").bounding_box()
            label_box = page.locator("label[for=text]").bounding_box()
            assert text_box is not None and label_box is not None
            if lang == "ar":  # the label hugs the right edge of its field
                assert (
                    abs((label_box["x"] + label_box["width"]) - (text_box["x"] + text_box["width"]))
                    < 4
                )
            else:
                assert abs(label_box["x"] - text_box["x"]) < 4

            # Keyboard: the first Tab stop is the quick exit.
            page.keyboard.press("Tab")
            assert page.locator("#leave:focus").count() == 1

            page.fill("#text", TEXTS[lang])
            page.fill("#workplace", "Planta Norte")
            page.check("#contact")
            page.set_input_files(
                "#photo",
                files=[{"name": "photo.png", "mimeType": "image/png", "buffer": photo_png()}],
            )
            page.screenshot(
                path=str(ARTIFACTS / f"web-form-{lang}-{mode}-form.png"), full_page=True
            )
            submit_and_wait(page)

            code_text = page.locator(".code bdi").inner_text()
            assert re.fullmatch(r"\d{4}( \d{4}){4}", code_text), code_text
            assert page.locator(".code bdi").get_attribute("dir") == "ltr"
            assert "code" not in page.url and code_text.replace(" ", "") not in page.url
            page.screenshot(
                path=str(ARTIFACTS / f"web-form-{lang}-{mode}-code.png"), full_page=True
            )

            # Back with the code: the worker's own words, then a new message.
            page.goto(f"{base_url}/follow-up?lang={lang}")
            page.fill("#code", code_text)
            submit_and_wait(page)
            thread = page.locator(".thread").inner_text()
            assert TEXTS[lang] in thread
            assert "Planta Norte" in thread
            page.fill("#message", FOLLOW_UP[lang])
            submit_and_wait(page)
            assert page.locator(".notice").is_visible()
            assert FOLLOW_UP[lang] in page.locator(".thread").inner_text()
            assert "code" not in page.url
            page.screenshot(
                path=str(ARTIFACTS / f"web-form-{lang}-{mode}-follow-up.png"), full_page=True
            )

            # Leave quickly: a neutral page; with JavaScript, this page leaves the history.
            page.goto(f"{base_url}/report?lang={lang}")
            with page.expect_navigation():
                page.locator("#leave").click()
            assert page.url.startswith(QUICK_EXIT_URL)
            assert page.title() == "Weather"
            if javascript:
                page.go_back()
                assert "/report" not in page.url

            cookies = context.cookies()
            assert {cookie["name"] for cookie in cookies} == {"csrf"}
            assert all(c["httpOnly"] and c["sameSite"] == "Strict" for c in cookies)
        finally:
            context.close()
    assert outside == [], "the page fetched something from outside the app"
