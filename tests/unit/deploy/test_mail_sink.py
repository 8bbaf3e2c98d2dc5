"""The local mail sink keeps each mail as sent (.eml) and as a person reads it (.txt, UTF-8)."""

import smtplib
from email.message import EmailMessage
from pathlib import Path

from deploy.mail_sink import start_mail_sink
from tests.support.mail import free_port


def test_each_mail_is_kept_as_sent_and_readable_with_cat(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "浙江省高级专业技术资格管理服务系统 <noreply@zhicheng.local>"
    message["To"] = "张三 <zhang3@example.com>"
    message["Subject"] = "申报材料杭州市人力资源和社会保障局审核不同意"
    message.set_content("您的申报材料经审核不同意：学历证书不清晰。", charset="utf-8", cte="base64")
    port = free_port()
    sink = start_mail_sink(tmp_path, port=port)
    try:
        with smtplib.SMTP("127.0.0.1", port) as client:
            client.send_message(message)
    finally:
        sink.stop()
    [eml] = tmp_path.glob("*.eml")
    assert "学历证书".encode() not in eml.read_bytes(), "the .eml is kept as sent (base64)"
    text = eml.with_suffix(".txt").read_text(encoding="utf-8")
    assert "Subject: 申报材料杭州市人力资源和社会保障局审核不同意" in text
    assert "To: 张三 <zhang3@example.com>" in text
    assert "您的申报材料经审核不同意：学历证书不清晰。" in text
