"""One case as a department sees it: the submission, the route and every step of its history."""

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.actions import (
    ACTION_LABELS,
    CheckPaper,
    Forward,
    Receive,
    Refuse,
    SignOpinion,
)
from services.review.domain.case import Case, Status, summary
from services.review.models import case_history, organisation, review_case, route_stage
from services.review.views.labels import DECISION_LABELS, HISTORY_LABELS, OUTCOME_LABELS
from shared.contracts.vocabulary import ROLE_LABELS, Role


async def case_detail(session: AsyncSession, case: Case, viewer: str) -> dict[str, Any]:
    """Everything the screens show of `case` to the organisation `viewer` (who may see it)."""
    row = (await session.execute(select(review_case).where(review_case.c.id == case.id))).one()
    submitted = row.submitted or {}
    return {
        **summary(case),
        "applicant": {"name": row.applicant_name, "id_number_masked": row.id_number_masked},
        "employer": {"name": row.employer_name, "region_code": row.region_code},
        "current_profession": row.current_profession,
        "forms": submitted.get("forms"),
        "check_report": submitted.get("check_report"),
        "files": submitted.get("files", []),
        "submitted_at": submitted.get("submitted_at"),
        "route": await _route(session, case.id),
        "history": await _history(session, case.id),
        "allowed_actions": allowed_actions(case, viewer),
    }


def allowed_actions(case: Case, viewer: str) -> list[dict[str, str]]:
    """What the viewer may do now, so a screen shows only those buttons."""
    if not case.is_at(viewer):
        return []
    commands: dict[Status, list[type[Any]]] = {
        Status.pending_receipt: [Receive, Refuse],
        Status.pending_approval: [CheckPaper, SignOpinion],
        Status.pending_forwarding: [Forward],
    }
    return [
        {"action": command.__name__, "label": ACTION_LABELS[command]}
        for command in commands[case.status]
        if not (command is CheckPaper and case.paper_checked)
    ]


async def _route(session: AsyncSession, case_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = await session.execute(
        select(route_stage, organisation.c.name)
        .join(organisation, organisation.c.code == route_stage.c.organisation_code)
        .where(route_stage.c.case_id == case_id)
        .order_by(route_stage.c.position)
    )
    return [
        {
            "position": r.position,
            "role": r.role,
            "role_label": ROLE_LABELS[Role(r.role)],
            "organisation": {"code": r.organisation_code, "name": r.name},
            "paper_check_required": r.paper_check_required,
            "entered_at": r.entered_at,
            "left_at": r.left_at,
            "outcome": r.outcome,
            "outcome_label": OUTCOME_LABELS.get(r.outcome or ""),
        }
        for r in rows
    ]


async def _history(session: AsyncSession, case_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = await session.execute(
        select(case_history, organisation.c.name)
        .join(organisation, organisation.c.code == case_history.c.organisation_code)
        .where(case_history.c.case_id == case_id)
        .order_by(case_history.c.version)
    )
    return [
        {
            "at": r.at,
            "position": r.position,
            "organisation": {"code": r.organisation_code, "name": r.name},
            "action": r.action,
            "action_label": HISTORY_LABELS[r.action],
            "actor_name": r.actor_name,
            "decision": r.decision,
            "decision_label": DECISION_LABELS.get(r.decision or ""),
            "text": r.text,
            "signer": r.signer,
        }
        for r in rows
    ]
