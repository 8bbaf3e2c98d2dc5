"""Applicant accounts: what registration requires (GB 11643-1999 ID number, mobile, password)."""

import re
from dataclasses import dataclass
from datetime import date

from services.intake.domain.identity import (
    IdNumber,
    InvalidIdNumber,
    normalise_mobile,
    parse_id_number,
)
from services.intake.domain.problems import Invalid, Problem
from shared.password_strength import ADVICE, weak_password_problem

PASSWORD_MIN, PASSWORD_MAX = 8, 128
_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s]+\.[^@\s.]{2,}")


@dataclass(frozen=True)
class Registration:
    name: str
    id_number: str
    phone: str
    password: str
    email: str | None = None


@dataclass(frozen=True)
class NewAccount:
    """A registration that passed every rule, normalised."""

    name: str
    id_number: IdNumber
    phone: str
    email: str | None


def register(registration: Registration, *, today: date) -> NewAccount:
    """The checked account; raises Invalid listing every problem."""
    problems: list[Problem] = []
    name = registration.name.strip()
    if not name:
        problems.append(Problem("name", "姓名不能为空"))
    id_number: IdNumber | None = None
    try:
        id_number = parse_id_number(registration.id_number, today=today)
    except InvalidIdNumber as exc:
        problems.append(Problem("id_number", str(exc)))
    phone = ""
    try:
        phone = normalise_mobile(registration.phone)
    except ValueError as exc:
        problems.append(Problem("phone", str(exc)))
    email = (registration.email or "").strip() or None
    if email is not None and not _EMAIL.fullmatch(email):
        problems.append(Problem("email", "电子邮箱格式不正确"))
    problems += [Problem("password", message) for message in password_problems(registration)]
    if problems or id_number is None:
        raise Invalid(problems)
    return NewAccount(name=name, id_number=id_number, phone=phone, email=email)


def password_statements() -> list[str]:
    """The rules `password_problems` applies, as 注册, 找回密码 and 修改密码 state them under the
    field before anything is typed, in the order they are checked."""
    return [
        f"长度：{PASSWORD_MIN}～{PASSWORD_MAX} 位",
        "组成：同时包含字母和数字",
        "内容：不能包含身份证号码",
        f"强度：{ADVICE}",
    ]


def password_problems(registration: Registration) -> list[str]:
    password = registration.password
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        return [f"密码长度应为 {PASSWORD_MIN}～{PASSWORD_MAX} 位"]
    if not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        return ["密码应同时包含字母和数字"]
    if (
        registration.id_number.strip()
        and registration.id_number.strip().upper() in password.upper()
    ):
        return ["密码不能包含身份证号码"]
    facts = (registration.name, registration.id_number, registration.phone)
    if problem := weak_password_problem(password, user_inputs=facts):
        return [problem]
    return []
