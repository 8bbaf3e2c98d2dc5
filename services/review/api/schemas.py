"""HTTP models of the department screens (not contracts)."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from services.review.domain.accounts import Account, AccountKind
from services.review.domain.actions import Decision
from services.review.domain.directory import Organisation
from services.review.reference_data import ReferenceData
from services.review.views.case_schemas import CaseListItem
from services.review.views.labels import CaseList
from shared.contracts.names import SignerName, clean_name
from shared.contracts.regions import region_name
from shared.contracts.vocabulary import ROLE_LABELS, FormKind, Role


class OrganisationOut(BaseModel):
    code: str
    name: str
    role: Role
    role_label: str
    region_code: str
    region_name: str
    sends_to: str | None


class LoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=60, title="用户名")
    password: str = Field(min_length=1, max_length=200, title="密码")


class AccountOut(BaseModel):
    id: uuid.UUID
    username: str
    display_name: str
    kind: AccountKind
    organisation: OrganisationOut | None
    active: bool


class LoginOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    account: AccountOut


class PasswordChangeIn(BaseModel):
    old_password: str = Field(min_length=1, max_length=200, title="原密码")
    new_password: str = Field(min_length=1, max_length=200, title="新密码")


class AccountCreateIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    username: str = Field(min_length=1, max_length=60, title="用户名")
    display_name: Annotated[str, clean_name("姓名")] = Field(
        min_length=1, max_length=100, title="姓名"
    )
    organisation_code: str | None = Field(default=None, max_length=60, title="所属机构代码")
    kind: AccountKind = AccountKind.department
    password: str | None = Field(
        default=None, max_length=200, title="初始密码（不填则由系统生成，只显示一次）"
    )


class AccountCreatedOut(BaseModel):
    account: AccountOut
    password: str = Field(description="the initial password: shown this once, never again")


class PasswordResetOut(BaseModel):
    password: str = Field(description="the new password: shown this once")


class RefuseIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=2000, title="不予接收理由")


class CorrectionItemIn(BaseModel):
    """One thing to correct: the form, the field (a path as the case's forms list them) and
    what to correct."""

    model_config = ConfigDict(extra="forbid")

    form: FormKind | None = Field(default=None, title="表单")
    field: str = Field(default="", max_length=200, title="栏目")
    note: str = Field(default="", max_length=2000, title="补正意见")


class ReturnForCorrectionIn(BaseModel):
    """退回补正: everything to correct at once (一次性告知); an empty list is refused."""

    model_config = ConfigDict(extra="forbid")

    items: list[CorrectionItemIn] = Field(max_length=100, title="补正内容")


class PaperCheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str = Field(default="", max_length=2000, title="核对说明")


class OpinionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: Decision = Field(title="审核意见（同意/不同意）")
    text: str = Field(default="", max_length=4000, title="意见内容（不同意时须写明理由）")
    signer: SignerName = Field(title="签署人")


class ForwardManyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    case_ids: list[uuid.UUID] = Field(min_length=1, max_length=200, title="报送的申报材料")


class RefusalReasonsOut(BaseModel):
    reasons: list[str] = Field(title="常用理由")


class MenuEntry(BaseModel):
    which: CaseList = Field(serialization_alias="list")
    label: str
    count: int


class MenuGroup(BaseModel):
    """One heading of the department's menu, in the notice's words, with its lists' counts."""

    title: str
    lists: list[MenuEntry]


class CaseListPage(BaseModel):
    which: CaseList = Field(serialization_alias="list")
    menu: str
    label: str
    counts: dict[CaseList, int]
    total: int
    items: list[CaseListItem]


def account_out(account: Account, reference: ReferenceData) -> AccountOut:
    org = reference.directory.get(account.organisation_code or "")
    return AccountOut(
        id=account.id,
        username=account.username,
        display_name=account.display_name,
        kind=account.kind,
        organisation=organisation_out(org) if org else None,
        active=account.active,
    )


def organisation_out(org: Organisation) -> OrganisationOut:
    return OrganisationOut(
        code=org.code,
        name=org.name,
        role=org.role,
        role_label=ROLE_LABELS[org.role],
        region_code=org.region_code,
        region_name=region_name(org.region_code),
        sends_to=org.sends_to,
    )


class QueueStateOut(BaseModel):
    service: str
    service_label: str
    queue: str
    exists: bool = Field(title="队列已声明")
    messages: int = Field(title="待处理消息")
    consumers: int = Field(title="消费者")
    dead_letters: int = Field(title="死信")


class ServiceOut(BaseModel):
    service: str = Field(description="its name in /api/<service>/…")
    label: str


class ReadyCheckOut(BaseModel):
    name: str = Field(description="database, broker or migrations")
    ok: bool
    detail: str


class WorkerReadyOut(BaseModel):
    service: str
    service_label: str
    url: str | None = Field(description="the worker's /ready asked; None: not configured")
    ready: bool
    checks: list[ReadyCheckOut]
    error: str | None = Field(description="why it did not answer with its checks")


class BrokerStateOut(BaseModel):
    services: list[ServiceOut] = Field(description="every service of the system, in this order")
    error: str | None = Field(description="why the broker could not be asked, if it could not")
    queues: list[QueueStateOut]
