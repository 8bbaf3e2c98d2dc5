"""Names people and units type in (姓名, 单位名称, 工作单位, 签署人): stored in Unicode NFC, on
one line, of visible characters only. A CR/LF breaks the e-mail that carries the name, a NUL
breaks the databases and files downstream, and format characters make two different names look
alike (`张\\u200b三` shows as 张三, U+202E turns the rest of the line around)."""

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, Field

# a long run of combining marks stacks glyphs over the line (“Zalgo”); no real name needs more
# than two on one letter once composed (Vietnamese needs at most two)
MAX_COMBINING_RUN = 2

_NAMED = {
    "\n": "换行符",
    "\r": "回车符",
    "\t": "制表符",
    "\0": "空字符",
    "\u200b": "零宽空格",
    "\u200c": "零宽不连字",
    "\u200d": "零宽连字",
    "\u2060": "零宽不换行",
    "\ufeff": "零宽不换行空格",
    "\u202e": "从右向左改写符",
    "\u202d": "从左向右改写符",
    "\u2028": "行分隔符",
    "\u2029": "段分隔符",
}
# categories refused: control, format, surrogate, private use, unassigned, line/paragraph
# separators; of the space separators only the plain space (U+0020) is allowed
_REFUSED = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _describe(char: str) -> str:
    kind = _NAMED.get(char) or (
        "控制字符" if unicodedata.category(char) == "Cc" else "不可见或格式字符"
    )
    return f"{kind} U+{ord(char):04X}"


def name_problem(value: str) -> str | None:
    """What is wrong with an (already NFC) name, in Chinese without the field, or None."""
    run = 0
    for position, char in enumerate(value, start=1):
        category = unicodedata.category(char)
        if category in _REFUSED or (category == "Zs" and char != " "):
            return f"含有不允许的字符（第 {position} 个字符为{_describe(char)}），请删除后重新填写"
        run = run + 1 if category.startswith("M") else 0
        if run > MAX_COMBINING_RUN:
            return f"第 {position} 个字符处叠加了过多的组合符号，请删除后重新填写"
    return None


def clean_name(title: str) -> AfterValidator:
    """The validator of a name field titled `title`: NFC, trimmed, refused naming the field."""

    def clean(value: str) -> str:
        normal = unicodedata.normalize("NFC", value).strip(" ")
        problem = name_problem(normal)
        if problem is not None:
            raise ValueError(f"{title}{problem}")
        if not normal:
            raise ValueError(f"{title}不能为空")
        return normal

    return AfterValidator(clean)


# one alias per field title, so each refusal names its field (姓名含有不允许的字符…)
PersonName = Annotated[str, Field(min_length=1, max_length=50), clean_name("姓名")]
WorkplaceName = Annotated[str, Field(min_length=1, max_length=200), clean_name("工作单位")]
UnitName = Annotated[str, Field(min_length=1, max_length=200), clean_name("单位名称")]
SignerName = Annotated[str, Field(min_length=1, max_length=100), clean_name("签署人")]
