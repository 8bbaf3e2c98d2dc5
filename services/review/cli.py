"""`python -m services.review accounts …`: the operator's command line for accounts.

    accounts create --username xihu_hr --name 王芳 --org 330106.county_hr
    accounts create --username ops --name 运维 --admin
    accounts reset-password --username xihu_hr
    accounts disable --username xihu_hr | accounts enable --username xihu_hr
    accounts list [--org 330106.county_hr]

A generated password is printed once; `--password-stdin` reads one instead."""

import argparse
import asyncio
import sys

from services.review.audit import audit, on_the_command_line
from services.review.bootstrap import ReviewServices, build
from services.review.commands import CreateAccount
from services.review.domain.accounts import AccountKind, InvalidAccount
from services.review.handlers.accounts import create_account, reset_password, set_active
from services.review.settings import ReviewSettings
from shared.audit import AuditAction
from shared.entrypoint import ExtraCommand


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", help="a new account; prints its password once")
    create.add_argument("--username", required=True)
    create.add_argument("--name", required=True, help="the holder's name (显示名)")
    owner = create.add_mutually_exclusive_group(required=True)
    owner.add_argument("--org", help="organisation code of a department account")
    owner.add_argument("--admin", action="store_true", help="an operator account")
    create.add_argument("--password-stdin", action="store_true")
    for name in ("reset-password", "disable", "enable"):
        actions.add_parser(name).add_argument("--username", required=True)
    actions.add_parser("list").add_argument("--org")


def run(args: argparse.Namespace, settings: ReviewSettings) -> None:
    try:
        print(asyncio.run(_run(args, settings)))
    except InvalidAccount as problem:
        sys.exit(f"错误：{problem}（{_OPTIONS.get(problem.field, problem.field)}）")
    except NoSuchAccount as problem:
        sys.exit(f"错误：没有用户名为 {problem.username} 的账号")


_OPTIONS = {"username": "--username", "display_name": "--name", "organisation_code": "--org"}


class NoSuchAccount(LookupError):
    def __init__(self, username: str) -> None:
        super().__init__(username)
        self.username = username


async def _run(args: argparse.Namespace, settings: ReviewSettings) -> str:
    services = await build(settings)
    try:
        return await _dispatch(args, services)
    finally:
        await services.aclose()


async def _dispatch(args: argparse.Namespace, services: ReviewServices) -> str:
    async with services.transaction() as uow:
        if args.action == "create":
            command = CreateAccount(
                username=args.username,
                display_name=args.name,
                kind=AccountKind.admin if args.admin else AccountKind.department,
                organisation_code=args.org,
                password=sys.stdin.readline().rstrip("\n") if args.password_stdin else None,
            )
            await audit(uow, on_the_command_line(AuditAction.account_create, args.username))
            created, password = await create_account(uow, command, services.reference)
            return f"created {created.username} ({created.kind}); password: {password}"
        if args.action == "list":
            accounts = await uow.accounts.list(args.org)
            return "\n".join(
                f"{a.username}\t{a.kind}\t{a.organisation_code or '-'}\t"
                f"{'active' if a.active else 'disabled'}\t{a.display_name}"
                for a in accounts
            )
        account = await uow.accounts.by_username(args.username)
        if account is None:
            raise NoSuchAccount(args.username)
        action = {
            "reset-password": AuditAction.account_reset_password,
            "disable": AuditAction.account_disable,
            "enable": AuditAction.account_enable,
        }[args.action]
        await audit(uow, on_the_command_line(action, str(account.id)))
        if args.action == "reset-password":
            return f"new password for {account.username}: {await reset_password(uow, account.id)}"
        changed = await set_active(uow, account.id, active=args.action == "enable")
        return f"{changed.username} is now {'active' if changed.active else 'disabled'}"


ACCOUNTS = ExtraCommand(help="department and operator accounts", configure=configure, run=run)
