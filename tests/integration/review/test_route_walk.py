"""Every kind of employer's application walked through the API by each department in turn —
receive, paper check, opinion, forward — arrives at the right mid-committee office with its
full history."""

import pytest

from shared.contracts import CaseHandedOff, Envelope
from shared.contracts.vocabulary import Level, Ownership
from tests.support import broker
from tests.support.departments import (
    approve_and_forward,
    department,
    submit_to_review,
    submitted_event,
)
from tests.support.system import RunningSystem

WALKS = [
    (Ownership.public, Level.county, "330106", None,
     ["330106.county_hr", "330100.city_bureau", "330100.city_hr"], "mid.3301"),
    (Ownership.public, Level.city, "330300", None,
     ["330300.city_bureau", "330300.city_hr"], "mid.3303"),
    (Ownership.provincial_group_with_committee, Level.province, "330000", "pu.jtjt",
     ["pu.jtjt", "330000.jtt"], "mid.transport"),
    (Ownership.provincial_group_without_committee, Level.province, "330000", "pu.gmjt",
     ["pu.gmjt", "330000.jst"], "mid.construction"),
    (Ownership.private_talent_center, Level.county, "331121", None,
     ["331121.talent_center", "331121.county_hr", "331100.city_bureau", "331100.city_hr"],
     "mid.construction"),
    (Ownership.private_talent_center, Level.city, "330200", None,
     ["330200.talent_center", "330200.city_bureau", "330200.city_hr"], "mid.3302"),
    (Ownership.private_talent_center, Level.province, "330000", None,
     ["330000.talent_center", "330000.jst"], "mid.construction"),
    (Ownership.private_not_entrusted, Level.county, "330902", None,
     ["330902.county_hr", "330900.city_bureau", "330900.city_hr"], "mid.construction"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("ownership", "level", "region", "unit", "stages", "office"),
    WALKS,
    ids=[f"{w[0]}/{w[1]}" for w in WALKS],
)
async def test_each_department_in_turn_hands_the_case_to_the_right_office(
    system: RunningSystem,
    ownership: Ownership,
    level: Level,
    region: str,
    unit: str | None,
    stages: list[str],
    office: str,
) -> None:
    event = submitted_event(
        ownership=ownership, level=level, region_code=region, provincial_unit=unit
    )
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
