"""The operator's view of every notice, and resending a failed one (系统管理员)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request

from services.notify.api.dependencies import CurrentAdmin, ServicesDep
from services.notify.api.schemas import NoticeOut, NoticePage
from services.notify.commands import ResendNotice
from services.notify.domain.notices import Channel, Status
from services.notify.handlers.operator import NoticeNotFound, NotResendable, resend_notice
from services.notify.models import audit
from services.notify.views.notices import notice_page, one_notice
from shared.audit import Audited, record, source_of
from shared.http import MAX_INTEGER

router = APIRouter(prefix="/notices", tags=["operator"])
_NOT_FOUND = HTTPException(status_code=404, detail="通知不存在")


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
    async with services.uow_factory() as uow:
        return await notice_page(
            uow.session,
            application_id=application_id,
            status=status,
            channel=channel,
            limit=limit,
            offset=offset,
        )


@router.get("/{notice_id}", response_model=NoticeOut)
async def read_notice(notice_id: uuid.UUID, _: CurrentAdmin, services: ServicesDep) -> NoticeOut:
    """One notice: its text, its tries and the provider's last answer."""
    async with services.uow_factory() as uow:
        found = await one_notice(uow.session, notice_id)
    if found is None:
        raise _NOT_FOUND
    return found


@router.post("/{notice_id}/resend", response_model=NoticeOut)
async def resend(
    notice_id: uuid.UUID, admin: CurrentAdmin, services: ServicesDep, request: Request
) -> NoticeOut:
    """Sends a failed notice again, its tries starting over; 409 if it is not failed."""
    done = Audited(str(admin.account_id), "notice.resend", str(notice_id), source_of(request))
    try:
        async with services.uow_factory() as uow:
            await record(uow.session, audit, done, at=uow.clock())
            await resend_notice(uow, ResendNotice(notice_id))
    except NoticeNotFound:
        raise _NOT_FOUND from None
    except NotResendable:
        raise HTTPException(status_code=409, detail="只有发送失败的通知可以重新发送") from None
    return await read_notice(notice_id, admin, services)
