"""Submit -> the case waits at the first department -> it is refused -> the applicant sees every
reason -> corrects and resubmits -> the new version starts the route again; the first version and
its history stay readable, and the diff between them says what changed."""

import hashlib
import uuid
from typing import Any

from shared.contracts import ApplicationSubmitted, Envelope
from tests.integration.intake.review_events import publish, refusal_at_first_stage, shown
from tests.integration.test_submission_flow import waiting_at
from tests.support import broker
from tests.support.applications import application_body, forms_for, photo_bytes, prepared
from tests.support.departments import department
from tests.support.polling import eventually
from tests.support.system import RunningSystem

FIRST = ("330182.county_hr", "建德市人力资源和社会保障局")


async def test_refused_then_corrected_and_resubmitted_starts_the_route_again(
    system: RunningSystem,
) -> None:
    body = application_body(region_code="330182", serial="311", name="陈一")
    headers, application_id = await prepared(system.intake, body)
    base = f"/applications/{application_id}"
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, ApplicationSubmitted.routing_key())
        first = await system.intake.post(f"{base}/submit", headers=headers)
        assert (first.status_code, first.json()["submission"]) == (202, 1)
        case = await eventually(lambda: waiting_at(system, FIRST[0], application_id))
        opened = await shown(system, headers, application_id, status="in_review")

        # 不予接收 at the first stage, published as review publishes it: the case opened at
        # sequence 2 (intake's submission was 1), so the refusal is 3
        refusal = refusal_at_first_stage(application_id, case["case_id"], FIRST)
        await publish(system, refusal, sequence=3)
        refused = await shown(system, headers, application_id, status="rejected")
        assert refused["rejection"]["reasons"] == refusal.reasons
        assert refused["rejection"]["stage"]["organisation"]["name"] == FIRST[1]
        assert refused["timeline"][-1]["reasons"] == refusal.reasons
        assert refused["status_label"] == "不予接收或审核不同意"

        form = forms_for(body)["review"] | {"work_summary": "补充了质量管理方面的工作总结。"}
        saved = await system.intake.put(f"{base}/forms/review", json=form, headers=headers)
        assert saved.status_code == 204
        photo = {"file": ("new.jpg", photo_bytes(quality=80), "image/jpeg")}
        replaced = await system.intake.put(f"{base}/photo", files=photo, headers=headers)
        assert replaced.status_code == 201
        second = await system.intake.post(f"{base}/submit", headers=headers)
        assert (second.status_code, second.json()["submission"]) == (202, 2)
        events = await broker.take(tap, 2, matching=broker.about(application_id))

    resubmitted = Envelope.model_validate_json(events[1].body)
    assert (resubmitted.payload["submission"], resubmitted.sequence) == (2, 4)
    reopened = await eventually(
        lambda: _waiting_submission(system, application_id, 2), what="submission 2 at first stage"
    )
    assert reopened["case_id"] != case["case_id"]
    now = await shown(system, headers, application_id, status="in_review", submission=2)
    assert now["current_stage"]["position"] == 1
    assert now["rejection"] is None
    assert [s["submission"] for s in now["submissions"]] == [1, 2]
    assert [e["submission"] for e in now["timeline"]] == [2, 2]

    history = (await system.intake.get(f"{base}/submissions/1", headers=headers)).json()
    assert [e["summary"] for e in history["timeline"]] == [
        "提交申报（第 1 次），已通过一致性和照片检查",
        opened["timeline"][-1]["summary"],
        f"{FIRST[1]}不予接收，申报已退回",
    ]
    assert history["forms"]["review"]["work_summary"] == forms_for(body)["review"]["work_summary"]
    [old_photo] = history["files"]
    kept = await system.intake.get(f"{base}/files/{old_photo['file_id']}", headers=headers)
    assert kept.status_code == 200, "the replaced photo stays with the submission that sent it"
    assert hashlib.sha256(kept.content).hexdigest() == old_photo["sha256"]
    diff = (await system.intake.get(f"{base}/diff?base=1&target=2", headers=headers)).json()
    assert [(c["form_label"], c["field_label"], c["new"]) for c in diff["changes"]] == [
        ("评审表", "任现职以来专业技术工作总结", "补充了质量管理方面的工作总结。")
    ]


async def test_a_key_that_made_a_refused_submission_cannot_make_another(
    system: RunningSystem,
) -> None:
    body = application_body(region_code="330182", serial="312", name="陈二")
    headers, application_id = await prepared(system.intake, body)
    base = f"/applications/{application_id}"
    key = {"Idempotency-Key": f"k-{uuid.uuid4()}"}
    assert (await system.intake.post(f"{base}/submit", headers=headers | key)).status_code == 202
    case = await eventually(lambda: waiting_at(system, FIRST[0], application_id))
    await publish(
        system, refusal_at_first_stage(application_id, case["case_id"], FIRST), sequence=3
    )
    await shown(system, headers, application_id, status="rejected")
    reused = await system.intake.post(f"{base}/submit", headers=headers | key)
    assert reused.status_code == 422
    assert reused.json()["detail"][0]["field"] == "Idempotency-Key"


async def test_a_submitted_application_cannot_be_changed_until_it_comes_back(
    system: RunningSystem,
) -> None:
    body = application_body(region_code="330182", serial="313", name="陈三")
    headers, application_id = await prepared(system.intake, body)
    base = f"/applications/{application_id}"
    assert (await system.intake.post(f"{base}/submit", headers=headers)).status_code == 202
    form = forms_for(body)["summary"]
    changed = await system.intake.put(f"{base}/forms/summary", json=form, headers=headers)
    assert changed.status_code == 409
    expected = "申报已提交，审核期间不能修改；退回补正、不予接收或撤回后方可修改"
    assert changed.json()["detail"] == expected
    draft = (await system.intake.get(f"{base}/draft", headers=headers)).json()
    assert draft["editable"] is False


async def _waiting_submission(
    system: RunningSystem, application_id: str, submission: int
) -> dict[str, Any] | None:
    # the refusal above was published, not made through review: review still lists submission 1
    items = (await (await department(system, FIRST[0])).list("personal"))["items"]
    return next(
        (
            i
            for i in items
            if (i["application_id"], i["submission"]) == (application_id, submission)
        ),
        None,
    )
