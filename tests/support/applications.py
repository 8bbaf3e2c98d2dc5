"""Valid application bodies, one per kind of employer, for the API."""

from typing import Any

from services.intake.domain.identity import check_digit


def id_number(region: str = "330106", birth: str = "19850312", serial: str = "123") -> str:
    first17 = region + birth + serial
    return first17 + check_digit(first17)


def application_body(
    *,
    ownership: str = "public",
    level: str = "county",
    region_code: str = "330106",
    provincial_unit: str | None = None,
    name: str = "张三",
    serial: str = "123",
) -> dict[str, Any]:
    employer: dict[str, Any] = {
        "name": "杭州市西湖区某某建设有限公司",
        "ownership": ownership,
        "level": level,
        "region_code": region_code,
    }
    if provincial_unit:
        employer["provincial_unit"] = provincial_unit
    return {
        "applicant": {"name": name, "id_number": id_number(serial=serial), "phone": "13812345678"},
        "employer": employer,
    }
