"""The case page's render time in Chromium, with its photo, on the system launched as `make run`
launches it, while review holds 10,000 other cases at the same county."""

import asyncio
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from playwright.sync_api import sync_playwright
from sqlalchemy.ext.asyncio import create_async_engine

from tests.browser.conftest import CHROMIUM_FLAGS, DESKTOP, chromium_path
from tests.browser.department_support import case_at, submit
from tests.support.infra import LOCAL_AMQP_URL, LOCAL_POSTGRES_URL, Databases, fresh_vhost
from tests.support.launched import SERVICES, launched_system
from tests.support.seeded_cases import HOLDER, seed_cases


def _run(coroutine: Any) -> Any:
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


async def _seed(url: str, cases: int) -> None:
    engine = create_async_engine(url)
    try:
        await seed_cases(engine, cases)
    finally:
        await engine.dispose()


def bench_case_page(cases: int, loads: int, workdir: Any) -> None:
    databases = Databases(LOCAL_POSTGRES_URL)
    urls = {name: _run(databases.create(f"bench_{name}")) for name in SERVICES}
    try:
        with (
            fresh_vhost(LOCAL_AMQP_URL) as vhost,
            launched_system(workdir=workdir, amqp_url=vhost, database_urls=urls) as system,
        ):
            _run(_seed(urls["review"], cases))
            clerk = system.new_account(HOLDER, name="压测员")
            headers = system.log_in(clerk)
            case_id = case_at(system, headers, "personal", submit(system))["case_id"]
            with sync_playwright() as driver:
                browser = driver.chromium.launch(
                    executable_path=chromium_path(), args=CHROMIUM_FLAGS
                )
                page = browser.new_context(viewport=DESKTOP, locale="zh-CN").new_page()
                page.goto(f"{system.base_url}/admin/login")
                page.get_by_label("用户名").fill(clerk["username"])
                page.get_by_label("密码").fill(clerk["password"])
                page.get_by_role("button", name="登录").click()
                page.get_by_test_id("who").wait_for(timeout=60_000)
                timings = [
                    _render(page, f"{system.base_url}/admin/department/case/{case_id}")
                    for _ in range(loads)
                ]
                browser.close()
    finally:
        _run(databases.drop_all())
    print(f"case page with its photo, {loads} loads in Chromium (ms):")
    print(f"  p50={statistics.median(timings):6.0f}  max={max(timings):6.0f}   (target < 1000 ms)")


def _render(page: Any, url: str) -> float:
    """From navigation to the forms shown and the photo decoded."""
    started = time.perf_counter()
    page.goto(url)
    page.get_by_test_id("forms").wait_for()
    page.wait_for_function(
        "() => { const i = document.querySelector('[data-testid=photo] img');"
        " return i && i.complete && i.naturalWidth > 0 }"
    )
    return (time.perf_counter() - started) * 1000
