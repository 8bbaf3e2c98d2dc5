"""What registration requires of an applicant, every problem at once, in Chinese."""

from datetime import date

import pytest

from services.intake.domain.account import Registration, password_statements, register
from services.intake.domain.problems import Invalid
from tests.support.applications import PASSWORD, id_number

TODAY = date(2026, 11, 28)
VALID = Registration(
    name=" 张三 ", id_number=id_number().lower(), phone="138 1234 5678", password=PASSWORD
)


def problems(registration: Registration) -> dict[str, str]:
    with pytest.raises(Invalid) as refused:
        register(registration, today=TODAY)
    return {p.field: p.message for p in refused.value.problems}


def test_a_valid_registration_is_normalised() -> None:
    account = register(VALID, today=TODAY)
    assert (account.name, account.id_number.value, account.phone) == (
        "张三",
        id_number(),
        "13812345678",
    )
    assert account.email is None


def test_every_problem_is_named_at_once() -> None:
    found = problems(
        Registration(name=" ", id_number="123", phone="1", password="short", email="x@")
    )
    assert set(found) == {"name", "id_number", "phone", "password", "email"}


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("abc123", "8～128 位"),
        ("abcdefghij", "字母和数字"),
        ("1234567890", "字母和数字"),
        ("a" + id_number(), "身份证号码"),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(password: str, message: str) -> None:
    assert (
        message in problems(Registration("张三", id_number(), "13812345678", password))["password"]
    )


@pytest.mark.parametrize(
    ("password", "rule"),
    [
        ("abc123", "8～128 位"),
        ("abcdefghij", "同时包含字母和数字"),
        ("a" + id_number(), "包含身份证号码"),
        ("password1", "不易猜到"),
    ],
)
def test_the_rules_stated_before_typing_are_the_ones_a_refusal_names(
    password: str, rule: str
) -> None:
    """注册 and 找回密码 state these under the field: each refusal is one of them."""
    refused = problems(Registration("张三", id_number(), "13812345678", password))["password"]
    assert rule in refused
    assert any(rule in statement for statement in password_statements())


@pytest.mark.parametrize("email", ["zhang.san@example.com", "z@a.cn", "", None])
def test_an_email_address_is_optional_but_checked(email: str | None) -> None:
    account = register(
        Registration("张三", id_number(), "13812345678", PASSWORD, email), today=TODAY
    )
    assert account.email == (email or None)


@pytest.mark.parametrize("email", ["zhang", "a@b", "a b@c.cn", "@example.com"])
def test_a_malformed_email_address_is_refused(email: str) -> None:
    assert problems(Registration("张三", id_number(), "13812345678", PASSWORD, email)) == {
        "email": "电子邮箱格式不正确"
    }
