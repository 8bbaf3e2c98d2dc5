"""`python -m services.intake accounts …`: the operator's command line for applicant accounts.

    accounts take-back --id-number 11010519491231002X --phone 13812345678

A squatted ID number (someone registered a person's number first, with a phone of their own):
after checking the owner's ID card and phone in person, the operator gives the account to the
owner's phone; every login and the old password end, and the owner sets a new password with
忘记密码 (an SMS code to that phone). Prints the account and the phone, masked."""

import argparse
import asyncio
import sys

from services.intake.bootstrap import build
from services.intake.handlers.accounts import NoSuchApplicant, take_back
from services.intake.settings import IntakeSettings
from shared.entrypoint import ExtraCommand
from shared.privacy import mask_phone


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True)
    back = actions.add_parser(
        "take-back", help="give a squatted ID number's account to its owner's phone"
    )
    back.add_argument("--id-number", required=True)
    back.add_argument("--phone", required=True, help="the owner's own mobile number")


def run(args: argparse.Namespace, settings: IntakeSettings) -> None:
    try:
        print(asyncio.run(_take_back(args, settings)))
    except NoSuchApplicant:
        sys.exit("错误：没有这个身份证号码的申报人账号")
    except ValueError as problem:
        sys.exit(f"错误：{problem}（--phone）")


async def _take_back(args: argparse.Namespace, settings: IntakeSettings) -> str:
    services = await build(settings)
    try:
        async with services.transaction() as uow:
            account_id = await take_back(uow, args.id_number, args.phone)
    finally:
        await services.aclose()
    return (
        f"account {account_id} now belongs to {mask_phone(args.phone.strip())}: every login "
        "and the old password have ended; the owner sets a new one with 忘记密码"
    )


ACCOUNTS = ExtraCommand(help="applicant accounts", configure=configure, run=run)
