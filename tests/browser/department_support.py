"""Applications submitted through the gateway as applicants submit them (photo and a PDF scan),
and brought along review's stages through the API, for the department screens' tests; and the
clerk's steps in the browser that every workbench test takes (log in, open a list or a case)."""

import io
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from PIL import Image
from playwright.sync_api import Page, expect

from deploy.sms_code import wait_for_code
from tests.support.applications import (
    PASSWORD,
    application_body,
    forms_for,
    fresh_id_number,
    phone_of,
    photo_bytes,
)
from tests.support.launched import LaunchedSystem

T = TypeVar("T")

COUNTY, BUREAU = "330106.county_hr", "330100.city_bureau"
# this machine is shared: a login (argon2) or an action may take seconds
SLOW = 30_000
# one scan beside the PDF: (title, file name, content, media type)
Scan = tuple[str, str, bytes, str]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"


def scan_pdf() -> bytes:
    """A one-page PDF as a scanner makes it."""
    out = io.BytesIO()
    page = Image.new("RGB", (620, 877), "white")
    page.paste(Image.new("RGB", (500, 60), "#1f4e8c"), (60, 80))
    page.save(out, format="PDF", resolution=75)
    return out.getvalue()


def scan_jpeg() -> bytes:
    """A scanned certificate as a JPEG image (scans are PDF or JPEG): a page with a red seal."""
    out = io.BytesIO()
    page = Image.new("RGB", (600, 420), "white")
    page.paste(Image.new("RGB", (120, 120), "#c0392b"), (420, 240))
    page.save(out, format="JPEG", quality=90)
    return out.getvalue()


def _sms_code(system: LaunchedSystem, applicant: dict[str, str]) -> str:
    """The registration's SMS code, asked for and read from notify's sink as a phone reads it."""
    asked_at = time.time() - 1
    sent = system.api("intake").post(
        "/accounts/phone-code", json={"phone": applicant["phone"], "purpose": "register"}
    )
    assert sent.status_code == 202, sent.text
    code = wait_for_code(system.var / "sms", applicant["phone"], newer_than=asked_at, within=60)
    assert code is not None, "no SMS code reached notify's sink"
    return code


def register(
    system: LaunchedSystem, applicant: dict[str, str], *, password: str = PASSWORD
) -> None:
    """注册 through the API as the portal does it: the SMS code first, then the form with it."""
    account = {**applicant, "password": password, "phone_code": _sms_code(system, applicant)}
    registered = system.api("intake").post("/accounts", json=account)
    assert registered.status_code == 202, registered.text


def unique_name() -> str:
    return random.choice(SURNAMES) + random.choice(GIVEN) + random.choice(GIVEN)


def submit(
    system: LaunchedSystem,
    *,
    region_code: str = "330106",
    name: str | None = None,
    scans: Sequence[Scan] = (),
) -> str:
    """An applicant registers, fills in everything, uploads the photo and a PDF scan (and
    `scans`), submits: the application id."""
    return submit_as_applicant(system, region_code=region_code, name=name, scans=scans)[0]


def submit_as_applicant(
    system: LaunchedSystem,
    *,
    region_code: str = "330106",
    name: str | None = None,
    scans: Sequence[Scan] = (),
) -> tuple[str, dict[str, Any]]:
    """As `submit`; also the applicant's and employer's facts (to log in as the applicant)."""
    body = application_body(
        region_code=region_code, name=name or unique_name(), serial=f"{random.randint(100, 999)}"
    )
    number = fresh_id_number()
    body["applicant"] |= {"id_number": number, "phone": phone_of(number)}
    intake = system.api("intake")
    applicant = body["applicant"]
    register(system, applicant)
    token = intake.post(
        "/accounts/token", json={"id_number": applicant["id_number"], "password": PASSWORD}
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    application_id = str(intake.post("/applications", headers=headers).json()["id"])
    base = f"/applications/{application_id}"
    _ok(intake.put(f"{base}/employer", json=body["employer"], headers=headers))
    for kind, form in forms_for(body).items():
        _ok(intake.put(f"{base}/forms/{kind}", json=form, headers=headers))
    photo = {"file": ("photo.jpg", photo_bytes(), "image/jpeg")}
    _ok(intake.put(f"{base}/photo", files=photo, headers=headers))
    scan = {"file": ("degree.pdf", scan_pdf(), "application/pdf")}
    _ok(intake.post(f"{base}/attachments", data={"title": "学历证书"}, files=scan, headers=headers))
    for title, filename, content, media_type in scans:
        upload = {"file": (filename, content, media_type)}
        answer = intake.post(
            f"{base}/attachments", data={"title": title}, files=upload, headers=headers
        )
        _ok(answer)
    _ok(intake.post(f"{base}/submit", headers=headers))
    return application_id, body


def eventually(probe: Callable[[], T | None], *, what: str, within: float = 30.0) -> T:
    """The first truthy answer of `probe`, asked until `within` seconds have passed."""
    deadline = time.monotonic() + within
    while not (found := probe()):
        assert time.monotonic() < deadline, f"{what} did not hold within {within}s"
        time.sleep(0.2)
    return found


def _ok(answer: httpx.Response) -> None:
    assert answer.status_code in (200, 201, 202, 204), answer.text


def case_at(
    system: LaunchedSystem, headers: dict[str, str], which: str, application_id: str
) -> Any:
    """The application's row in the department's list, once review has opened it there."""

    def probe() -> Any:
        answer = system.api("review").get(
            "/cases", params={"list": which, "sort": "-arrived", "limit": 200}, headers=headers
        )
        assert answer.status_code == 200, answer.text
        return next(
            (i for i in answer.json()["items"] if i["application_id"] == application_id), None
        )

    return eventually(probe, what=f"{application_id} in {which}")


def ready_to_forward(system: LaunchedSystem, headers: dict[str, str], case_id: str) -> None:
    """接收, 纸质材料已核对, 签署审核意见 (同意) through the API: the case waits in 待报送材料."""
    review = system.api("review")
    for step, body in (
        ("receive", None),
        ("paper-check", {"note": ""}),
        ("opinion", {"decision": "agree", "signer": "王芳"}),
    ):
        _ok(review.post(f"/cases/{case_id}/{step}", json=body, headers=headers))


@dataclass(frozen=True)
class ClerkCase:
    """A department clerk's account and a case waiting in its 个人报送材料."""

    organisation: str
    clerk: dict[str, str]
    headers: dict[str, str]
    name: str
    application_id: str
    case_id: str

    def open(self, page: Page, system: LaunchedSystem) -> None:
        """The clerk logs in and opens the case page by its address."""
        log_in(page, system, self.clerk)
        open_case(page, system, self.case_id)


def clerk_with_case(
    system: LaunchedSystem,
    *,
    clerk_name: str = "王芳",
    organisation: str = COUNTY,
    region_code: str = "330106",
    scans: Sequence[Scan] = (),
    application_id: str | None = None,
) -> ClerkCase:
    """A new clerk of `organisation` and a new application submitted in `region_code` (or the
    one already submitted as `application_id`), once review shows it in 个人报送材料."""
    clerk = system.new_account(organisation, name=clerk_name)
    headers = system.log_in(clerk)
    name = unique_name()
    if application_id is None:
        application_id = submit(system, region_code=region_code, name=name, scans=scans)
    row = case_at(system, headers, "personal", application_id)
    return ClerkCase(
        organisation, clerk, headers, row["applicant_name"], application_id, row["case_id"]
    )


def log_in(page: Page, system: LaunchedSystem, credentials: dict[str, str]) -> None:
    page.goto(f"{system.base_url}/admin/login")
    page.get_by_label("用户名").fill(credentials["username"])
    page.get_by_label("密码").fill(credentials["password"])
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_test_id("who")).to_be_visible(timeout=SLOW)


def open_case(page: Page, system: LaunchedSystem, case_id: str) -> None:
    """The case page by its address, once it shows the case's status."""
    page.goto(f"{system.base_url}/admin/department/case/{case_id}")
    expect(page.get_by_test_id("status")).to_be_visible(timeout=SLOW)


def open_list(page: Page, group: str, label: str) -> None:
    menu = page.locator(".el-menu")
    item = menu.get_by_role("menuitem", name=re.compile(label))
    # the menu arrives after the page (its groups open as it is drawn): deciding before it is
    # there would click a group that is opening, and close it
    expect(menu.locator("a.menu-link").first).to_be_visible(timeout=SLOW)
    if group != label and not item.is_visible():
        menu.get_by_text(group, exact=True).click()
    item.click()
    expect(page.get_by_test_id("list-title")).to_contain_text(label, timeout=SLOW)


def find_row(page: Page, name: str) -> None:
    """Searches the list by name until the case has arrived (review opens it from an event)."""

    def shown() -> bool:
        page.get_by_role("textbox", name="姓名").fill(name)
        page.get_by_role("button", name="查询").click()
        page.wait_for_load_state("networkidle")
        return (
            page.get_by_test_id("case-table")
            .get_by_role("link", name=name, exact=True)
            .is_visible()
        )

    eventually(shown, what=f"{name} in the list")
