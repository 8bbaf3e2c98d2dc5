"""Every kind of employer's application walked through the API by each department in turn —
receive, paper check, opinion, forward — arrives at the right mid-committee office with its
full history."""

import pytest

from shared.contracts import ApplicationRejected, CaseHandedOff, Envelope, Refusal
from tests.support import broker
from tests.support.departments import (
    approve_and_forward,
    department,
    submit_to_review,
    submitted_event,
)
from tests.support.system import RunningSystem

WALKS = [
    ("public", "330106", None,
     ["330106.county_hr", "330100.city_bureau", "330100.city_hr"], "mid.3301"),
    ("public", "330300", None,
     ["330300.city_bureau", "330300.city_hr"], "mid.3303"),
    ("provincial_unit", "330000", "pu.jtjt",
     ["pu.jtjt", "330000.jtt"], "mid.transport"),
    ("provincial_unit", "330000", "pu.gmjt",
     ["pu.gmjt", "330000.jst"], "mid.construction"),
    ("provincial_unit", "330000", "pu.zjjg",
     ["pu.zjjg", "pa.zjcig"], "mid.zjcig"),
    ("private_talent_center", "331121", "331121.talent_center",
     ["331121.talent_center", "331121.county_hr", "331100.city_bureau", "331100.city_hr"],
     "mid.construction"),
    ("private_talent_center", "330200", "330200.talent_center",
     ["330200.talent_center", "330200.city_bureau", "330200.city_hr"], "mid.3302"),
    ("private_talent_center", "330000", "330000.talent_center",
     ["330000.talent_center", "330000.jst"], "mid.construction"),
    ("private_not_entrusted", "330902", None,
     ["330902.county_hr", "330900.city_bureau", "330900.city_hr"], "mid.construction"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "region", "unit", "stages", "office"),
    WALKS,
    ids=[f"{w[0]}/{w[2] or w[1]}" for w in WALKS],
)
async def test_each_department_in_turn_hands_the_case_to_the_right_office(
    system: RunningSystem,
    kind: str,
    region: str,
    unit: str | None,
    stages: list[str],
    office: str,
) -> None:
    event = submitted_event(kind=kind, region_code=region, unit_code=unit)
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, CaseHandedOff.routing_key())
        application_id = await submit_to_review(system, event)
        for position, organisation in enumerate(stages, start=1):
            await approve_and_forward(system, organisation, application_id, first=position == 1)
            processed = await department(system, organisation)
            row = await processed.find("processed", application_id)
            assert row is not None
            assert row["outcome"] == "forwarded"
        [message] = await broker.take(tap, 1, matching=broker.about(application_id))
    handed_off = CaseHandedOff.model_validate(Envelope.model_validate_json(message.body).payload)
    assert handed_off.office.code == office
    assert handed_off.sent_by.code == stages[-1]
    assert [o.organisation.code for o in handed_off.opinions] == stages
    assert handed_off.application.application_id == event.application_id

    last = await department(system, stages[-1])
    detail = (await last.get(f"/cases/{handed_off.case_id}")).json()
    assert detail["status"] == "handed_off"
    assert [s["organisation"]["code"] for s in detail["route"]] == [*stages, office]
    assert [s["outcome"] for s in detail["route"]] == ["forwarded"] * len(stages) + [None]
    steps = [(h["organisation"]["code"], h["action"]) for h in detail["history"]]
    assert steps == [
        (org, action)
        for org in stages
        for action in ("received", "paper_checked", "opinion_signed", "forwarded")
    ]
    assert all(h["actor_name"] for h in detail["history"])


async def test_a_unit_the_directory_does_not_know_is_refused_as_unroutable_naming_it(
    system: RunningSystem,
) -> None:
    """Intake refuses it at the employer step; should one still arrive (the directory changed
    in between), review tells the applicant why instead of guessing a route."""
    event = submitted_event(kind="provincial_unit", region_code="330000", unit_code="pu.gone")
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, ApplicationRejected.routing_key())
        application_id = await submit_to_review(system, event)
        [message] = await broker.take(tap, 1, matching=broker.about(application_id))
    rejected = ApplicationRejected.model_validate(
        Envelope.model_validate_json(message.body).payload
    )
    assert rejected.refusal == Refusal.unroutable
    assert rejected.reasons == ["未能确定报送路线：机构目录中没有代码为“pu.gone”的省直有关单位"]
