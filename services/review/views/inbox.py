"""Read side: the department screens' lists (SQL -> schemas)."""

from sqlalchemy import Select, and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.api.schemas import InboxItem, InboxPage, organisation_out
from services.review.domain.directory import Organisation
from services.review.models import review_case, route_stage
from shared.contracts.vocabulary import STAGE_STATE_LABELS, StageState

SOURCE_LABELS = {True: "个人报送材料", False: "单位上报材料"}


def _waiting_at(organisation_code: str) -> Select[tuple[object]]:
    """Cases whose current stage is at this organisation."""
    return (
        select(review_case)
        .join(
            route_stage,
            and_(
                route_stage.c.case_id == review_case.c.id,
                route_stage.c.position == review_case.c.position,
            ),
        )
        .where(
            route_stage.c.organisation_code == organisation_code,
            review_case.c.status.in_([s.value for s in StageState]),
        )
    )


async def inbox(
    session: AsyncSession,
    org: Organisation,
    *,
    state: StageState | None,
    limit: int,
    offset: int,
) -> InboxPage:
    waiting = _waiting_at(org.code).subquery()
    counted = await session.execute(
        select(waiting.c.status, func.count()).group_by(waiting.c.status)
    )
    counts = {s: 0 for s in StageState} | {StageState(s): n for s, n in counted.all()}
    query = select(waiting)
    if state is not None:
        query = query.where(waiting.c.status == state)
    rows = await session.execute(
        query.order_by(waiting.c.stage_entered_at, waiting.c.id).limit(limit).offset(offset)
    )
    return InboxPage(
        organisation=organisation_out(org),
        counts=counts,
        total=counts[state] if state else sum(counts.values()),
        items=[
            InboxItem(
                case_id=row.id,
                application_id=row.application_id,
                submission=row.submission,
                applicant_name=row.applicant_name,
                id_number_masked=row.id_number_masked,
                employer_name=row.employer_name,
                state=row.status,
                state_label=STAGE_STATE_LABELS[StageState(row.status)],
                source_label=SOURCE_LABELS[row.position == 1],
                position=row.position,
                stage_count=row.stage_count,
                arrived_at=row.stage_entered_at,
            )
            for row in rows
        ],
    )
