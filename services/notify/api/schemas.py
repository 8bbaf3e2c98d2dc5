"""HTTP models of notify's API (not contracts). Addresses are shown masked, never in full."""

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from services.notify.domain.notices import Channel, Status


class MessageOut(BaseModel):
    """One in-system message of a department (站内消息)."""

    id: uuid.UUID
    subject: str
    body: str
    application_id: uuid.UUID
    submission: int
    case_id: uuid.UUID | None
    link: str | None = Field(
        description="the 管理端 screen the message opens (the case, or 公示与异议), if any"
    )
    link_label: str | None = Field(description="the link's words, e.g. 查看该申报材料")
    created_at: datetime
    read: bool
    read_at: datetime | None


class MessagePage(BaseModel):
    total: int
    unread: int
    items: list[MessageOut]


class NoticeOut(BaseModel):
    id: uuid.UUID
    event_id: uuid.UUID
    event_type: str
    kind: str
    application_id: uuid.UUID
    submission: int
    case_id: uuid.UUID | None
    correlation_id: uuid.UUID
    recipient: str
    recipient_name: str | None
    channel: Channel
    channel_label: str
    address_masked: str | None
    subject: str | None
    body: str | None
    status: Status
    status_label: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    provider_ref: str | None
    created_at: datetime
    sent_at: datetime | None


class NoticePage(BaseModel):
    counts: dict[Status, int]
    status_labels: dict[Status, str]
    channel_labels: dict[Channel, str]
    total: int
    items: list[NoticeOut]


class ResendAllIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel: Channel | None = Field(default=None, title="渠道（不填则全部渠道）")


class ResendAllOut(BaseModel):
    queued: int = Field(title="已重新排队发送的通知数")
