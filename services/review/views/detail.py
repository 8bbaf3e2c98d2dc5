"""One case as a department sees it: the submission, the route and every step of its history."""

import uuid
from datetime import datetime
from typing import TypedDict

from sqlalchemy import RowMapping, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.actions import (
    ACTION_LABELS,
    CheckPaper,
    Command,
    Forward,
    Receive,
    Refuse,
    ReturnForCorrection,
    SignOpinion,
)
from services.review.domain.case import STATUS_LABELS, Case, Status
from services.review.domain.season import Season, china_day, waiting
from services.review.domain.told import told_on_refusal
from services.review.models import (
    case_history,
    id_number_reveal,
    organisation,
    review_case,
    route_stage,
)
from services.review.repository.history_details import HistoryDetails
from services.review.views.case_schemas import (
    ActionOut,
    ApplicantOut,
    CaseDetail,
    CaseSummary,
    ChangeOut,
    CorrectionItemOut,
    EmployerOut,
    FileOut,
    HistoryEntry,
    OrganisationBrief,
    Recipient,
    RouteStep,
    StepState,
)
from services.review.views.forms import check_out, readable_forms
from services.review.views.labels import (
    FILE_KIND_LABELS,
    HISTORY_LABELS,
    OUTCOME_LABELS,
    STEP_LABELS,
)
from shared.contracts.intake import FileRef
from shared.contracts.vocabulary import DECISION_LABELS, FORM_LABELS, ROLE_LABELS, FormKind, Role
from shared.json_object import JsonObject

REVEALED = "id_number_revealed"


class _Submitted(TypedDict, total=False):
    """What the case page reads of the submission kept whole (ApplicationSubmitted as JSON)."""

    submitted_at: str
    forms: JsonObject | None
    check_report: JsonObject | None
    files: list[JsonObject]


class _Correction(TypedDict, total=False):
    """A history entry's correction fields (HistoryEntry), when its details carry any."""

    correction_items: list[CorrectionItemOut]
    changes: list[ChangeOut]
    corrects_submission: int | None
    submission: int | None


def case_summary(case: Case) -> CaseSummary:
    stop = case.current
    return CaseSummary(
        id=case.id,
        application_id=case.application.application_id,
        submission=case.application.submission,
        status=case.status,
        status_label=STATUS_LABELS[case.status],
        position=case.position,
        stage_count=len(case.route),
        organisation=OrganisationBrief(code=stop.organisation_code, name=stop.organisation_name),
        paper_checked=case.paper_checked,
        paper_check_required=stop.paper_check_required,
        version=case.version,
    )


async def case_detail(
    session: AsyncSession, case: Case, viewer: str, now: datetime, season: Season | None
) -> CaseDetail:
    """Everything the screens show of `case` to the organisation `viewer` (who may see it)."""
    query = select(review_case).where(review_case.c.id == case.id)
    row = (await session.execute(query)).mappings().one()
    submitted: _Submitted = row["submitted"] or _Submitted()
    check = check_out(submitted.get("check_report"))
    waited = waiting(season, case.current.role, china_day(case.stage_entered_at), china_day(now))
    return CaseDetail(
        **case_summary(case).model_dump(),
        applicant=ApplicantOut(
            name=row["applicant_name"], id_number_masked=row["id_number_masked"]
        ),
        employer=EmployerOut(name=row["employer_name"], region_code=row["region_code"]),
        current_profession=row["current_profession"],
        submitted_at=submitted.get("submitted_at"),
        days_waiting=max(0, (now - case.stage_entered_at).days),
        working_days_waiting=waited.working_days,
        stage_limit=waited.limit,
        overdue=waited.overdue,
        forms=readable_forms(submitted.get("forms"), check),
        check=check,
        files=[_file(case, FileRef.model_validate(f)) for f in submitted.get("files", [])],
        route=await route_steps(session, case),
        history=await history_entries(session, case.id),
        allowed_actions=allowed_actions(case, viewer),
        can_reveal_id_number=case.is_at(viewer),
        told_on_refusal=[
            Recipient(who=t.who, who_label=t.who_label, name=t.name, channels=list(t.channels))
            for t in told_on_refusal(case)
        ]
        if case.is_at(viewer)
        else [],
    )


def allowed_actions(case: Case, viewer: str) -> list[ActionOut]:
    """What the viewer may do now, so a screen shows only those buttons."""
    if not case.is_at(viewer):
        return []
    commands: dict[Status, list[type[Command]]] = {
        Status.pending_receipt: [Receive, ReturnForCorrection, Refuse],
        Status.pending_approval: [CheckPaper, SignOpinion, ReturnForCorrection],
        Status.pending_forwarding: [Forward],
    }
    return [
        ActionOut(action=command.__name__, label=ACTION_LABELS[command])
        for command in commands[case.status]
        if not (command is CheckPaper and case.paper_checked)
    ]


def _file(case: Case, ref: FileRef) -> FileOut:
    application = case.application
    return FileOut(
        file_id=ref.file_id,
        kind=ref.kind,
        kind_label=FILE_KIND_LABELS[ref.kind],
        title=ref.title,
        media_type=ref.media_type,
        size=ref.size,
        width=ref.width,
        height=ref.height,
        sharpness=ref.sharpness,
        path=f"/materials/{application.application_id}/{application.submission}/{ref.file_id}",
    )


async def route_steps(session: AsyncSession, case: Case) -> list[RouteStep]:
    rows = await session.execute(
        select(route_stage, organisation.c.name)
        .join(organisation, organisation.c.code == route_stage.c.organisation_code)
        .where(route_stage.c.case_id == case.id)
        .order_by(route_stage.c.position)
    )
    steps = []
    for r in rows.mappings():
        state = StepState(case.stage_state(r["position"]))
        steps.append(
            RouteStep(
                position=r["position"],
                role=Role(r["role"]),
                role_label=ROLE_LABELS[Role(r["role"])],
                organisation=OrganisationBrief(code=r["organisation_code"], name=r["name"]),
                state=state,
                state_label=STEP_LABELS[state],
                paper_check_required=r["paper_check_required"],
                entered_at=r["entered_at"],
                left_at=r["left_at"],
                outcome=r["outcome"],
                outcome_label=OUTCOME_LABELS.get(r["outcome"] or ""),
            )
        )
    return steps


async def history_entries(session: AsyncSession, case_id: uuid.UUID) -> list[HistoryEntry]:
    """The case's transitions and every 显示完整号码, in the order they happened."""
    actions = await session.execute(
        select(case_history, organisation.c.name)
        .join(organisation, organisation.c.code == case_history.c.organisation_code)
        .where(case_history.c.case_id == case_id)
    )
    reveals = await session.execute(
        select(id_number_reveal, organisation.c.name)
        .join(organisation, organisation.c.code == id_number_reveal.c.organisation_code)
        .where(id_number_reveal.c.case_id == case_id)
    )
    entries = [_entry(r, r["action"], r) for r in actions.mappings()]
    entries += [_entry(r, REVEALED) for r in reveals.mappings()]
    return sorted(entries, key=lambda e: e.at)


def _entry(row: RowMapping, action: str, transition: RowMapping | None = None) -> HistoryEntry:
    decision = transition["decision"] if transition is not None else None
    return HistoryEntry(
        at=row["at"],
        position=row["position"],
        organisation=OrganisationBrief(code=row["organisation_code"], name=row["name"]),
        action=action,
        action_label=HISTORY_LABELS[action],
        actor_name=row["actor_name"],
        decision=decision,
        decision_label=DECISION_LABELS.get(decision or ""),
        text=transition["text"] if transition is not None else None,
        signer=transition["signer"] if transition is not None else None,
        **_details(transition["details"] if transition is not None else None),
    )


def _details(details: HistoryDetails | None) -> _Correction:
    """退回补正's items; a correction's diff and the submissions it went between."""
    if not details:
        return {}
    items = [
        CorrectionItemOut(form_label=FORM_LABELS[FormKind(form)], **i)
        for i in details.get("items", [])
        if (form := i.get("form"))
    ]
    changes = [
        ChangeOut(form_label=FORM_LABELS[FormKind(c["form"])], **c)
        for c in details.get("changes", [])
    ]
    return {
        "correction_items": items,
        "changes": changes,
        "corrects_submission": details.get("corrects_submission"),
        "submission": details.get("submission"),
    }
