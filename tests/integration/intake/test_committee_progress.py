"""The committee's news of an application reaches the applicant's progress screen: its offices'
refusals as refusals (correct and resubmit), its decision not to recommend as final. The committee
service does not run here: its events are published as it publishes them."""

import uuid
from datetime import UTC, datetime
from typing import Any

from shared.contracts import (
    ApplicationNotRecommended,
    CommitteeApplicationRejected,
    CommitteeProgressed,
    OrganisationRef,
    SentToSeniorCommittee,
    StageRef,
)
from shared.contracts.committee import CommitteeStep, SeniorCommitteeRef
from shared.contracts.vocabulary import Role
from tests.integration.intake.review_events import publish, refusal_at_first_stage, shown
from tests.integration.test_submission_flow import waiting_at
from tests.support.applications import application_body, prepared
from tests.support.polling import eventually
from tests.support.system import RunningSystem

FIRST = "330182.county_hr"
OFFICE = ("mid.3301", "杭州市建设工程专业中级评审委员会办公室")
SENIOR = "省建筑工程技术人员高级工程师资格评审委员会"


async def _waiting(system: RunningSystem, serial: str) -> tuple[dict[str, str], str, str]:
    """A submitted application of a new applicant, and its case id at the first stage."""
    body = application_body(region_code="330182", serial=serial, name=f"陈{serial}")
    headers, application_id = await prepared(system.intake, body)
    submitted = await system.intake.post(f"/applications/{application_id}/submit", headers=headers)
    assert submitted.status_code == 202
    case = await eventually(lambda: waiting_at(system, FIRST, application_id))
    return headers, application_id, case["case_id"]


async def test_a_committee_office_refusal_comes_back_like_any_refusal(
    system: RunningSystem,
) -> None:
    headers, application_id, case_id = await _waiting(system, "314")
    at_office = StageRef(
        position=4,
        stage_count=4,
        role=Role.mid_committee_office,
        organisation=OrganisationRef(code=OFFICE[0], name=OFFICE[1]),
    )
    refusal = refusal_at_first_stage(application_id, case_id, OFFICE, reasons=["纸质材料不全"])
    committee_refusal = CommitteeApplicationRejected(
        **refusal.model_dump(exclude={"stage"}), stage=at_office
    )
    await publish(system, committee_refusal, sequence=9)
    refused = await shown(system, headers, application_id, status="rejected")
    assert refused["rejection"]["reasons"] == ["纸质材料不全"]
    assert refused["timeline"][-1]["summary"] == f"{OFFICE[1]}不予接收或审核未通过，申报已退回"
    draft = await system.intake.get(f"/applications/{application_id}/draft", headers=headers)
    assert draft.json()["editable"] is True, "corrected and resubmitted like any refusal"


async def test_not_recommended_is_final_with_its_reasons(system: RunningSystem) -> None:
    headers, application_id, case_id = await _waiting(system, "315")
    decision = ApplicationNotRecommended(
        application_id=uuid.UUID(application_id),
        submission=1,
        case_id=uuid.UUID(case_id),
        office=OrganisationRef(code=OFFICE[0], name=OFFICE[1]),
        lower_unit=None,
        reasons=["赞成票未达到出席评委的三分之二"],
        decided_at=datetime.now(UTC),
    )
    await publish(system, decision, sequence=12)
    final = await shown(system, headers, application_id, status="not_recommended")
    assert final["status_label"] == "未通过中评委评审或未获推荐"
    assert final["timeline"][-1]["reasons"] == decision.reasons
    assert final["timeline"][-1]["organisation"] == OFFICE[1]
    draft = await system.intake.get(f"/applications/{application_id}/draft", headers=headers)
    assert draft.json()["editable"] is False


async def test_the_committees_steps_show_on_the_progress_screen_in_order(
    system: RunningSystem,
) -> None:
    headers, application_id, case_id = await _waiting(system, "316")
    office = OrganisationRef(code=OFFICE[0], name=OFFICE[1])
    ids = {
        "application_id": uuid.UUID(application_id),
        "submission": 1,
        "case_id": uuid.UUID(case_id),
    }
    senior = SentToSeniorCommittee(
        **ids,
        batch_id=uuid.uuid4(),
        batch_size=1,
        office=office,
        senior_committee=SeniorCommitteeRef(code="senior.construction", name=SENIOR),
        senior_office=OrganisationRef(code="senior.office", name="高评委办公室"),
        sent_at=datetime.now(UTC),
    )
    steps = [
        (CommitteeProgressed(**ids, office=office, step=step, at=datetime.now(UTC)), sequence)
        for step, sequence in ((CommitteeStep.received, 7), (CommitteeStep.passed, 9))
    ]
    # the last one first: an older step arriving late is history, not the present
    for event, sequence in [(senior, 10), *reversed(steps)]:
        await publish(system, event, sequence=sequence)
    shown_now = await shown(system, headers, application_id, status="sent_to_senior")
    await eventually(lambda: _timeline_has(system, headers, application_id, 5))
    timeline = await _timeline_has(system, headers, application_id, 5)
    assert timeline is not None
    assert [e["summary"] for e in timeline[-3:]] == [
        f"{OFFICE[1]}：中评委办公室已接收",
        f"{OFFICE[1]}：中评委评审通过",
        f"{OFFICE[1]}已网上送审至{SENIOR}",
    ]
    assert shown_now["status_label"] == "已网上送审至高评委"
    assert shown_now["review_finished"] is True, "the portal marks every department done"


async def _timeline_has(
    system: RunningSystem, headers: dict[str, str], application_id: str, entries: int
) -> list[dict[str, Any]] | None:
    body = (await system.intake.get(f"/applications/{application_id}", headers=headers)).json()
    timeline: list[dict[str, Any]] = body["timeline"]
    return timeline if len(timeline) >= entries else None
