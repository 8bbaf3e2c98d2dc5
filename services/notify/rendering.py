"""Notices written in Chinese from the Jinja2 templates in templates/:
`<applicant|unit>_<channel>.txt.j2`, each setting its `subject` and rendering its body."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from services.notify.commands import ChaseDepartment, TellOfficeOfObjection
from services.notify.domain.notices import APPLICANT, Channel, Outcome
from services.notify.domain.screens import PUBLICITY, case_page
from shared.contracts.vocabulary import ROLE_LABELS, Role

TEMPLATES = Path(__file__).parent / "templates"
CHINA = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class Rendered:
    subject: str | None
    body: str
    sms_params: list[str] | None  # a provider's pre-approved template takes these (Tencent)


class Renderer:
    def __init__(self, portal_url: str, directory: Path = TEMPLATES) -> None:
        self._portal = portal_url.rstrip("/")
        self._env = Environment(
            loader=FileSystemLoader(directory),
            undefined=StrictUndefined,
            autoescape=False,  # plain-text mail and SMS
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def link(self, outcome: Outcome) -> str:
        return f"{self._portal}/applications/{outcome.application_id}"

    def _admin_link(self, path: str) -> str:
        """A 管理端 screen, served from the same origin as the portal."""
        return f"{self._portal}{path}"

    def render(
        self,
        outcome: Outcome,
        *,
        recipient: str,
        recipient_name: str | None,
        channel: Channel,
        applicant_name: str | None,
    ) -> Rendered:
        who = "applicant" if recipient == APPLICANT else "unit"
        template = self._env.get_template(f"{who}_{channel}.txt.j2")
        context = self._context(outcome, recipient_name, applicant_name)
        if who == "unit" and outcome.case_id:  # the unit opens the case, not the applicant's page
            context["link"] = self._admin_link(case_page(outcome.case_id))
        module = template.make_module(context)
        subject = str(getattr(module, "subject", "")).strip() or None
        body = "\n".join(line.rstrip() for line in str(module).strip().splitlines())
        params = [applicant_name or "申报对象", context["link"]] if channel == Channel.sms else None
        return Rendered(subject=subject, body=body + "\n", sms_params=params)

    def phone_code(self, *, code: str, valid_minutes: int, purpose: str) -> Rendered:
        """The SMS carrying a one-time code (短信验证码)."""
        template = self._env.get_template("phone_code_sms.txt.j2")
        body = template.render(code=code, valid_minutes=valid_minutes, purpose=purpose).strip()
        return Rendered(subject=None, body=body + "\n", sms_params=[code, str(valid_minutes)])

    def overdue(self, command: ChaseDepartment, channel: Channel) -> Rendered:
        """催办 to a department: which case, in which list, how long against its limit."""
        module = self._env.get_template(f"overdue_{channel}.txt.j2").make_module(
            {
                "c": command,
                "entered": command.entered_at.astimezone(CHINA).strftime("%Y年%m月%d日 %H:%M"),
                "link": self._admin_link(case_page(command.case_id)),
            }
        )
        subject = str(getattr(module, "subject", "")).strip() or None
        body = "\n".join(line.rstrip() for line in str(module).strip().splitlines())
        return Rendered(subject=subject, body=body + "\n", sms_params=None)

    def objection(self, command: TellOfficeOfObjection, channel: Channel) -> Rendered:
        """异议 to a committee office: whose, when, until when the 公示 runs; a link to decide."""
        module = self._env.get_template(f"objection_{channel}.txt.j2").make_module(
            {
                "c": command,
                "filed": command.filed_at.astimezone(CHINA).strftime("%Y年%m月%d日 %H:%M"),
                "ends": command.publicity_ends_on.strftime("%Y年%m月%d日"),
                "link": self._admin_link(PUBLICITY),
            }
        )
        subject = str(getattr(module, "subject", "")).strip() or None
        body = "\n".join(line.rstrip() for line in str(module).strip().splitlines())
        return Rendered(subject=subject, body=body + "\n", sms_params=None)

    def _context(
        self, outcome: Outcome, recipient_name: str | None, applicant_name: str | None
    ) -> dict[str, Any]:
        role = ROLE_LABELS.get(Role(outcome.role)) if outcome.role else None
        lower = outcome.lower_unit
        return {
            "o": {
                "kind": outcome.kind.value,
                "application_id": outcome.application_id,
                "submission": outcome.submission,
                "decided_by": outcome.decided_by.name if outcome.decided_by else None,
                "role_label": role,
                "position": outcome.position,
                "stage_count": outcome.stage_count,
                "lower_unit": lower.name if lower else None,
                "reasons": list(outcome.reasons),
                "committee_passed": outcome.committee_passed,
            },
            "applicant_name": applicant_name,
            "recipient_name": recipient_name,
            "decided_at": outcome.decided_at.astimezone(CHINA).strftime("%Y年%m月%d日 %H:%M"),
            "link": self.link(outcome),
        }
