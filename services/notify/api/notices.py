"""The operator's view of every notice, and resending a failed one (系统管理员)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request

from services.notify.api.dependencies import CurrentAdmin, ServicesDep
from services.notify.api.schemas import NoticeOut, NoticePage, ResendAllIn, ResendAllOut
from services.notify.commands import ResendFailedNotices, ResendNotice
from services.notify.domain.notices import Channel, Status
from services.notify.domain.refusals import NoticeNotFound
from services.notify.handlers.operator import resend_failed_notices, resend_notice
from services.notify.views.notices import notice_page, one_notice
from shared.audit import source_of
from shared.http import MAX_INTEGER

router = APIRouter(prefix="/notices", tags=["operator"])


@router.get("", response_model=NoticePage)
async def list_notices(
    _: CurrentAdmin,
    services: ServicesDep,
    application_id: uuid.UUID | None = None,
    status: Status | None = None,
    channel: Channel | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_INTEGER)] = 0,
) -> NoticePage:
    """Notices, newest first, by application, status and channel, with counts per status."""
    async with services.transaction() as uow:
        return await notice_page(
            uow.session,
            application_id=application_id,
            status=status,
            channel=channel,
            limit=limit,
            offset=offset,
        )


@router.post("/resend-failed", response_model=ResendAllOut)
async def resend_all_failed(
    body: ResendAllIn, admin: CurrentAdmin, services: ServicesDep, request: Request
) -> ResendAllOut:
    """全部重发: every failed notice (of one channel, if given) is sent again, its tries starting
    over; answers how many were queued. Calling it again queues only what failed since."""
    command = ResendFailedNotices(admin.account_id, body.channel, source_of(request))
    async with services.transaction() as uow:
        queued = await resend_failed_notices(uow, command)
    return ResendAllOut(queued=queued)


@router.get("/{notice_id}", response_model=NoticeOut)
async def read_notice(notice_id: uuid.UUID, _: CurrentAdmin, services: ServicesDep) -> NoticeOut:
    """One notice: its text, its tries and the provider's last answer."""
    async with services.transaction() as uow:
        found = await one_notice(uow.session, notice_id)
    if found is None:
        raise NoticeNotFound()
    return found


@router.post("/{notice_id}/resend", response_model=NoticeOut)
async def resend(
    notice_id: uuid.UUID, admin: CurrentAdmin, services: ServicesDep, request: Request
) -> NoticeOut:
    """Sends a failed notice again, its tries starting over; 409 if it is not failed."""
    command = ResendNotice(notice_id, admin.account_id, source_of(request))
    async with services.transaction() as uow:
        await resend_notice(uow, command)
    return await read_notice(notice_id, admin, services)
