"""No full ID number or phone in any notice notify writes (mail, SMS, in-system message, the
operator's list) or in any log line of this session, even when a clerk typed them into a
reason."""

from tests.integration.notify.conftest import ID_NUMBER, PHONE, leaks
from tests.support.departments import arrived, department, submit_to_review, submitted_event
from tests.support.logs import LogRecorder
from tests.support.mail import text_of
from tests.support.notify import (
    NotifySystem,
    contact_event,
    department_headers,
    notices,
    publish,
    settled,
    sms_files,
)

REASON = f"身份证号{ID_NUMBER}与表中不一致，请致电{PHONE}核实"
MASKED_REASON = "身份证号330122************与表中不一致，请致电138****5678核实"


async def test_no_full_id_number_or_phone_in_any_notice_or_log_line(
    system: NotifySystem, log_recorder: LogRecorder
) -> None:
    application_id = await submit_to_review(system, submitted_event(region_code="330122"))
    county = await department(system, "330122.county_hr")
    row = await arrived(county, "personal", application_id)
    refused = await county.post(f"/cases/{row['case_id']}/refuse", json={"reason": REASON})
    assert refused.status_code == 200
    await publish(system.amqp_url, contact_event(application_id, phone=PHONE), sequence=1)
    found = await settled(system, application_id, count=2)

    written = [n["body"] for n in found] + [str(n) for n in found]
    mails = system.smtp.mails_about(application_id)
    assert len(mails) == 1
    written += [text_of(m) for m in mails] + [m.as_string() for m in mails]
    written += [f.read_bytes().decode() for f in system.smtp.files()]
    written += [p.read_text() for p in sms_files(system)]
    for organisation in ("330122.county_hr", "330100.city_bureau", "330100.city_hr"):
        page = await system.notify.get("/messages", headers=department_headers(organisation))
        written.append(page.text)
    written.append(str(await notices(system, application_id)))

    assert MASKED_REASON in text_of(mails[0])  # the reason is told, masked, not dropped
    assert any(MASKED_REASON in text for text in written)
    assert [text for text in written if leaks(text)] == []
    assert len(log_recorder.lines) > 50  # the recorder saw the session's logs
    assert [line for line in log_recorder.lines if leaks(line)] == []
