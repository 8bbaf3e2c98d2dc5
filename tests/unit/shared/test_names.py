"""Names (issue 11, point 12): NFC, one line, visible characters, no stacks of combining marks;
a refusal names the field in Chinese."""

import pytest
from pydantic import BaseModel, ValidationError

from shared.contracts.names import PersonName, SignerName, UnitName, WorkplaceName


class _Names(BaseModel):
    person: PersonName = "张三"
    workplace: WorkplaceName = "某公司"
    unit: UnitName = "某公司"
    signer: SignerName = "王芳"


def _refusal(**fields: str) -> str:
    with pytest.raises(ValidationError) as refused:
        _Names(**fields)
    [error] = refused.value.errors()
    return str(error["msg"])


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("张三\r\nBcc: x@example.com", "回车符 U+000D"),
        ("张三\n", "换行符 U+000A"),
        ("张\x00三", "空字符 U+0000"),
        ("张\u200b三", "零宽空格 U+200B"),
        ("\u202e三张", "从右向左改写符 U+202E"),
        ("张\ufeff三", "U+FEFF"),
        ("张\u2028三", "行分隔符 U+2028"),
        ("张\u00a0三", "U+00A0"),
        ("张\ue000三", "U+E000"),
        ("张\x1b[31m三", "控制字符 U+001B"),
    ],
)
def test_control_and_format_characters_are_refused_naming_field_and_character(
    value: str, shown: str
) -> None:
    message = _refusal(person=value)
    assert message.startswith("Value error, 姓名含有不允许的字符")
    assert shown in message


def test_each_field_is_named_in_its_own_words() -> None:
    assert "工作单位含有" in _refusal(workplace="某\u200b公司")
    assert "单位名称含有" in _refusal(unit="某\r公司")
    assert "签署人含有" in _refusal(signer="王\u202e芳")


def test_a_stack_of_combining_marks_is_refused_but_real_accents_pass() -> None:
    assert "组合符号" in _refusal(person="Z\u0301\u0302\u0303\u0304alg\u0305o")
    assert _Names(person="Nguyễn Văn Ân").person == "Nguyễn Văn Ân"


def test_names_are_stored_nfc_and_trimmed() -> None:
    decomposed = "Zoe\u0308 Lefe\u0300vre "
    assert _Names(person=decomposed).person == "Zoë Lefèvre"
    assert _Names(person="阿依古丽·买买提").person == "阿依古丽·买买提"
    assert "不能为空" in _refusal(person="   ")
