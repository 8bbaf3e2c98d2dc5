"""The operator's look-ups (系统管理员): an application by the applicant's name or its id, and
the state of every service's queues on the broker."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from services.review.api.dependencies import CurrentAdmin, ServicesDep
from services.review.api.schemas import (
    BrokerStateOut,
    QueueStateOut,
    ReadyCheckOut,
    ServiceOut,
    WorkerReadyOut,
)
from services.review.domain.case import CaseNotFound
from services.review.views.case_schemas import CaseLookupPage, CaseTimeline
from services.review.views.lookup import case_timeline, find_cases
from services.review.views.route_options import RouteOptionOut, route_options
from shared.messaging.inspection import broker_state
from shared.worker_probes import worker_readiness

router = APIRouter(prefix="/admin", tags=["admin"])

SERVICE_LABELS = {
    "intake": "申报服务",
    "review": "审核服务",
    "committee": "评委会服务",
    "notify": "通知服务",
}


@router.get("/cases", response_model=CaseLookupPage)
async def look_up_cases(
    _: CurrentAdmin,
    services: ServicesDep,
    q: Annotated[str, Query(min_length=1, max_length=60, title="申报人姓名或申报编号")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> CaseLookupPage:
    """申报查询: the cases whose applicant's name holds `q`, or whose application (or case) id it
    is, newest first, each with where it is now."""
    async with services.transaction() as uow:
        total, items = await find_cases(uow.session, q, now=services.clock(), limit=limit)
    return CaseLookupPage(total=total, items=items)


@router.get("/cases/{case_id}", response_model=CaseTimeline)
async def case_whereabouts(
    case_id: uuid.UUID, _: CurrentAdmin, services: ServicesDep
) -> CaseTimeline:
    """One case: where it is, its route and its timeline (ID number masked)."""
    async with services.transaction() as uow:
        case = await uow.cases.get(case_id)
        if case is None:
            raise CaseNotFound()
        return await case_timeline(uow.session, case, services.clock())


@router.get("/routes", response_model=list[RouteOptionOut])
async def routes(_: CurrentAdmin, services: ServicesDep) -> list[RouteOptionOut]:
    """Every choice of the employer step (a kind with a region, or a named organisation) and
    the organisations its route passes, in order: what the directory and route table imply."""
    return route_options(services.reference)


@router.get("/system/queues", response_model=BrokerStateOut)
async def queues(_: CurrentAdmin, services: ServicesDep) -> BrokerStateOut:
    """Each service's queues: messages waiting, consumers (its worker), dead letters."""
    state = await broker_state(services.settings.amqp_url)
    return BrokerStateOut(
        services=[ServiceOut(service=name, label=label) for name, label in SERVICE_LABELS.items()],
        error=state.error,
        queues=[
            QueueStateOut(**vars(q), service_label=SERVICE_LABELS[q.service]) for q in state.queues
        ],
    )


@router.get("/system/workers", response_model=list[WorkerReadyOut])
async def workers(_: CurrentAdmin, services: ServicesDep) -> list[WorkerReadyOut]:
    """Each service's worker as its own /ready answers (database, broker, migrations), asked
    at the addresses REVIEW_WORKER_READY_URLS names."""
    found = await worker_readiness(list(SERVICE_LABELS), services.settings.worker_ready_urls)
    return [
        WorkerReadyOut(
            service=w.service,
            service_label=SERVICE_LABELS[w.service],
            url=w.url,
            ready=w.ready,
            checks=[ReadyCheckOut.model_validate(c) for c in w.checks],
            error=w.error,
        )
        for w in found
    ]
