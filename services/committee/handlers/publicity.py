"""公示 and 异议: the office publishes its recommended applicants for a period of working days;
anyone files an objection during it; the office decides each. What holds an applicant's 网上送审
is asked here (`holds`), by the batch and by the lists."""

import uuid
from collections.abc import Iterable
from datetime import date

from services.committee.domain import case as rules
from services.committee.domain.actions import Publish, SettleObjection
from services.committee.domain.case import Status
from services.committee.domain.publicity import (
    ObjectionIn,
    ObjectionStatus,
    Publicity,
    PublicityRefused,
    check_decision,
    check_filing,
    check_objection,
    china_day,
    hold,
    plan,
)
from services.committee.domain.refusals import NotOurs, ObjectionTaken
from services.committee.handlers.case_steps import organisation, own_case, transition
from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.contracts import ObjectionFiled
from shared.working_days import WorkingCalendar


async def calendar_of(uow: CommitteeUnitOfWork) -> WorkingCalendar:
    """The State Council's calendar and the season's local closures (as review published them)."""
    return WorkingCalendar(await uow.season.closures())


def today_of(uow: CommitteeUnitOfWork) -> date:
    return china_day(uow.clock())


async def publish(
    uow: CommitteeUnitOfWork,
    office_code: str,
    *,
    starts_on: date,
    working_days: int,
    case_ids: list[uuid.UUID],
    actor: uuid.UUID,
) -> Publicity:
    """公示 of recommended applicants (selected, not published before) from `starts_on`."""
    planned = plan(
        office_code,
        starts_on,
        working_days,
        today=today_of(uow),
        calendar=await calendar_of(uow),
    )
    if len(set(case_ids)) != len(case_ids):
        raise PublicityRefused([("case_ids", "同一申报对象列入了两次")])
    already = await uow.publicity.of_cases(case_ids)
    cases = [await own_case(uow, case_id, office_code) for case_id in case_ids]
    names = await uow.cases.names(case_ids)
    rules.check_unpublished(cases, names, already)
    period = f"{planned.starts_on:%Y年%m月%d日}至{planned.ends_on:%Y年%m月%d日}"
    # each case first, against its version: of two clerks of the office publishing it at once, the
    # second is told somebody was first (409) instead of failing on the publicity's key
    for case in cases:
        command = Publish(period, names[case.id])
        await transition(uow, case, command, actor=actor, organisation_code=office_code)
    await uow.publicity.add(planned, case_ids, by=actor, at=uow.clock())
    return planned


async def holds(
    uow: CommitteeUnitOfWork, case_ids: Iterable[uuid.UUID], *, required: bool
) -> dict[uuid.UUID, str]:
    """Why each of the cases may not be sent online now (those that may are left out)."""
    ids = list(case_ids)
    today = today_of(uow)
    published = await uow.publicity.of_cases(ids)
    open_objections = await uow.publicity.open_objections(ids)
    reasons = {
        case_id: hold(
            published.get(case_id), open_objections.get(case_id, 0), today, required=required
        )
        for case_id in ids
    }
    return {case_id: reason for case_id, reason in reasons.items() if reason}


async def file_objection(
    uow: CommitteeUnitOfWork, case_id: uuid.UUID, filed: ObjectionIn
) -> uuid.UUID:
    """An objection to a published applicant, during the period; it holds their 网上送审 and
    the office is told (ObjectionFiled, without the objector's name or contact)."""
    filed = check_objection(filed)
    published = (await uow.publicity.of_cases([case_id])).get(case_id)
    case = await uow.cases.get(case_id)
    if published is None or case is None or case.status != Status.selected:
        raise PublicityRefused([("case_id", "请从公示名单中选择被异议的申报人")])
    check_filing(published, today_of(uow))
    objection_id, now = uuid.uuid4(), uow.clock()
    await uow.publicity.add_objection(objection_id, published, case_id, filed, now)
    origin = await uow.cases.origin(case_id)
    told = ObjectionFiled(
        objection_id=objection_id,
        case_id=case_id,
        application_id=case.application_id,
        submission=case.submission,
        office=organisation(origin.office),
        applicant_name=origin.applicant_name,
        publicity_ends_on=published.ends_on,
        filed_at=now,
    )
    await uow.emit(told, correlation_id=origin.correlation_id)
    return objection_id


async def decide_objection(
    uow: CommitteeUnitOfWork,
    objection_id: uuid.UUID,
    office_code: str,
    *,
    upheld: bool,
    reason: str,
    actor: uuid.UUID,
) -> None:
    """异议成立: the applicant is not recommended (told, with the reason, as a passed applicant
    left out is); 异议不成立: the objection no longer holds the applicant."""
    filed = await uow.publicity.objection(objection_id)
    if filed is None or filed.office_code != office_code:
        raise NotOurs()
    reason = check_decision(filed.status, reason)
    status = ObjectionStatus.upheld if upheld else ObjectionStatus.dismissed
    if not await uow.publicity.decide(objection_id, status, reason, by=actor, at=uow.clock()):
        raise ObjectionTaken()
    case = await own_case(uow, filed.case_id, office_code)
    settle = SettleObjection(upheld, reason)
    await transition(uow, case, settle, actor=actor, organisation_code=office_code)
