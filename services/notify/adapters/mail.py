"""E-mail through SMTP (aiosmtplib). Every notice's Message-ID is derived from its id, itself
derived from (event, recipient, channel): a mail sent twice is recognisably the same mail."""

from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr

import aiosmtplib

from services.notify.adapters.ports import Delivery, Outgoing, answer_of
from shared.db import Clock


class SmtpMailer:
    def __init__(
        self,
        *,
        host: str,
        port: int,
        sender: str,
        message_id_domain: str,
        clock: Clock,
        username: str | None = None,
        password: str | None = None,
        starttls: bool = False,
        timeout: float = 30.0,
    ) -> None:
        self._host, self._port, self._sender = host, port, sender
        self._domain, self._clock = message_id_domain, clock
        self._username, self._password = username, password
        self._starttls, self._timeout = starttls, timeout

    def message(self, notice: Outgoing) -> EmailMessage:
        name, address = parseaddr(self._sender)
        mail = EmailMessage()
        mail["From"] = formataddr((name, address), charset="utf-8")
        mail["To"] = notice.address
        mail["Subject"] = notice.subject or "【职称申报】通知"
        mail["Date"] = format_datetime(self._clock())
        mail["Message-ID"] = f"<{notice.notice_id}@{self._domain}>"
        mail["X-Zhicheng-Notice"] = str(notice.notice_id)
        mail.set_content(notice.body, charset="utf-8")
        return mail

    async def send(self, notice: Outgoing) -> Delivery:
        try:
            _, reply = await aiosmtplib.send(
                self.message(notice),
                hostname=self._host,
                port=self._port,
                username=self._username,
                password=self._password,
                start_tls=self._starttls,
                timeout=self._timeout,
            )
        except aiosmtplib.SMTPResponseException as refused:
            answer = answer_of(f"{refused.code} {refused.message}", notice.address)
            return Delivery(False, answer, permanent=500 <= refused.code < 600)
        except aiosmtplib.SMTPRecipientsRefused as refused:
            return Delivery(False, answer_of(str(refused), notice.address), permanent=True)
        except aiosmtplib.SMTPConnectError as away:  # refused, timed out, no such host
            return Delivery(False, answer_of(repr(away), notice.address), unreachable=True)
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as error:
            return Delivery(False, answer_of(repr(error), notice.address))
        return Delivery(True, answer_of(reply, notice.address))
