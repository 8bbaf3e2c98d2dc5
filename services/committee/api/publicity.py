"""公示 and 异议: the office publishes and decides objections; the public page (no login) lists
what is in its period and takes objections."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request

from services.committee.api.dependencies import Office, ServicesDep
from services.committee.api.schemas import DecisionIn, ObjectionIn, PublishIn
from services.committee.bootstrap import CommitteeServices
from services.committee.domain import publicity as rules
from services.committee.domain.refusals import NotOurs
from services.committee.handlers.publicity import decide_objection, file_objection, publish
from services.committee.unit_of_work import CommitteeUnitOfWork
from services.committee.views.models import (
    ObjectionDetail,
    ObjectionFiled,
    ObjectionOut,
    PublicBoard,
    PublicityPage,
)
from services.committee.views.publicity import (
    board,
    objection_detail,
    objection_out,
    office_page,
)
from shared.throttle import Throttled, client_of

router = APIRouter(tags=["公示与异议"])


async def _page(
    uow: CommitteeUnitOfWork, services: CommitteeServices, office: str
) -> PublicityPage:
    return await office_page(
        uow,
        office,
        default_days=services.settings.publicity_working_days,
        required=services.settings.publicity_required,
    )


@router.get("/publicities", response_model=PublicityPage)
async def list_publicities(office: Office, services: ServicesDep) -> PublicityPage:
    """The office's 公示 (period, phase, whom each lists and why each still waits) and the
    recommended applicants not published yet."""
    async with services.transaction() as uow:
        return await _page(uow, services, office.organisation_code)


@router.post("/publicities", status_code=201, response_model=PublicityPage)
async def publish_publicity(
    body: PublishIn, office: Office, services: ServicesDep
) -> PublicityPage:
    """公示 of recommended applicants from `starts_on` for `working_days` (≥ 5) working days;
    the end is counted on China's calendar (holidays, 调休) and the season's local closures."""
    async with services.transaction() as uow:
        await publish(
            uow,
            office.organisation_code,
            starts_on=body.starts_on,
            working_days=body.working_days or services.settings.publicity_working_days,
            case_ids=body.case_ids,
            actor=office.account_id,
        )
        answer = await _page(uow, services, office.organisation_code)
    return answer


@router.get("/objections", response_model=list[ObjectionOut])
async def list_objections(
    office: Office,
    services: ServicesDep,
    decided: Annotated[bool | None, Query(description="false: 待处理, true: 已处理")] = None,
) -> list[ObjectionOut]:
    """The objections filed against the office's 公示, oldest first (contacts masked)."""
    async with services.transaction() as uow:
        rows = await uow.publicity.objections(office.organisation_code, decided=decided)
    return [objection_out(r) for r in rows]


@router.get("/objections/{objection_id}", response_model=ObjectionDetail)
async def read_objection(
    objection_id: uuid.UUID, office: Office, services: ServicesDep
) -> ObjectionDetail:
    """One objection, with the objector's phone and e-mail in full (to verify it)."""
    async with services.transaction() as uow:
        row = await uow.publicity.objection(objection_id)
    if row is None or row.office_code != office.organisation_code:
        raise NotOurs()
    return objection_detail(row)


@router.post("/objections/{objection_id}/decision", response_model=ObjectionOut)
async def decide(
    objection_id: uuid.UUID, body: DecisionIn, office: Office, services: ServicesDep
) -> ObjectionOut:
    """异议成立 (the applicant is not recommended, and told why) or 不成立, with a reason."""
    async with services.transaction() as uow:
        await decide_objection(
            uow,
            objection_id,
            office.organisation_code,
            upheld=body.upheld,
            reason=body.reason,
            actor=office.account_id,
        )
        decided = await uow.publicity.objection(objection_id)
        assert decided is not None, "decide_objection found it"
    return objection_out(decided)


@router.get("/public/publicity", response_model=PublicBoard)
async def public_board(services: ServicesDep) -> PublicBoard:
    """公示 (no login): every office's recommended applicants in their period today, with name,
    unit, profession and the title applied for, nothing else."""
    async with services.transaction() as uow:
        return await board(uow)


@router.post("/public/objections", status_code=201, response_model=ObjectionFiled)
async def object_to(body: ObjectionIn, request: Request, services: ServicesDep) -> ObjectionFiled:
    """异议 (no login): a real name, a phone or e-mail, which applicant, and why. Counted per
    client; past the limit 429 with Retry-After."""
    client = client_of(request)
    if wait := services.limits.wait("objection_client", client):
        raise Throttled(wait, f"提交过于频繁，请于 {wait} 秒后再试")
    services.limits.hit("objection_client", client)
    filed = rules.ObjectionIn(body.objector_name, body.phone, body.email, body.text)
    async with services.transaction() as uow:
        objection_id = await file_objection(uow, body.case_id, filed)
    return ObjectionFiled(
        id=objection_id,
        message="异议已提交，中评委办公室将核实处理；处理期间该申报人暂缓网上送审",
    )
