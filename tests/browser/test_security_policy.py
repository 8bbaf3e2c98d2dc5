"""The built pages work under the Content-Security-Policy the gateway (and nginx) sends them
(issue 11, point 13): the department's case page draws the photo and the PDF scan (pdf.js and
its worker, blob: URLs), the portal shows the photo and draws a PDF scan in its preview dialog
the same way, and the browser reports no violation. Chromium logs each violation as a console error,
which fails the test too (tests/browser/conftest.py)."""

from playwright.sync_api import Page, expect

from shared.security_headers import WEB_POLICY
from tests.browser.conftest import screenshot
from tests.browser.department_support import case_at, register, scan_pdf, submit, unique_name
from tests.browser.portal_steps import tab
from tests.browser.test_department_workbench import log_in
from tests.support.applications import (
    PASSWORD,
    application_body,
    fresh_id_number,
    phone_of,
    photo_bytes,
)
from tests.support.launched import LaunchedSystem

SLOW = 30_000
# every violation the page sees, kept where the test can read it
WATCH = """window.__violations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));"""


def _violations(page: Page) -> list[str]:
    return list(page.evaluate("window.__violations"))


def test_the_case_page_draws_photo_and_pdf_under_the_policy(
    page: Page, system: LaunchedSystem
) -> None:
    page.add_init_script(WATCH)
    clerk = system.new_account("330106.county_hr", name="王芳")
    application_id = submit(system, name=unique_name())
    case = case_at(system, system.log_in(clerk), "personal", application_id)
    log_in(page, system, clerk)
    answer = page.goto(f"{system.base_url}/admin/department/case/{case['case_id']}")
    assert answer is not None
    assert answer.headers["content-security-policy"] == WEB_POLICY
    assert answer.headers["x-frame-options"] == "DENY"
    photo = page.get_by_test_id("photo").get_by_role("img", name="申报对象网上照片")
    expect(photo).to_be_visible(timeout=SLOW)
    drawn = page.get_by_test_id("scans").get_by_role("img", name="学历证书 第1页")
    expect(drawn).to_be_visible(timeout=SLOW)
    assert photo.evaluate("img => img.complete && img.naturalWidth") > 0
    assert drawn.evaluate("c => c.width") > 0
    assert _violations(page) == []


def test_the_portal_shows_photo_and_scan_under_the_policy(
    page: Page, system: LaunchedSystem
) -> None:
    page.add_init_script(WATCH)
    number = fresh_id_number()
    applicant = application_body(name=unique_name(), serial="702")["applicant"]
    applicant |= {"id_number": number, "phone": phone_of(number)}
    application_id = _draft_with_files(system, applicant)
    answer = page.goto(f"{system.base_url}/login")
    assert answer is not None
    assert answer.headers["content-security-policy"] == WEB_POLICY
    page.get_by_label("身份证号码").fill(number)
    page.get_by_label("密码", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_role("heading", name="我的申报")).to_be_visible(timeout=SLOW)
    page.goto(f"{system.base_url}/applications/{application_id}/edit")
    tab(page, "照片与证明材料")
    expect(page.get_by_role("img", name="已上传的照片")).to_be_visible(timeout=SLOW)
    page.get_by_role("button", name="预览").click()
    drawn = page.get_by_role("dialog", name="学历证书").get_by_role("img", name="学历证书 第1页")
    expect(drawn).to_be_visible(timeout=SLOW)
    assert drawn.evaluate("c => c.width") > 0
    screenshot(page, "security-portal-scan-preview")
    assert _violations(page) == []


def _draft_with_files(system: LaunchedSystem, applicant: dict[str, str]) -> str:
    register(system, applicant)
    intake = system.api("intake")
    login = {"id_number": applicant["id_number"], "password": PASSWORD}
    token = intake.post("/accounts/token", json=login).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    application_id = str(intake.post("/applications", headers=headers).json()["id"])
    base = f"/applications/{application_id}"
    photo = {"file": ("photo.jpg", photo_bytes(), "image/jpeg")}
    assert intake.put(f"{base}/photo", files=photo, headers=headers).status_code == 201
    scan = {"file": ("degree.pdf", scan_pdf(), "application/pdf")}
    added = intake.post(
        f"{base}/attachments", data={"title": "学历证书"}, files=scan, headers=headers
    )
    assert added.status_code == 201, added.text
    return application_id
