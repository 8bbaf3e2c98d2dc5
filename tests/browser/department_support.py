"""Applications submitted through the gateway as applicants submit them (photo and a PDF scan),
and brought along review's stages through the API, for the department screens' tests."""

import io
import random
import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from PIL import Image

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

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"


def scan_pdf() -> bytes:
    """A one-page PDF as a scanner makes it."""
    out = io.BytesIO()
    page = Image.new("RGB", (620, 877), "white")
    page.paste(Image.new("RGB", (500, 60), "#1f4e8c"), (60, 80))
    page.save(out, format="PDF", resolution=75)
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


def submit(system: LaunchedSystem, *, region_code: str = "330106", name: str | None = None) -> str:
    """An applicant registers, fills in everything, uploads the photo and a PDF scan, submits:
    the application id."""
    return submit_as_applicant(system, region_code=region_code, name=name)[0]


def submit_as_applicant(
    system: LaunchedSystem, *, region_code: str = "330106", name: str | None = None
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
