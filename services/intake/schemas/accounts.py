"""Registration and login."""

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from shared.contracts.names import PersonName


class AccountCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: PersonName = Field(title="姓名")
    id_number: str = Field(min_length=1, max_length=30, title="身份证号码")
    phone: str = Field(min_length=1, max_length=20, title="手机号码")
    email: str | None = Field(
        default=None,
        max_length=254,
        title="电子邮箱",
        description="optional: notices always go by SMS to the phone; e-mail is a second channel",
    )
    password: str = Field(min_length=1, max_length=200, title="密码")


class AccountRead(BaseModel):
    id: uuid.UUID
    name: str
    id_number_masked: str
    phone_masked: str
    email: str | None


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id_number: str = Field(min_length=1, max_length=30, title="身份证号码")
    password: str = Field(min_length=1, max_length=200, title="密码")


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
