"""A department's in-system messages (站内消息): refusals of cases it sent up."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from services.notify.api.dependencies import CurrentOrganisation, ServicesDep
from services.notify.api.schemas import MessageOut, MessagePage
from services.notify.commands import MarkMessageRead
from services.notify.domain.refusals import MessageNotFound
from services.notify.handlers.operator import mark_message_read
from services.notify.views.messages import message_page, one_message
from shared.http import MAX_INTEGER

router = APIRouter(prefix="/messages", tags=["messages"])


@router.get("", response_model=MessagePage)
async def list_messages(
    organisation: CurrentOrganisation,
    services: ServicesDep,
    unread: bool = False,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_INTEGER)] = 0,
) -> MessagePage:
    """The department's messages, unread first; `unread=true` lists only those."""
    async with services.transaction() as uow:
        return await message_page(
            uow.session, organisation, unread_only=unread, limit=limit, offset=offset
        )


@router.get("/{message_id}", response_model=MessageOut)
async def read_message(
    message_id: uuid.UUID, organisation: CurrentOrganisation, services: ServicesDep
) -> MessageOut:
    """One message (another organisation's answers 404)."""
    async with services.transaction() as uow:
        message = await one_message(uow.session, organisation, message_id)
    if message is None:
        raise MessageNotFound()
    return message


@router.post("/{message_id}/read", response_model=MessageOut)
async def mark_read(
    message_id: uuid.UUID, organisation: CurrentOrganisation, services: ServicesDep
) -> MessageOut:
    """Marks the message read (again: no change)."""
    async with services.transaction() as uow:
        await mark_message_read(uow, MarkMessageRead(message_id, organisation))
    return await read_message(message_id, organisation, services)
