"""The three screens' actions on a case, and the case itself.

Every action takes an optional Idempotency-Key: a retried request gets the first answer again
and changes nothing. A case another department is working on, or that never passed through the
caller's department, answers 404; one that passed through it but moved on answers 409 with its
current state, as does one that another clerk changed first."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Header, Request

from services.review.api.dependencies import CurrentDepartment, ServicesDep
from services.review.api.schemas import (
    CorrectionItemIn,
    ForwardManyIn,
    OpinionIn,
    PaperCheckIn,
    RefusalReasonsOut,
    RefuseIn,
    ReturnForCorrectionIn,
)
from services.review.domain.actions import (
    CheckPaper,
    Command,
    CorrectionPoint,
    Forward,
    Receive,
    Refuse,
    ReturnForCorrection,
    SignOpinion,
)
from services.review.handlers.case_actions import (
    act_on_case,
    act_on_case_once,
    forward_cases,
    visible_case,
)
from services.review.handlers.forward_preview import preview_forward
from services.review.handlers.identity import reveal_id_number
from services.review.views.case_schemas import (
    BatchForwardResult,
    CaseActionResult,
    CaseDetail,
    ForwardPreview,
    IdNumberOut,
)
from services.review.views.detail import case_detail
from shared.audit import source_of
from shared.contracts.forms import FORM_MODELS, field_label
from shared.contracts.vocabulary import FORM_LABELS
from shared.json_object import JsonObject
from shared.refusals import InvalidInput

router = APIRouter(prefix="/cases", tags=["cases"])
IdempotencyKey = Annotated[str | None, Header(max_length=200)]
_ANSWERS: dict[int | str, JsonObject] = {
    404: {"description": "申报材料不存在（或不属于本部门）"},
    409: {"description": "申报材料的状态不允许此操作，或已被他人先行处理；返回当前状态"},
    422: {"description": "输入有误"},
}


async def _act(
    services: ServicesDep, case_id: uuid.UUID, command: Command, key: str | None
) -> CaseActionResult:
    """The action in the request's transaction; under a key, once (the handler then holds the
    transactions itself: see act_on_case_once)."""
    if key is not None:
        return await act_on_case_once(services.uow_factory, case_id, command, key)
    async with services.transaction() as uow:
        return await act_on_case(uow, case_id, command)


@router.get("/refusal-reasons", response_model=RefusalReasonsOut)
async def refusal_reasons(_: CurrentDepartment, services: ServicesDep) -> RefusalReasonsOut:
    """Common reasons for 不予接收 / 审核不同意, to pick from (free text may be added)."""
    return RefusalReasonsOut(reasons=list(services.reference.refusal_reasons))


@router.get("/{case_id}", response_model=CaseDetail, responses={404: _ANSWERS[404]})
async def read_case(
    case_id: uuid.UUID, actor: CurrentDepartment, services: ServicesDep
) -> CaseDetail:
    """The case page: the four forms with the check's findings on their fields, photo and
    scans, route as steps, full history, the actions allowed now and who a refusal would tell."""
    async with services.transaction() as uow:
        case = await visible_case(uow, case_id, actor.organisation_code)
        season = await uow.season.current_season()
        return await case_detail(
            uow.session, case, actor.organisation_code, services.clock(), season
        )


@router.post(
    "/{case_id}/id-number",
    response_model=IdNumberOut,
    responses={
        404: _ANSWERS[404],
        409: {"description": "只有当前经办部门可以显示完整号码；返回当前状态"},
        503: {"description": "尚未收到完整号码，稍后再试"},
    },
)
async def reveal(
    case_id: uuid.UUID, actor: CurrentDepartment, services: ServicesDep, request: Request
) -> IdNumberOut:
    """显示完整号码: the full ID number for the department holding the case, recorded in the
    case's history and the audit records (who, when, from where)."""
    async with services.transaction() as uow:
        return await reveal_id_number(uow, case_id, actor, source_of(request))


@router.post("/{case_id}/receive", response_model=CaseActionResult, responses=_ANSWERS)
async def receive(
    case_id: uuid.UUID,
    actor: CurrentDepartment,
    services: ServicesDep,
    idempotency_key: IdempotencyKey = None,
) -> CaseActionResult:
    """接收: the department takes the case in (待接收申报材料 → 待审批材料)."""
    return await _act(services, case_id, Receive(actor), idempotency_key)


@router.post("/{case_id}/refuse", response_model=CaseActionResult, responses=_ANSWERS)
async def refuse(
    case_id: uuid.UUID,
    body: RefuseIn,
    actor: CurrentDepartment,
    services: ServicesDep,
    idempotency_key: IdempotencyKey = None,
) -> CaseActionResult:
    """不予接收: refused with a reason; the applicant and the unit that sent it are told."""
    return await _act(services, case_id, Refuse(actor, body.reason), idempotency_key)


@router.post(
    "/{case_id}/return-for-correction", response_model=CaseActionResult, responses=_ANSWERS
)
async def return_for_correction(
    case_id: uuid.UUID,
    body: ReturnForCorrectionIn,
    actor: CurrentDepartment,
    services: ServicesDep,
    idempotency_key: IdempotencyKey = None,
) -> CaseActionResult:
    """退回补正: back to the applicant with every item to correct, each a form's field and what
    to correct (一次性告知); once corrected it comes back here, at this stage. Refused with an
    empty list or an item without form, field or note; a field the form does not have is a 422."""
    points = tuple(_point(number, item) for number, item in enumerate(body.items))
    return await _act(services, case_id, ReturnForCorrection(actor, points), idempotency_key)


def _point(number: int, item: CorrectionItemIn) -> CorrectionPoint:
    field = item.field.strip()
    label = ""
    if item.form is not None and field:
        model = FORM_MODELS[item.form]
        if field.split(".")[0] not in model.model_fields:
            message = f"退回补正第 {number + 1} 项：{FORM_LABELS[item.form]}没有“{field}”这一栏"
            raise InvalidInput([(f"items.{number}.field", message)])
        label = field_label(model, field.split("."))
    return CorrectionPoint(form=item.form, field=field, field_label=label, note=item.note)


@router.post("/{case_id}/paper-check", response_model=CaseActionResult, responses=_ANSWERS)
async def check_paper(
    case_id: uuid.UUID,
    actor: CurrentDepartment,
    services: ServicesDep,
    body: Annotated[PaperCheckIn | None, Body()] = None,
    idempotency_key: IdempotencyKey = None,
) -> CaseActionResult:
    """纸质材料已核对: the paper copy arrived and matches the electronic one. No body is needed;
    `{"note": "..."}` adds a remark."""
    note = body.note if body is not None else ""
    return await _act(services, case_id, CheckPaper(actor, note), idempotency_key)


@router.post("/{case_id}/opinion", response_model=CaseActionResult, responses=_ANSWERS)
async def sign_opinion(
    case_id: uuid.UUID,
    body: OpinionIn,
    actor: CurrentDepartment,
    services: ServicesDep,
    idempotency_key: IdempotencyKey = None,
) -> CaseActionResult:
    """签署审核意见: agree (→ 待报送材料) or disagree with a reason (the route ends)."""
    command = SignOpinion(actor, body.decision, body.text, body.signer)
    return await _act(services, case_id, command, idempotency_key)


@router.post("/{case_id}/forward", response_model=CaseActionResult, responses=_ANSWERS)
async def forward(
    case_id: uuid.UUID,
    actor: CurrentDepartment,
    services: ServicesDep,
    idempotency_key: IdempotencyKey = None,
) -> CaseActionResult:
    """报送: to the next stage of the case's route (the last stage hands it to the committee)."""
    return await _act(services, case_id, Forward(actor), idempotency_key)


@router.post("/forward/preview", response_model=ForwardPreview, responses={422: _ANSWERS[422]})
async def forward_preview(
    body: ForwardManyIn, actor: CurrentDepartment, services: ServicesDep
) -> ForwardPreview:
    """审核汇总后报送, previewed: for exactly the ticked cases, where each would go or why it
    cannot be forwarded. Nothing moves."""
    async with services.transaction() as uow:
        return await preview_forward(uow, body.case_ids, actor)


@router.post(
    "/forward",
    response_model=BatchForwardResult,
    response_model_exclude_unset=True,  # each result carries only its own answer's fields
    responses={422: _ANSWERS[422]},
)
async def forward_many(
    body: ForwardManyIn,
    actor: CurrentDepartment,
    services: ServicesDep,
    idempotency_key: IdempotencyKey = None,
) -> BatchForwardResult:
    """审核汇总后报送: forwards several cases at once; the answer lists each case's result."""
    return await forward_cases(
        services.uow_factory, body.case_ids, actor, idempotency_key=idempotency_key
    )
