"""Registration (with the phone's SMS code), password reset, login."""

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.contracts import CodePurpose
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
    phone_code: str = Field(
        min_length=1,
        max_length=10,
        title="短信验证码",
        description="from POST /accounts/phone-code",
    )


class RegistrationAccepted(BaseModel):
    """The same answer whether the ID number was new or already had an account."""

    accepted: Literal[True] = True
    message: str = (
        "注册申请已受理，请使用身份证号码和密码登录；如该身份证号码已注册，请直接登录或找回密码"
    )


class PhoneCodeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phone: str = Field(min_length=1, max_length=20, title="手机号码")
    purpose: CodePurpose = Field(title="用途", description="register: 注册; reset: 找回密码")


class PhoneCodeSent(BaseModel):
    """The same answer whether or not the number has an account."""

    sent: Literal[True] = True
    resend_after_seconds: int = Field(ge=0, description="wait this long before asking again")


class PasswordResetIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id_number: str = Field(min_length=1, max_length=30, title="身份证号码")
    phone: str = Field(min_length=1, max_length=20, title="手机号码")
    phone_code: str = Field(min_length=1, max_length=10, title="短信验证码")
    new_password: str = Field(min_length=1, max_length=200, title="新密码")


class AccountRead(BaseModel):
    id: uuid.UUID
    name: str
    id_number_masked: str
    phone_masked: str
    email: str | None


class PasswordChangeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    old_password: str = Field(min_length=1, max_length=200, title="原密码")
    new_password: str = Field(min_length=1, max_length=200, title="新密码")


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id_number: str = Field(min_length=1, max_length=30, title="身份证号码")
    password: str = Field(min_length=1, max_length=200, title="密码")


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
