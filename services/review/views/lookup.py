"""The operator's look-up (申报查询): an application found by the applicant's name or its id,
where it is now (which organisation, which of its lists, since when) and its timeline."""

import uuid
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.case import AT_A_STAGE, Case
from services.review.models import review_case
from services.review.repository.cases import CaseRepository
from services.review.views.case_schemas import (
    CaseLocation,
    CaseLookupItem,
    CaseTimeline,
)
from services.review.views.detail import case_summary, history_entries, route_steps
from services.review.views.labels import LIST_LABELS
from services.review.views.lists import lists_of
from shared.contracts.vocabulary import ROLE_LABELS


def _matching(text: str) -> ColumnElement[bool]:
    """By the application's or the case's id when `text` is one, else by a part of the name."""
    try:
        wanted = uuid.UUID(text)
    except ValueError:
        return review_case.c.applicant_name.contains(text, autoescape=True)
    return or_(review_case.c.application_id == wanted, review_case.c.id == wanted)


async def find_cases(
    session: AsyncSession, text: str, *, now: datetime, limit: int
) -> tuple[int, list[CaseLookupItem]]:
    """How many cases match, and the newest `limit` of them with where each is now."""
    where = _matching(text.strip())
    total = (
        await session.execute(select(func.count()).select_from(review_case).where(where))
    ).scalar_one()
    ids = await session.execute(
        select(review_case.c.id)
        .where(where)
        .order_by(review_case.c.opened_at.desc(), review_case.c.id)
        .limit(limit)
    )
    cases = CaseRepository(session)
    items = []
    for (case_id,) in ids:
        case = await cases.get(case_id)
        if case is not None:
            items.append(lookup_item(case, now))
    return total, items


def lookup_item(case: Case, now: datetime) -> CaseLookupItem:
    application = case.application
    return CaseLookupItem(
        **case_summary(case).model_dump(),
        case_id=case.id,
        applicant_name=application.applicant_name,
        id_number_masked=application.id_number_masked,
        employer_name=application.employer_name,
        current_profession=application.current_profession,
        opened_at=case.opened_at,
        location=location(case, now),
    )


def location(case: Case, now: datetime) -> CaseLocation:
    """The organisation the case is at (or last was at), in which of its lists, since when."""
    stop = case.current
    at_a_stage = case.status in AT_A_STAGE
    lists = lists_of(case.status, case.position == 1) if at_a_stage else []
    menu, label = LIST_LABELS[lists[0]] if lists else (None, None)
    return CaseLocation(
        organisation_code=stop.organisation_code,
        organisation_name=stop.organisation_name,
        role_label=ROLE_LABELS[stop.role],
        menu=menu,
        list_label=label,
        since=case.stage_entered_at,
        days=max(0, (now - case.stage_entered_at).days),
    )


async def case_timeline(session: AsyncSession, case: Case, now: datetime) -> CaseTimeline:
    return CaseTimeline(
        **lookup_item(case, now).model_dump(),
        route=await route_steps(session, case),
        history=await history_entries(session, case.id),
    )
