"""The browser tests' guard (conftest `page`): a console error, an uncaught exception or an
unhandled promise rejection on the page fails the test that drove it; an API's 4xx answer, which
Chromium also logs, does not (the tests assert on what the page says about it)."""

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import DESKTOP, _page
from tests.support.launched import LaunchedSystem


@pytest.mark.parametrize(
    ("script", "logged"),
    [
        ("console.error('workbench broke')", "workbench broke"),
        ("setTimeout(() => { throw new Error('thrown later') })", "uncaught: thrown later"),
        ("() => { Promise.reject(new Error('never caught')) }", "uncaught: never caught"),
    ],
)
def test_an_error_on_the_page_fails_its_test(
    browser: Browser, system: LaunchedSystem, script: str, logged: str
) -> None:
    pages = _page(browser, DESKTOP)
    page = next(pages)
    page.goto(f"{system.base_url}/admin/login")
    page.evaluate(script)
    page.wait_for_timeout(300)
    with pytest.raises(AssertionError, match=f"the page logged errors:\n.*{logged}"):
        next(pages)


def test_an_api_refusal_logged_by_chromium_is_no_error(
    browser: Browser, system: LaunchedSystem
) -> None:
    pages = _page(browser, DESKTOP)
    page = next(pages)
    page.goto(f"{system.base_url}/admin/login")
    status = page.evaluate("fetch('/api/review/cases').then(r => r.status)")
    assert status == 401
    page.wait_for_timeout(300)
    with pytest.raises(StopIteration):
        next(pages)
