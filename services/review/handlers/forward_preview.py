"""审核汇总后报送, before anything moves: for exactly the ticked cases, where 报送 would send
each, or why it cannot be forwarded. The same rules decide as for the forward itself."""

import uuid
from collections.abc import Sequence

from services.review.domain.actions import Actor, Forward, decide
from services.review.domain.case import CaseNotFound
from services.review.unit_of_work import ReviewUnitOfWork
from services.review.views.case_schemas import (
    ForwardPreview,
    ForwardPreviewItem,
    OrganisationBrief,
)
from shared.contracts.vocabulary import ROLE_LABELS
from shared.refusals import Conflict


async def preview_forward(
    uow: ReviewUnitOfWork, case_ids: Sequence[uuid.UUID], actor: Actor
) -> ForwardPreview:
    """Changes nothing: one line per distinct case id, in the order given."""
    items = [await _item(uow, case_id, actor) for case_id in dict.fromkeys(case_ids)]
    forwardable = sum(1 for item in items if item.forwardable)
    return ForwardPreview(
        forwardable=forwardable, not_forwardable=len(items) - forwardable, items=items
    )


async def _item(uow: ReviewUnitOfWork, case_id: uuid.UUID, actor: Actor) -> ForwardPreviewItem:
    case = await uow.cases.get(case_id)
    if case is None or not case.visible_to(actor.organisation_code):
        return ForwardPreviewItem(
            case_id=case_id,
            applicant_name=None,
            forwardable=False,
            to=None,
            to_role_label=None,
            reason=CaseNotFound.message,
        )
    name = case.application.applicant_name
    try:
        decide(case, Forward(actor), uow.clock())
    except Conflict as refused:  # NotAtThisStage or ActionRefused, saying why
        reason = refused.text
    else:
        to = case.route[case.position]
        return ForwardPreviewItem(
            case_id=case_id,
            applicant_name=name,
            forwardable=True,
            to=OrganisationBrief(code=to.organisation_code, name=to.organisation_name),
            to_role_label=ROLE_LABELS[to.role],
            reason=None,
        )
    return ForwardPreviewItem(
        case_id=case_id,
        applicant_name=name,
        forwardable=False,
        to=None,
        to_role_label=None,
        reason=reason,
    )
