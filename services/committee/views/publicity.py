"""What the 公示 screens and the public page are answered with."""

import uuid

from services.committee.domain.case import Status
from services.committee.domain.publicity import (
    MIN_WORKING_DAYS,
    OBJECTION_LABELS,
    PHASE_LABELS,
    Objection,
    ObjectionStatus,
)
from services.committee.handlers.publicity import holds, today_of
from services.committee.unit_of_work import CommitteeUnitOfWork
from services.committee.views.lists import item, items
from services.committee.views.models import (
    CaseItem,
    ObjectionDetail,
    ObjectionOut,
    PublicBoard,
    PublicEntry,
    PublicityOut,
    PublicityPage,
    PublicPublicity,
)
from shared.privacy import mask_email, mask_phone


async def board(uow: CommitteeUnitOfWork) -> PublicBoard:
    """Every 公示 in its period today, listing the applicants still recommended."""
    today = today_of(uow)
    shown = []
    for published in await uow.publicity.running_on(today):
        rows = [
            r for r in await uow.publicity.cases_of(published.id) if r.status == Status.selected
        ]
        if not rows:
            continue
        shown.append(
            PublicPublicity(
                id=published.id,
                office_name=rows[0].office_name,
                starts_on=published.starts_on,
                ends_on=published.ends_on,
                working_days=published.working_days,
                entries=[
                    PublicEntry(
                        case_id=r.id,
                        applicant_name=r.applicant_name,
                        employer_name=r.employer_name,
                        current_profession=r.current_profession,
                        applied_title=r.applied_title,
                    )
                    for r in rows
                ],
            )
        )
    return PublicBoard(today=today, publicities=shown)


async def with_holds(
    uow: CommitteeUnitOfWork, listed: list[CaseItem], *, required: bool
) -> list[CaseItem]:
    """The 待网上送审 rows again, each saying why it waits and whether it is published."""
    ids = [i.case_id for i in listed]
    published = await uow.publicity.of_cases(ids)
    held = await holds(uow, ids, required=required)
    return await items(uow.session, ids, held=held, published=published.keys())


async def office_page(
    uow: CommitteeUnitOfWork, office_code: str, *, default_days: int, required: bool
) -> PublicityPage:
    today = today_of(uow)
    open_counts: dict[uuid.UUID, int] = {}
    for row in await uow.publicity.objections(office_code, decided=False):
        open_counts[row.publicity_id] = open_counts.get(row.publicity_id, 0) + 1
    publicities = []
    for published, published_at in await uow.publicity.of_office(office_code):
        rows = await uow.publicity.cases_of(published.id)
        waiting = [r.id for r in rows if r.status == Status.selected]
        held = await holds(uow, waiting, required=required)
        phase = published.phase(today)
        publicities.append(
            PublicityOut(
                id=published.id,
                starts_on=published.starts_on,
                ends_on=published.ends_on,
                working_days=published.working_days,
                phase=phase.value,
                phase_label=PHASE_LABELS[phase],
                published_at=published_at,
                open_objections=open_counts.get(published.id, 0),
                cases=[item(r, held_reason=held.get(r.id), published=True) for r in rows],
            )
        )
    selected = await uow.cases.of_office(office_code, Status.selected)
    already = await uow.publicity.of_cases([c.id for c in selected])
    unpublished = await items(uow.session, [c.id for c in selected if c.id not in already])
    return PublicityPage(
        today=today,
        default_working_days=default_days,
        minimum_working_days=MIN_WORKING_DAYS,
        publicity_required=required,
        publicities=publicities,
        unpublished=unpublished,
    )


def objection_out(row: Objection) -> ObjectionOut:
    status = ObjectionStatus(row.status)
    contact = " ".join(
        part
        for part in (
            mask_phone(row.phone) if row.phone else "",
            mask_email(row.email) if row.email else "",
        )
        if part
    )
    return ObjectionOut(
        id=row.id,
        publicity_id=row.publicity_id,
        case_id=row.case_id,
        applicant_name=row.applicant_name,
        employer_name=row.employer_name,
        objector_name=row.objector_name,
        contact_masked=contact,
        text=row.text,
        filed_at=row.filed_at,
        status=status.value,
        status_label=OBJECTION_LABELS[status],
        decision_reason=row.decision_reason,
        decided_at=row.decided_at,
        allowed_actions=["decide"] if status == ObjectionStatus.open else [],
    )


def objection_detail(row: Objection) -> ObjectionDetail:
    return ObjectionDetail(**objection_out(row).model_dump(), phone=row.phone, email=row.email)
