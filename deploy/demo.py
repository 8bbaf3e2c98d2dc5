"""`make demo`: fills the system `make run` runs with a season of applications, through the
public APIs only (accounts: review's command line for the first operator, then its admin API),
and prints every login.

    python -m deploy.demo [--applications 200]

Department accounts for every organisation on the demo's routes, applications at every stage
(waiting, received, agreed, refused and told, disagreed, corrected and sent again, withdrawn, at
the mid-committee office, voted on, passed, not recommended, sent online to the senior committee
and received there). The logins are kept in var/demo-logins.json (0600): run it again and it
prints them without filling the system twice."""

import argparse
import asyncio
import json
import os
import secrets
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx

from deploy.demo_plan import (
    CORRECTIONS,
    ROUTE_KINDS,
    SENIOR_OFFICE,
    SENIOR_RECEIVES,
    Fate,
    Planned,
    season,
)
from deploy.season import encoded, forms_for, person, portrait
from deploy.sms_code import wait_for_code

LOGINS = Path("var/demo-logins.json")
SMS_SINK = Path(os.environ.get("NOTIFY_SMS_DIR", "var/sms"))  # notify's sink under make run
ADMIN = "demo.admin"
APPLICANT_PASSWORD = "Shenbao-2026"
CLERKS = "王芳李娜张伟刘洋陈静杨帆赵磊黄敏周杰吴婷"
STALL_SECONDS = 60.0  # the demo gives up when nothing it waits for happened for so long
CONCURRENCY = 6


class DemoError(RuntimeError):
    """A step of the demo that the system refused: says which, and what it answered."""


def _port(service: str, default: int) -> int:
    return int(os.environ.get(f"{service.upper()}_PORT", default))


def urls() -> dict[str, str]:
    return {
        name: f"http://127.0.0.1:{_port(name, port)}"
        for name, port in (("intake", 8001), ("review", 8002), ("committee", 8003))
    }


def expect(response: httpx.Response, *statuses: int, doing: str) -> dict[str, Any]:
    if response.status_code not in statuses:
        raise DemoError(f"{doing}: {response.status_code} {response.text[:300]}")
    return dict(response.json()) if response.content else {}


class Demo:
    def __init__(self, clients: dict[str, httpx.AsyncClient], python: str) -> None:
        self.intake, self.review, self.committee = (
            clients["intake"], clients["review"], clients["committee"],
        )  # fmt: skip
        self.python = python
        self.logins: dict[str, dict[str, str]] = {}  # organisation code -> login
        self.tokens: dict[str, dict[str, str]] = {}
        self.signers: dict[str, str] = {}  # organisation code -> the clerk who signs
        self.gate = asyncio.Semaphore(CONCURRENCY)

    # --- accounts ---------------------------------------------------------------------------

    async def accounts(self, organisations: Iterable[str], known: dict[str, Any]) -> None:
        """The operator (review's command line), then a department account per organisation
        (review's admin API); passwords already kept in var/demo-logins.json are reused."""
        admin_password = await self._operator(known.get("admin"))
        self.logins["<admin>"] = {"username": ADMIN, "password": admin_password}
        admin = await self._token(ADMIN, admin_password)
        existing = {
            a["username"]: a["id"]
            for a in expect_list(await self.review.get("/admin/accounts", headers=admin))
        }
        for number, code in enumerate(sorted(set(organisations))):
            username = code
            self.signers[code] = CLERKS[2 * (number % 10) : 2 * (number % 10) + 2]
            kept = known.get("departments", {}).get(code)
            if username in existing:
                if kept and await self._can_log_in(username, kept["password"]):
                    self.logins[code] = kept
                    continue
                reset = await self.review.post(
                    f"/admin/accounts/{existing[username]}/reset-password", headers=admin
                )
                password = expect(reset, 200, doing=f"重置 {username} 的密码")["password"]
            else:
                password = secrets.token_urlsafe(9)
                created = await self.review.post(
                    "/admin/accounts",
                    headers=admin,
                    json={
                        "username": username,
                        "display_name": self.signers[code],
                        "organisation_code": code,
                        "password": password,
                    },
                )
                expect(created, 201, doing=f"创建 {code} 的账号")
            self.logins[code] = {"username": username, "password": password}

    async def _operator(self, kept: dict[str, str] | None) -> str:
        if kept and await self._can_log_in(ADMIN, kept["password"]):
            return kept["password"]
        password = secrets.token_urlsafe(12)
        cli = [self.python, "-m", "services.review", "accounts"]
        create = [*cli, "create", "--username", ADMIN, "--name", "演示管理员", "--admin"]
        create.append("--password-stdin")
        made = await asyncio.to_thread(
            subprocess.run, create, input=password + "\n", capture_output=True, text=True
        )
        if made.returncode == 0:
            return password
        reset = [*cli, "reset-password", "--username", ADMIN]
        again = await asyncio.to_thread(subprocess.run, reset, capture_output=True, text=True)
        if again.returncode != 0:
            raise DemoError(
                f"创建演示管理员账号失败：{made.stderr.strip() or again.stderr.strip()}"
            )
        return again.stdout.strip().rsplit(": ", 1)[1]

    async def _can_log_in(self, username: str, password: str) -> bool:
        login = await self.review.post(
            "/auth/login", json={"username": username, "password": password}
        )
        return login.status_code == 200

    async def _token(self, username: str, password: str) -> dict[str, str]:
        login = await self.review.post(
            "/auth/login", json={"username": username, "password": password}
        )
        token = expect(login, 200, doing=f"{username} 登录")["access_token"]
        return {"Authorization": f"Bearer {token}"}

    async def department(self, code: str) -> dict[str, str]:
        if code not in self.tokens:
            login = self.logins[code]
            self.tokens[code] = await self._token(login["username"], login["password"])
        return self.tokens[code]

    # --- applicants ---------------------------------------------------------------------------

    async def apply(self, planned: Planned) -> None:
        async with self.gate:
            applicant = planned.applicant
            code = await self._phone_code(applicant["phone"])
            account = {**applicant, "password": APPLICANT_PASSWORD, "phone_code": code}
            registered = await self.intake.post("/accounts", json=account)
            expect(registered, 202, doing=f"{applicant['name']} 注册")
            login = await self.intake.post(
                "/accounts/token",
                json={"id_number": applicant["id_number"], "password": APPLICANT_PASSWORD},
            )
            token = expect(login, 200, doing=f"{applicant['name']} 登录")["access_token"]
            planned.headers = {"Authorization": f"Bearer {token}"}
            created = await self.intake.post("/applications", headers=planned.headers)
            planned.application_id = str(expect(created, 201, doing="新建申报")["id"])
            base = f"/applications/{planned.application_id}"
            body = planned.body()
            saved = await self.intake.put(
                f"{base}/employer", json=body["employer"], headers=planned.headers
            )
            expect(saved, 204, doing=f"{applicant['name']} 填写单位")
            for form, content in forms_for(body, index=planned.index).items():
                saved = await self.intake.put(
                    f"{base}/forms/{form}", json=content, headers=planned.headers
                )
                expect(saved, 204, doing=f"{applicant['name']} 填写 {form}")
            photo = {"file": ("photo.jpg", encoded(portrait(seed=planned.index)), "image/jpeg")}
            uploaded = await self.intake.put(f"{base}/photo", files=photo, headers=planned.headers)
            expect(uploaded, 201, doing=f"{applicant['name']} 上传照片")
            if planned.fate == Fate.draft:
                planned.settled = True
                return
            await self.submit(planned)

    async def _phone_code(self, phone: str) -> str:
        """The SMS code registration needs, as notify's sink (var/sms/) received it."""
        asked_at = time.time()
        sent = await self.intake.post(
            "/accounts/phone-code", json={"phone": phone, "purpose": "register"}
        )
        expect(sent, 202, doing="获取短信验证码")
        code = await asyncio.to_thread(wait_for_code, SMS_SINK, phone, newer_than=asked_at - 1)
        if code is None:
            raise DemoError(f"短信验证码未送达 {SMS_SINK}/：请确认 notify 正在运行")
        return code

    async def submit(self, planned: Planned) -> None:
        sent = await self.intake.post(
            f"/applications/{planned.application_id}/submit", headers=planned.headers
        )
        planned.submission = int(expect(sent, 202, doing="提交申报")["submission"])
        planned.passed = 0

    async def resubmit(self, planned: Planned) -> None:
        """The applicant corrects the 评审表 the refusal named, and submits again."""
        body = planned.body()
        review_form = forms_for(body, index=planned.index)["review"]
        review_form["work_summary"] += "（已按审核意见更正）"
        base = f"/applications/{planned.application_id}"
        for _ in range(50):  # the refusal reaches intake through the broker
            status = (await self.intake.get(base, headers=planned.headers)).json()["status"]
            if status == "rejected":
                break
            await asyncio.sleep(0.2)
        saved = await self.intake.put(
            f"{base}/forms/review", json=review_form, headers=planned.headers
        )
        expect(saved, 204, doing="更正评审表")
        await self.submit(planned)

    # --- review -------------------------------------------------------------------------------

    async def sweep(self, code: str, by_application: dict[str, Planned]) -> int:
        """One look at a department's 待接收 lists; acts on every demo case there. Returns how
        many it acted on."""
        headers = await self.department(code)
        acted = 0
        for which in ("personal", "unit"):
            page = await self.review.get(
                "/cases", params={"list": which, "limit": 200}, headers=headers
            )
            for item in expect(page, 200, doing=f"{code} 的待接收申报材料")["items"]:
                planned = by_application.get(item["application_id"])
                if planned is None or planned.settled or item["submission"] != planned.submission:
                    continue
                await self.act(code, item["case_id"], planned)
                acted += 1
        return acted

    async def act(self, code: str, case_id: str, planned: Planned) -> None:
        stage = planned.passed
        fate = planned.fate
        resubmitted = fate == Fate.resubmitted and planned.submission > 1
        if fate.through_review or (stage < planned.stop and not resubmitted):
            await self._steps(code, case_id, ("receive", "paper-check", "agree", "forward"))
            planned.passed += 1
            if planned.passed == len(planned.kind.stages):
                planned.settled = True  # on its way to the office
            return
        if resubmitted or fate in (Fate.waiting,):
            planned.settled = True
            return
        if fate == Fate.withdrawn:
            answer = await self.intake.post(
                f"/applications/{planned.application_id}/withdraw", headers=planned.headers
            )
            expect(answer, 202, doing="撤回申报")
            planned.settled = True
            return
        steps: tuple[str, ...] = {
            Fate.received: ("receive",),
            Fate.agreed: ("receive", "paper-check", "agree"),
            Fate.refused: ("refuse",),
            Fate.resubmitted: ("refuse",),
            Fate.disagreed: ("receive", "paper-check", "disagree"),
            Fate.returned: ("receive", "return"),
        }[fate]
        await self._steps(code, case_id, steps, reason=planned.reason)
        planned.settled = fate != Fate.resubmitted
        if fate == Fate.resubmitted:
            await self.resubmit(planned)

    async def _steps(
        self, code: str, case_id: str, steps: Iterable[str], *, reason: str = ""
    ) -> None:
        headers = await self.department(code)
        signer = self.signers[code]
        bodies: dict[str, tuple[str, dict[str, Any] | None]] = {
            "receive": ("receive", None),
            "paper-check": ("paper-check", {"note": "纸质材料齐全，与电子材料一致"}),
            "agree": ("opinion", {"decision": "agree", "text": "同意报送", "signer": signer}),
            "disagree": ("opinion", {"decision": "disagree", "text": reason, "signer": signer}),
            "refuse": ("refuse", {"reason": reason}),
            "return": ("return-for-correction", {"items": list(CORRECTIONS)}),
            "forward": ("forward", None),
        }  # fmt: skip
        for step in steps:
            action, body = bodies[step]
            answer = await self.review.post(
                f"/cases/{case_id}/{action}", json=body, headers=headers
            )
            expect(answer, 200, doing=f"{code} {action}")

    async def through_review(self, planned: list[Planned]) -> None:
        by_application = {p.application_id: p for p in planned if p.application_id}
        codes = sorted({code for p in planned for code in p.kind.stages})
        last_progress = time.monotonic()
        while not all(p.settled for p in planned):
            if time.monotonic() > last_progress + STALL_SECONDS:
                stuck = [p for p in planned if not p.settled]
                raise DemoError(
                    f"{len(stuck)} 份申报未能按计划完成审核（如 {stuck[0].applicant['name']}）"
                )
            acted = sum(await asyncio.gather(*(self.sweep(c, by_application) for c in codes)))
            if acted:
                last_progress = time.monotonic()
            else:
                await asyncio.sleep(0.3)

    # --- committee ----------------------------------------------------------------------------

    async def committee_season(self, planned: list[Planned]) -> list[str]:
        """Each office's work: receipt, refusals, a meeting with votes, the choice, the online
        submission; the senior office receives some batches. Returns the batches sent."""
        batches = []
        offices = sorted({p.kind.office for p in planned if p.fate.through_review})
        for office in offices:
            ours = [p for p in planned if p.fate.through_review and p.kind.office == office]
            headers = await self.department(office)
            cases = await self._arrived(office, headers, ours)
            for p in ours:
                case_id = cases[p.application_id or ""]
                if p.fate == Fate.office_refused:
                    answer = await self.committee.post(
                        f"/cases/{case_id}/refuse", json={"reason": p.reason}, headers=headers
                    )
                    expect(answer, 200, doing=f"{office} 不予接收")
                elif p.fate != Fate.at_office:
                    answer = await self.committee.post(f"/cases/{case_id}/receive", headers=headers)
                    expect(answer, 200, doing=f"{office} 接收")
            voted = [p for p in ours if p.fate.in_meeting]
            if not voted:
                continue
            batch = await self._meeting(office, headers, voted, cases)
            if batch:
                batches.append(batch)
        return batches

    async def _arrived(
        self, office: str, headers: dict[str, str], ours: list[Planned]
    ) -> dict[str, str]:
        wanted = {p.application_id for p in ours}
        seen, last_progress = 0, time.monotonic()
        while True:
            page = await self.committee.get(
                "/cases", params={"list": "pending_receipt", "limit": 200}, headers=headers
            )
            items = expect(page, 200, doing=f"{office} 待接收材料")["items"]
            cases = {
                i["application_id"]: i["case_id"] for i in items if i["application_id"] in wanted
            }
            if len(cases) == len(wanted):
                return cases
            if len(cases) > seen:
                seen, last_progress = len(cases), time.monotonic()
            if time.monotonic() > last_progress + STALL_SECONDS:
                raise DemoError(f"{office} 只收到 {len(cases)}/{len(wanted)} 份申报材料")
            await asyncio.sleep(0.3)

    async def _meeting(
        self, office: str, headers: dict[str, str], voted: list[Planned], cases: dict[str, str]
    ) -> str | None:
        ids = [cases[p.application_id or ""] for p in voted]
        meeting = await self.committee.post(
            "/meetings",
            json={
                "held_on": "2026-11-26",
                "members_enrolled": 11,
                "members_attending": 10,
                "case_ids": ids,
            },
            headers=headers,
        )
        meeting_id = expect(meeting, 201, doing=f"{office} 召开评审会")["id"]
        entries = [
            tally(cases[p.application_id or ""], passed=p.fate != Fate.failed) for p in voted
        ]
        votes = await self.committee.post(
            f"/meetings/{meeting_id}/votes", json={"entries": entries}, headers=headers
        )
        expect(votes, 200, doing=f"{office} 录入表决")
        confirmed = await self.committee.post(f"/meetings/{meeting_id}/confirm", headers=headers)
        expect(confirmed, 200, doing=f"{office} 确认评审结果")
        chosen = [cases[p.application_id or ""] for p in voted if p.fate == Fate.sent]
        shown = [cases[p.application_id or ""] for p in voted if p.fate == Fate.publicized]
        if not chosen and not shown:
            return None
        committees = (await self.committee.get("/senior-committees", headers=headers)).json()
        senior = committees[0]["code"]
        selected = await self.committee.post(
            "/selection",
            json={"senior_committee": senior, "case_ids": chosen + shown},
            headers=headers,
        )
        expect(selected, 200, doing=f"{office} 设置高评委")
        if shown:  # 公示 from today: held until its five working days are over
            page = expect(await self.committee.get("/publicities", headers=headers), 200,
                          doing=f"{office} 公示")  # fmt: skip
            published = await self.committee.post(
                "/publicities",
                json={"starts_on": page["today"], "case_ids": shown},
                headers=headers,
            )
            expect(published, 201, doing=f"{office} 发布公示")
        if not chosen:
            return None
        sent = await self.committee.post(
            "/batches/send", json={"senior_committee": senior}, headers=headers
        )
        batch_id = str(expect(sent, 201, doing=f"{office} 网上送审")["id"])
        if office in SENIOR_RECEIVES:
            senior_headers = await self.department(SENIOR_OFFICE)
            received = await self.committee.post(
                f"/senior/batches/{batch_id}/receive", headers=senior_headers
            )
            expect(received, 200, doing="高评委办公室接收")
        return batch_id


def tally(case_id: str, passed: bool) -> dict[str, Any]:
    """10 of 11 members present; 8 for (passed: ≥ 2/3 of those present) or 4 for (not)."""
    in_favour = 8 if passed else 4
    against = 10 - in_favour - 1
    return {"case_id": case_id, "present": 10, "in_favour": in_favour, "against": against,
            "abstain": 1}  # fmt: skip


def expect_list(response: httpx.Response) -> list[dict[str, Any]]:
    if response.status_code != 200:
        raise DemoError(f"账号列表：{response.status_code} {response.text[:300]}")
    return list(response.json())


_STARTED = time.monotonic()


def progress(step: str) -> None:
    print(f"[{time.monotonic() - _STARTED:5.1f}s] {step}", file=sys.stderr, flush=True)


def organisations() -> set[str]:
    codes = {code for kind in ROUTE_KINDS for code in (*kind.stages, kind.office)}
    return codes | {SENIOR_OFFICE}


def read_logins() -> dict[str, Any]:
    try:
        return dict(json.loads(LOGINS.read_text(encoding="utf-8")))
    except (FileNotFoundError, ValueError):
        return {}


def write_logins(content: dict[str, Any]) -> None:
    LOGINS.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(LOGINS, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump(content, file, ensure_ascii=False, indent=2)


async def already_filled(intake: httpx.AsyncClient, known: dict[str, Any]) -> bool:
    """Whether this system already holds the season var/demo-logins.json describes."""
    first = known.get("applicants", [{}])[0] if known.get("applicants") else None
    if not first:
        return False
    login = await intake.post(
        "/accounts/token", json={"id_number": first["id_number"], "password": APPLICANT_PASSWORD}
    )
    if login.status_code != 200:
        return False
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    return bool((await intake.get("/applications", headers=headers)).json())


async def wait_until_up(clients: Iterable[httpx.AsyncClient], within: float = 90.0) -> None:
    """`make run` may still be starting its processes: wait until every API is ready (/ready)."""
    deadline = time.monotonic() + within
    for client in clients:
        while True:
            try:
                if (await client.get("/ready")).status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
            if time.monotonic() > deadline:
                raise DemoError(f"{client.base_url} 未就绪（/ready 未返回 200）")
            await asyncio.sleep(0.5)


async def fill(count: int) -> dict[str, Any]:
    known = read_logins()
    timeout = httpx.Timeout(30.0)
    async with (
        httpx.AsyncClient(base_url=urls()["intake"], timeout=timeout) as intake,
        httpx.AsyncClient(base_url=urls()["review"], timeout=timeout) as review,
        httpx.AsyncClient(base_url=urls()["committee"], timeout=timeout) as committee,
    ):
        await wait_until_up((intake, review, committee))
        demo = Demo({"intake": intake, "review": review, "committee": committee}, sys.executable)
        progress("创建部门账号 (department accounts)")
        await demo.accounts(organisations(), known)
        planned = season(count, person)
        filled = await already_filled(intake, known)
        if not filled:
            progress(f"申报对象注册、填表、提交 {len(planned)} 份 (applicants apply)")
            await asyncio.gather(*(demo.apply(p) for p in planned))
            progress("各部门接收、审核、报送 (departments review)")
            await demo.through_review(planned)
            progress("中评委办公室接收、评审会、网上送审 (the committee offices)")
            await demo.committee_season(planned)
        result = {
            "admin": demo.logins.pop("<admin>"),
            "departments": demo.logins,
            "applicants": known.get("applicants") if filled else [
                {"name": p.applicant["name"], "id_number": p.applicant["id_number"],
                 "fate": str(p.fate), "route": p.kind.label}
                for p in planned
            ],
            "already_filled": filled,
        }  # fmt: skip
    write_logins({k: v for k, v in result.items() if k != "already_filled"})
    return result


def report(result: dict[str, Any], seconds: float) -> str:
    lines = []
    if result["already_filled"]:
        lines.append(
            "演示数据已存在（var/demo-logins.json），未重复填充。 The season was already there."
        )
    else:
        lines.append(f"演示数据已填充，用时 {seconds:.0f} 秒。 Filled in {seconds:.0f} s.")
    counts = Counter(a["fate"] for a in result["applicants"])
    lines.append("  " + "  ".join(f"{fate}={n}" for fate, n in sorted(counts.items())))
    lines += ["", "登录 logins (username = organisation code):"]
    review, committee = (f"{name} :{_port(name, port)}" for name, port in (
        ("review", 8002), ("committee", 8003)))  # fmt: skip
    rows = [("用户名 username", "登录于 log in at", "密码 password")]
    admin = result["admin"]
    rows.append((admin["username"], f"{review}（系统管理员）", admin["password"]))
    for code, login in sorted(result["departments"].items()):
        where = committee if code.startswith(("mid.", "senior.")) else review
        rows.append((login["username"], where, login["password"]))
    lines += table(rows)
    intake = f"intake :{_port('intake', 8001)}"
    lines += ["", f"申报对象 applicants ({intake}, 身份证号 + 密码 {APPLICANT_PASSWORD}):"]
    shown: set[str] = set()
    for applicant in result["applicants"]:
        if applicant["fate"] not in shown:
            shown.add(applicant["fate"])
            lines.append(f"  {applicant['id_number']}  {applicant['name']:<4}  {applicant['fate']}")
    return "\n".join(lines)


def table(rows: list[tuple[str, str, str]]) -> list[str]:
    """Rows in aligned columns; a Chinese character takes two columns of a terminal."""

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        ("  " + "  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(row))).rstrip()
        for row in rows
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.demo")
    parser.add_argument("--applications", type=int, default=200)
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        result = asyncio.run(fill(args.applications))
    except httpx.TransportError as error:
        print(
            f"错误：连接不到正在运行的系统，请先在另一个终端运行 make run ({error})",
            file=sys.stderr,
        )
        return 1
    except DemoError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    print(report(result, time.monotonic() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
