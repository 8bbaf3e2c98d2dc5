"""Browser tests: Debian's Chromium driven by Playwright against the whole system, launched as
`make run` launches it (tests/support/launched.py). Every page fails its test on a console error.

The pages must be built first (`make web`; `make test` does it)."""

import asyncio
import os
import re
import shutil
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright, sync_playwright

from tests.support.infra import Databases, fresh_vhost
from tests.support.launched import REPO, SERVICES, LaunchedSystem, launched_system
from tests.support.local_mail import LocalMail
from tests.support.mail import free_port

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
T = TypeVar("T")
EXPECTED_ANSWER = re.compile(
    r"Failed to load resource: the server responded with a status of 4\d\d"
)
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
SCREENSHOTS = REPO / "docs" / "screenshots"


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not path:
        pytest.fail(
            "the browser tests need Debian's Chromium: apt-get install -y chromium "
            "(or set CHROMIUM to its path)",
            pytrace=False,
        )
    return path


def _in_own_loop(coroutine: Coroutine[Any, Any, T]) -> T:
    """Runs a coroutine to its end on a loop of its own (sync Playwright owns this thread)."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


@pytest.fixture(scope="package")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("launched")


@pytest.fixture(scope="package")
def local_mail(workdir: Path) -> Iterator[LocalMail]:
    """The system's SMTP server (the launcher's sink, run here so a test can make it refuse)."""
    mail = LocalMail(workdir / "var" / "mail", free_port())
    mail.start()
    yield mail
    mail.stop()


@pytest.fixture(scope="package")
def system(
    amqp_url: str, postgres_admin_url: str, workdir: Path, local_mail: LocalMail
) -> Iterator[LaunchedSystem]:
    if not (REPO / "web" / "dist" / "index.html").exists():
        pytest.fail("the pages are not built: run `make web` first", pytrace=False)
    databases = Databases(postgres_admin_url)
    urls = {name: _in_own_loop(databases.create(f"browser_{name}")) for name in SERVICES}
    smtp = {"NOTIFY_SMTP_HOST": "127.0.0.1", "NOTIFY_SMTP_PORT": str(local_mail.port)}
    try:
        with (
            fresh_vhost(amqp_url) as own_vhost,
            launched_system(
                workdir=workdir, amqp_url=own_vhost, database_urls=urls, extra_env=smtp
            ) as launched,
        ):
            yield launched
    finally:
        _in_own_loop(databases.drop_all())


@pytest.fixture(scope="package")
def playwright(system: LaunchedSystem) -> Iterator[Playwright]:
    # after the system: sync Playwright keeps an event loop in this thread, and the
    # infrastructure fixtures use asyncio.run
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="package")
def browser(playwright: Playwright) -> Iterator[Browser]:
    launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
    yield launched
    launched.close()


def _page(browser: Browser, viewport: dict[str, int], **options: object) -> Iterator[Page]:
    context = browser.new_context(viewport=viewport, locale="zh-CN", **options)  # type: ignore[arg-type]
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        # Chromium also logs every 4xx answer as "Failed to load resource": those are the API's
        # answers (a wrong password, a refusal), which the tests assert on the page itself
        if message.type == "error" and not EXPECTED_ANSWER.search(message.text):
            errors.append(f"{message.text} ({message.location.get('url', '')})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    yield page
    context.close()
    assert not errors, "the page logged errors:\n" + "\n".join(errors)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh desktop page (1366×768); any console error fails the test."""
    yield from _page(browser, DESKTOP)


@pytest.fixture
def phone_page(browser: Browser) -> Iterator[Page]:
    """A fresh phone page (390×844, touch); any console error fails the test."""
    yield from _page(browser, PHONE, is_mobile=True, has_touch=True)


def screenshot(page: Page, name: str) -> Path:
    """docs/screenshots/<name>.png of the whole page, for a person to look at.

    Transitions are finished first: a dialog or a tab caught halfway through its fade is not what
    the user sees.
    """
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True, animations="disabled")
    return path
