"""Notify's settings (env prefix NOTIFY_): where mail and SMS go, and how hard to try."""

from enum import StrEnum
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class SmsProvider(StrEnum):
    sink = "sink"  # files under NOTIFY_SMS_DIR: make run and the tests
    gateway = "gateway"  # an HTTP SMS gateway: URL, key, HMAC signature, idempotency key
    tencent = "tencent"  # Tencent Cloud SMS API 2021-01-11, TC3-HMAC-SHA256


class NotifySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NOTIFY_")

    database_url: str = "sqlite+aiosqlite:///var/notify.db"
    portal_url: str = Field(
        default="http://127.0.0.1:8000",
        description="the applicant portal (the gateway's address); every notice links to its "
        "progress page, <portal_url>/applications/<id>",
    )

    smtp_host: str = "127.0.0.1"
    smtp_port: int = Field(default=1025, ge=1, le=65535)
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False
    mail_from: str = "浙江省高级专业技术资格管理服务系统 <noreply@zhicheng.local>"
    message_id_domain: str = Field(
        default="notify.zhicheng.local", description="right-hand side of every Message-ID"
    )

    sms_provider: SmsProvider = SmsProvider.sink
    sms_dir: Path = Path("var/sms")
    sms_gateway_url: str | None = None
    sms_gateway_key: SecretStr | None = None
    sms_gateway_secret: SecretStr | None = None
    tencent_endpoint: str = "https://sms.tencentcloudapi.com"
    tencent_region: str = "ap-guangzhou"
    tencent_secret_id: SecretStr | None = None
    tencent_secret_key: SecretStr | None = None
    tencent_sms_app_id: str | None = None
    tencent_sms_sign_name: str | None = None
    tencent_sms_template_id: str | None = None

    max_attempts: int = Field(default=8, ge=1, description="tries before a notice is failed")
    retry_base_seconds: float = Field(default=30.0, gt=0, description="first retry's wait")
    retry_max_seconds: float = Field(default=3600.0, gt=0, description="longest wait")
    delivery_poll_seconds: float = Field(default=1.0, gt=0)
    delivery_batch_size: int = Field(default=20, ge=1)
    lease_seconds: float = Field(
        default=300.0, gt=0, description="a notice taken for sending is retried after this"
    )
    send_timeout_seconds: float = Field(default=30.0, gt=0)
