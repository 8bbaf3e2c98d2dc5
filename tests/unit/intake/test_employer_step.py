"""The employer step against the directory review publishes: a choice the directory does not
know is refused here, naming the field, in Chinese; the route preview is the published route."""

from datetime import UTC, datetime

import pytest

from services.intake.domain.employer import EmployerChoice, choose_employer, route_of
from services.intake.domain.problems import Invalid
from services.intake.handlers.directory import employer_directory_of
from services.review.reference_data import (
    DEFAULT_DIRECTORY,
    DEFAULT_ROUTES,
    ReferenceData,
    load_directory,
    load_routes,
)
from services.review.views.published_directory import directory_published
from shared.contracts.vocabulary import Level

PUBLISHED = directory_published(
    ReferenceData(load_directory(DEFAULT_DIRECTORY), load_routes(DEFAULT_ROUTES)),
    now=datetime(2026, 12, 1, tzinfo=UTC),
)
DIRECTORY = employer_directory_of(PUBLISHED)
NAME = "某某建设有限公司"


def refused(choice: EmployerChoice) -> dict[str, str]:
    with pytest.raises(Invalid) as caught:
        choose_employer(choice, DIRECTORY)
    return {p.field: p.message for p in caught.value.problems}


@pytest.mark.parametrize(
    ("choice", "field", "message"),
    [
        (
            EmployerChoice(NAME, "state_owned", "330106"),
            "employer.kind",
            "单位类型“state_owned”无效",
        ),
        (
            EmployerChoice(NAME, "public"),
            "employer.region_code",
            "请填写单位所在县（市、区）或市的代码",
        ),
        (EmployerChoice(NAME, "public", "339999"), "employer.region_code", "不是机构目录中"),
        (EmployerChoice(NAME, "public", "330000"), "employer.region_code", "不是机构目录中"),
        (
            EmployerChoice(NAME, "private_not_entrusted", "330100"),
            "employer.region_code",
            "应填写所在县（市、区）的代码，杭州市是市",
        ),
        (EmployerChoice(NAME, "provincial_unit"), "employer.unit_code", "请选择省直有关单位"),
        (
            EmployerChoice(NAME, "provincial_unit", unit_code="pu.nope"),
            "employer.unit_code",
            "机构目录中没有代码为“pu.nope”的省直有关单位",
        ),
        (
            EmployerChoice(NAME, "provincial_unit", unit_code="330106.talent_center"),
            "employer.unit_code",
            "没有代码为“330106.talent_center”的省直有关单位",
        ),
        (
            EmployerChoice(NAME, "private_talent_center", unit_code="tc.nope"),
            "employer.unit_code",
            "机构目录中没有代码为“tc.nope”的人才交流中心",
        ),
        (
            EmployerChoice(NAME, "provincial_unit", "330106", "pu.zjjg"),
            "employer.region_code",
            "不填写所在地区",
        ),
        (
            EmployerChoice(NAME, "public", "330106", "pu.zjjg"),
            "employer.unit_code",
            "不选择机构",
        ),
        (EmployerChoice(" ", "public", "330106"), "employer.name", "不能为空"),
    ],
)
def test_a_choice_the_directory_does_not_know_is_refused_naming_the_field(
    choice: EmployerChoice, field: str, message: str
) -> None:
    assert message in refused(choice)[field]


def test_a_provincial_unit_takes_its_region_and_level_from_the_directory() -> None:
    employer = choose_employer(
        EmployerChoice(NAME, "provincial_unit", unit_code="pu.zjjg"), DIRECTORY
    )
    assert (employer.level, employer.region_code) == (Level.province, "330000")
    assert employer.unit_name == "浙江省建工集团有限责任公司"


def test_a_talent_centre_puts_the_employer_at_the_centres_level() -> None:
    choice = EmployerChoice(NAME, "private_talent_center", unit_code="330200.talent_center")
    employer = choose_employer(choice, DIRECTORY)
    assert (employer.level, employer.region_code) == (Level.city, "330200")


def test_the_route_preview_of_a_zjjg_applicant_is_the_groups_own_committee() -> None:
    employer = choose_employer(
        EmployerChoice(NAME, "provincial_unit", unit_code="pu.zjjg"), DIRECTORY
    )
    preview = route_of(employer, DIRECTORY)
    assert [p.code for p in preview.steps] == ["pu.zjjg", "pa.zjcig"]
    assert preview.ends_at.code == "mid.zjcig"


def test_no_route_preview_before_the_employer_step() -> None:
    with pytest.raises(Invalid) as caught:
        route_of(None, DIRECTORY)
    assert caught.value.problems[0].field == "employer"
    assert "尚未填写单位信息" in caught.value.problems[0].message


def test_every_kind_the_route_table_has_is_offered() -> None:
    assert [k.code for k in PUBLISHED.employer_kinds] == [
        "public",
        "provincial_unit",
        "private_talent_center",
        "private_not_entrusted",
    ]
    # public: 90 counties + 11 cities; 7 provincial units; 102 talent centres; not entrusted: 90
    assert len(PUBLISHED.routes) == 101 + 7 + 102 + 90
