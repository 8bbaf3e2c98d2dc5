"""评审会 and 中评委意见: meetings, votes, the rule's verdict as a tally is typed, confirmation,
corrections, the vote record export."""

import uuid

from fastapi import APIRouter, Response

from services.committee.api.dependencies import Office, ServicesDep
from services.committee.api.schemas import CorrectionIn, MeetingIn, TallyIn, VotesIn
from services.committee.domain.votes import Seats, Tally
from services.committee.handlers.meetings import (
    confirm_votes,
    correct_votes,
    create_meeting,
    own_meeting,
    record_votes,
)
from services.committee.views.detail import meeting_detail, meeting_summary, rule_out, verdict
from services.committee.views.exports import XLSX, meeting_votes
from services.committee.views.models import MeetingDetail, MeetingSummary, RuleOut, VerdictOut
from shared.http import document

router = APIRouter(prefix="/meetings", tags=["评审会"])


def _tally(body: TallyIn) -> Tally:
    return Tally(body.present, body.in_favour, body.against, body.abstain)


@router.post("", status_code=201, response_model=MeetingDetail)
async def new_meeting(body: MeetingIn, office: Office, services: ServicesDep) -> MeetingDetail:
    """Records a meeting (date, 在册委员人数, 到会委员人数) and the received applicants it
    considers."""
    async with services.transaction() as uow:
        meeting = await create_meeting(
            uow,
            office.organisation_code,
            held_on=body.held_on,
            seats=Seats(body.members_enrolled, body.members_attending),
            case_ids=body.case_ids,
            actor=office.account_id,
            rule=services.rule,
        )
        answer = await meeting_detail(uow, meeting.id, services.rule)
    return answer


@router.get("", response_model=list[MeetingSummary])
async def list_meetings(office: Office, services: ServicesDep) -> list[MeetingSummary]:
    async with services.transaction() as uow:
        meetings = await uow.meetings.of_office(office.organisation_code)
    return [meeting_summary(m, services.rule) for m in meetings]


@router.get("/rule", response_model=RuleOut)
async def the_rule(_: Office, services: ServicesDep) -> RuleOut:
    """The configured quorum and pass threshold (COMMITTEE_QUORUM, COMMITTEE_PASS_THRESHOLD)."""
    return rule_out(services.rule)


@router.get("/{meeting_id}", response_model=MeetingDetail)
async def read_meeting(
    meeting_id: uuid.UUID, office: Office, services: ServicesDep
) -> MeetingDetail:
    async with services.transaction() as uow:
        await own_meeting(uow, meeting_id, office.organisation_code)
        return await meeting_detail(uow, meeting_id, services.rule)


@router.post("/{meeting_id}/evaluate", response_model=VerdictOut)
async def evaluate(
    meeting_id: uuid.UUID, body: TallyIn, office: Office, services: ServicesDep
) -> VerdictOut:
    """The rule's verdict on a tally as the clerk types it; nothing is recorded."""
    async with services.transaction() as uow:
        meeting = await own_meeting(uow, meeting_id, office.organisation_code)
    return verdict(_tally(body), meeting.seats, services.rule)


@router.post("/{meeting_id}/votes", response_model=MeetingDetail)
async def votes(
    meeting_id: uuid.UUID, body: VotesIn, office: Office, services: ServicesDep
) -> MeetingDetail:
    """中评委意见: each applicant's votes; until confirmed, entering again supersedes."""
    tallies = {e.case_id: _tally(e) for e in body.entries}
    async with services.transaction() as uow:
        await record_votes(
            uow,
            meeting_id,
            office.organisation_code,
            tallies,
            actor=office.account_id,
            rule=services.rule,
        )
        answer = await meeting_detail(uow, meeting_id, services.rule)
    return answer


@router.post("/{meeting_id}/confirm", response_model=MeetingDetail)
async def confirm(meeting_id: uuid.UUID, office: Office, services: ServicesDep) -> MeetingDetail:
    """Locks the votes: who passed and who did not (and is told)."""
    async with services.transaction() as uow:
        await confirm_votes(
            uow, meeting_id, office.organisation_code, actor=office.account_id, rule=services.rule
        )
        answer = await meeting_detail(uow, meeting_id, services.rule)
    return answer


@router.post("/{meeting_id}/cases/{case_id}/corrections", response_model=MeetingDetail)
async def correct(
    meeting_id: uuid.UUID,
    case_id: uuid.UUID,
    body: CorrectionIn,
    office: Office,
    services: ServicesDep,
) -> MeetingDetail:
    """更正: a new, recorded entry with its reason; nothing is overwritten."""
    async with services.transaction() as uow:
        await correct_votes(
            uow, meeting_id, office.organisation_code, case_id, _tally(body),
            reason=body.reason, actor=office.account_id, rule=services.rule,
        )  # fmt: skip
        answer = await meeting_detail(uow, meeting_id, services.rule)
    return answer


@router.get(
    "/{meeting_id}/votes.xlsx",
    response_class=Response,
    responses={200: {"content": {XLSX: {}}, "description": "得票情况 (xlsx)"}},
)
async def vote_record(meeting_id: uuid.UUID, office: Office, services: ServicesDep) -> Response:
    """The meeting's vote record (得票情况) as an Excel workbook."""
    async with services.transaction() as uow:
        meeting = await own_meeting(uow, meeting_id, office.organisation_code)
        content = await meeting_votes(uow, meeting)
    return document(content, media_type=XLSX, filename=f"votes-{meeting.held_on:%Y%m%d}.xlsx")
