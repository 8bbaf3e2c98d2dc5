"""The SMS code for a registration reaches the phone through notify, in the notice's own words,
and the operator's notice list never shows it."""

import json

from shared.privacy import mask_phone
from tests.integration.journeys.conftest import Everything
from tests.support.applications import PASSWORD, fresh_application_body
from tests.support.notify import operator_headers
from tests.support.phone_codes import SinkCodes
from tests.support.polling import eventually


async def test_the_registration_code_arrives_by_sms_and_registers(everything: Everything) -> None:
    intake = everything.base.intake
    applicant = fresh_application_body(name="王码")["applicant"]
    code = await SinkCodes(everything.sms_dir).code_for(
        applicant["phone"],
        "register",
        after=lambda: intake.post(
            "/accounts/phone-code", json={"phone": applicant["phone"], "purpose": "register"}
        ),
    )
    [sms] = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in everything.sms_dir.glob("*.json")
        if code in p.read_text(encoding="utf-8")
    ]
    assert sms["to"] == mask_phone(applicant["phone"])
    assert sms["text"].startswith(f"【职称申报】您的验证码为{code}，10分钟内有效。")

    async def listed() -> list[dict[str, object]] | None:
        answer = await everything.notify.get(
            "/notices", params={"status": "sent", "limit": 200}, headers=operator_headers()
        )
        items = [n for n in answer.json()["items"] if n["kind"] == "phone_code"]
        return items or None

    notices = await eventually(listed, what="the code's notice in the operator's list")
    assert not [n for n in notices if code in str(n["body"])]
    registered = await intake.post(
        "/accounts", json=applicant | {"password": PASSWORD, "phone_code": code}
    )
    assert registered.status_code == 202, registered.text
    login = {"id_number": applicant["id_number"], "password": PASSWORD}
    assert (await intake.post("/accounts/token", json=login)).status_code == 200
