"""评审会 and 中评委意见: meetings, votes, confirmation, corrections, the vote record export."""

import uuid
from typing import Any

from fastapi import APIRouter, Response

from services.committee.api.dependencies import Office, ServicesDep
from services.committee.api.schemas import CorrectionIn, MeetingIn, VotesIn
from services.committee.domain.votes import Tally
from services.committee.handlers.meetings import (
    confirm_votes,
    correct_votes,
    create_meeting,
    own_meeting,
    record_votes,
)
from services.committee.views.detail import meeting_detail
from services.committee.views.exports import XLSX, meeting_votes

router = APIRouter(prefix="/meetings", tags=["评审会"])


@router.post("", status_code=201)
async def new_meeting(body: MeetingIn, office: Office, services: ServicesDep) -> dict[str, Any]:
    """Records a meeting (date, members seated) and the received applicants it considers."""
    async with services.uow_factory() as uow:
        meeting = await create_meeting(
            uow,
            office.organisation_code,
            held_on=body.held_on,
            members_seated=body.members_seated,
            case_ids=body.case_ids,
            actor=office.account_id,
        )
        answer = await meeting_detail(uow, meeting.id)
        await uow.commit()
    return answer


@router.get("")
async def list_meetings(office: Office, services: ServicesDep) -> list[dict[str, Any]]:
    async with services.uow_factory() as uow:
        rows = await uow.meetings.of_office(office.organisation_code)
    return [
        {
            "id": r.id,
            "held_on": r.held_on,
            "members_seated": r.members_seated,
            "confirmed_at": r.confirmed_at,
        }
        for r in rows
    ]


@router.get("/{meeting_id}")
async def read_meeting(
    meeting_id: uuid.UUID, office: Office, services: ServicesDep
) -> dict[str, Any]:
    async with services.uow_factory() as uow:
        await own_meeting(uow, meeting_id, office.organisation_code)
        return await meeting_detail(uow, meeting_id)


@router.post("/{meeting_id}/votes")
async def votes(
    meeting_id: uuid.UUID, body: VotesIn, office: Office, services: ServicesDep
) -> dict[str, Any]:
    """中评委意见: each applicant's votes; until confirmed, entering again supersedes."""
    tallies = {e.case_id: Tally(e.present, e.in_favour, e.against, e.abstain) for e in body.entries}
    async with services.uow_factory() as uow:
        await record_votes(
            uow,
            meeting_id,
            office.organisation_code,
            tallies,
            actor=office.account_id,
            rule=services.rule,
        )
        answer = await meeting_detail(uow, meeting_id)
        await uow.commit()
    return answer


@router.post("/{meeting_id}/confirm")
async def confirm(meeting_id: uuid.UUID, office: Office, services: ServicesDep) -> dict[str, Any]:
    """Locks the votes: who passed and who did not (and is told)."""
    async with services.uow_factory() as uow:
        await confirm_votes(
            uow, meeting_id, office.organisation_code, actor=office.account_id, rule=services.rule
        )
        answer = await meeting_detail(uow, meeting_id)
        await uow.commit()
    return answer


@router.post("/{meeting_id}/cases/{case_id}/corrections")
async def correct(
    meeting_id: uuid.UUID,
    case_id: uuid.UUID,
    body: CorrectionIn,
    office: Office,
    services: ServicesDep,
) -> dict[str, Any]:
    """更正: a new, recorded entry with its reason; nothing is overwritten."""
    tally = Tally(body.present, body.in_favour, body.against, body.abstain)
    async with services.uow_factory() as uow:
        await correct_votes(
            uow, meeting_id, office.organisation_code, case_id, tally,
            reason=body.reason, actor=office.account_id, rule=services.rule,
        )  # fmt: skip
        answer = await meeting_detail(uow, meeting_id)
        await uow.commit()
    return answer


@router.get("/{meeting_id}/votes.xlsx")
async def vote_record(meeting_id: uuid.UUID, office: Office, services: ServicesDep) -> Response:
    """The meeting's vote record (得票情况) as an Excel workbook."""
    async with services.uow_factory() as uow:
        meeting = await own_meeting(uow, meeting_id, office.organisation_code)
        content = await meeting_votes(uow, meeting)
    return Response(
        content,
        media_type=XLSX,
        headers={
            "Content-Disposition": f'attachment; filename="votes-{meeting.held_on:%Y%m%d}.xlsx"'
        },
    )
