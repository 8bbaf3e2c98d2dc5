"""Submit at intake -> the case waits at the first organisation of its route -> intake shows it.

`submit` and `waiting_at` are what other tests use to get a submitted application and find it."""

import asyncio
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from services.review.models import review_case, route_stage
from tests.support.applications import application_body, logged_in, prepared, submitted
from tests.support.departments import department
from tests.support.polling import eventually
from tests.support.system import RunningSystem

# (kind, region_code, unit_code) -> the first organisation and the office at the end, one case
# per route of the route table (services/review/data/routes.toml)
TALENT = "private_talent_center"
KINDS = [
    ("public", "330106", None, "330106.county_hr", "mid.3301"),
    ("public", "330400", None, "330400.city_bureau", "mid.construction"),
    # the group has its own mid-committee: a directory fact, not the applicant's choice
    ("provincial_unit", None, "pu.zjjg", "pu.zjjg", "mid.zjcig"),
    ("provincial_unit", None, "pu.jzsj", "pu.jzsj", "mid.construction"),
    (TALENT, None, "330782.talent_center", "330782.talent_center", "mid.construction"),
    (TALENT, None, "330200.talent_center", "330200.talent_center", "mid.3302"),
    (TALENT, None, "330000.talent_center", "330000.talent_center", "mid.construction"),
    ("private_not_entrusted", "331002", None, "331002.county_hr", "mid.construction"),
]  # fmt: skip


async def submit(system: RunningSystem, body: dict[str, Any], **headers: str) -> str:
    """Registers (or logs in) `body`'s applicant, fills in a draft and submits it: its id."""
    return await submitted(system.intake, body, **headers)


async def progress(system: RunningSystem, body: dict[str, Any], application_id: str) -> Any:
    """What the applicant sees on the progress screen (进度查询)."""
    headers = await logged_in(system.intake, body["applicant"])
    response = await system.intake.get(f"/applications/{application_id}", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


async def waiting_at(system: RunningSystem, org: str, application_id: str) -> dict[str, Any] | None:
    """The application's row in the organisation's 待接收申报材料, as its clerk sees it."""
    clerk = await department(system, org)
    for which in ("personal", "unit"):
        if row := await clerk.find(which, application_id):
            return row
    return None


async def test_submitted_application_waits_at_its_first_organisation_within_a_second(
    system: RunningSystem,
) -> None:
    await department(system, "330108.county_hr")  # the clerk logs in before, not during, the wait
    application_id = await submit(system, application_body(region_code="330108"))
    item = await eventually(
        lambda: waiting_at(system, "330108.county_hr", application_id),
        within=1.0,
        what="case in the county HR's inbox",
    )
    assert item["status"] == "pending_receipt"
    assert item["status_label"] == "待接收申报材料"
    assert item["source_label"] == "个人报送材料"
    assert item["id_number_masked"] == "330106" + "*" * 12


@pytest.mark.parametrize(
    ("kind", "region", "unit", "first", "office"),
    KINDS,
    ids=[f"{k[0]}/{k[1] or k[2]}" for k in KINDS],
)
async def test_each_kind_of_employer_starts_its_own_route(
    system: RunningSystem,
    kind: str,
    region: str | None,
    unit: str | None,
    first: str,
    office: str,
) -> None:
    body = application_body(kind=kind, region_code=region, unit_code=unit)
    application_id = await submit(system, body)
    item = await eventually(
        lambda: waiting_at(system, first, application_id), what=f"case at {first}"
    )
    route = await _stored_route(system, uuid.UUID(item["case_id"]))
    assert route[0] == first
    assert route[-1] == office


async def test_progress_shows_where_the_application_is_now(system: RunningSystem) -> None:
    body = application_body(region_code="330212")
    application_id = await submit(system, body)

    async def in_review() -> dict[str, Any] | None:
        shown = await progress(system, body, application_id)
        return shown if shown["status"] == "in_review" else None

    shown = await eventually(in_review, what="intake shows the case in review")
    stage = shown["current_stage"]
    assert stage["organisation"] == {
        "code": "330212.county_hr",
        "name": "宁波市鄞州区人力资源和社会保障局",
    }
    assert (stage["position"], stage["stage_count"]) == (1, 4)
    assert stage["state_label"] == "待接收申报材料"
    phone = body["applicant"]["phone"]
    assert shown["applicant"]["phone_masked"] == phone[:3] + "****" + phone[-4:]
    assert phone not in str(shown)
    assert shown["timeline"][-1]["summary"] == (
        "申报材料已报送至宁波市鄞州区人力资源和社会保障局，待接收（个人报送材料）"
    )


async def test_retried_submission_with_the_same_idempotency_key_creates_one_application(
    system: RunningSystem,
) -> None:
    key = f"retry-{uuid.uuid4()}"
    headers, application_id = await prepared(system.intake, application_body(region_code="330109"))
    url = f"/applications/{application_id}/submit"
    answers = await asyncio.gather(
        *(system.intake.post(url, headers={**headers, "Idempotency-Key": key}) for _ in range(5))
    )
    assert [a.status_code for a in answers] == [202] * 5, [a.text for a in answers]
    assert {a.json()["submission"] for a in answers} == {1}
    again = await system.intake.post(url, headers=headers)
    assert again.status_code == 409, "submitted already: only a retry with its key is answered"
    await eventually(lambda: waiting_at(system, "330109.county_hr", application_id))
    assert await _cases_of(system, application_id) == 1


async def test_unknown_application_is_404(system: RunningSystem) -> None:
    headers = await logged_in(system.intake, application_body()["applicant"])
    response = await system.intake.get(f"/applications/{uuid.uuid4()}", headers=headers)
    assert response.status_code == 404
    assert response.json()["detail"] == "申报不存在"


async def _stored_route(system: RunningSystem, case_id: uuid.UUID) -> list[str]:
    async with system.review_services.uow_factory() as uow:
        rows = await uow.session.execute(
            select(route_stage.c.organisation_code)
            .where(route_stage.c.case_id == case_id)
            .order_by(route_stage.c.position)
        )
        return list(rows.scalars())


async def _cases_of(system: RunningSystem, application_id: str) -> int:
    async with system.review_services.uow_factory() as uow:
        query = select(func.count()).where(
            review_case.c.application_id == uuid.UUID(application_id)
        )
        return int((await uow.session.execute(query)).scalar_one())
