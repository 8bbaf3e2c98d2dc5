"""The route table (data) and the organisation directory (seed data) give the right route for
every kind of employer in ../shared/spec/workflow.md, and say what is missing when they cannot."""

import dataclasses

import pytest

from services.review.domain.directory import Directory, DirectoryError, Organisation
from services.review.domain.routes import (
    EmployerFacts,
    EmployerKind,
    NoRoute,
    RouteRule,
    RouteTable,
    gaps,
)
from services.review.reference_data import (
    DEFAULT_DIRECTORY,
    DEFAULT_ROUTES,
    load_directory,
    load_routes,
)
from shared.contracts.vocabulary import Level, Role

DIRECTORY = load_directory(DEFAULT_DIRECTORY)
ROUTES = load_routes(DEFAULT_ROUTES)

# one row per row of the workflow spec's route table (the talent-centre row at each level)
ROUTE_CASES = [
    pytest.param(
        EmployerFacts("public", "330106"),
        ["330106.county_hr", "330100.city_bureau", "330100.city_hr", "mid.3301"],
        id="county unit: county_hr -> city_bureau -> city_hr -> city's own mid-committee",
    ),
    pytest.param(
        EmployerFacts("public", "330782"),
        ["330782.county_hr", "330700.city_bureau", "330700.city_hr", "mid.construction"],
        id="county unit of a city without its own mid-committee -> provincial office",
    ),
    pytest.param(
        EmployerFacts("public", "330300"),
        ["330300.city_bureau", "330300.city_hr", "mid.3303"],
        id="city unit: city_bureau -> city_hr -> mid",
    ),
    pytest.param(
        EmployerFacts("provincial_unit", unit_code="pu.jtjt"),
        ["pu.jtjt", "330000.jtt", "mid.transport"],
        id="provincial unit whose authority has a mid-committee -> that authority -> its office",
    ),
    pytest.param(
        EmployerFacts("provincial_unit", unit_code="pu.zjyj"),
        ["pu.zjyj", "pa.zjcig", "mid.zjcig"],
        id="provincial group with its own mid-committee",
    ),
    pytest.param(
        EmployerFacts("provincial_unit", unit_code="pu.gmjt"),
        ["pu.gmjt", "330000.jst", "mid.construction"],
        id="provincial unit without one -> 省住房和城乡建设厅 -> provincial office",
    ),
    pytest.param(
        EmployerFacts("private_talent_center", unit_code="331121.talent_center"),
        [
            "331121.talent_center",
            "331121.county_hr",
            "331100.city_bureau",
            "331100.city_hr",
            "mid.construction",
        ],
        id="private firm, files at a county talent centre -> the county chain",
    ),
    pytest.param(
        EmployerFacts("private_talent_center", unit_code="330200.talent_center"),
        ["330200.talent_center", "330200.city_bureau", "330200.city_hr", "mid.3302"],
        id="private firm, files at a city talent centre -> the city chain",
    ),
    pytest.param(
        EmployerFacts("private_talent_center", unit_code="330000.talent_center"),
        ["330000.talent_center", "330000.jst", "mid.construction"],
        id="private firm, files at the provincial talent centre -> 住建厅 -> provincial office",
    ),
    pytest.param(
        EmployerFacts("private_not_entrusted", "330902"),
        ["330902.county_hr", "330900.city_bureau", "330900.city_hr", "mid.construction"],
        id="private firm, files not entrusted -> county HR of its location (属地管理)",
    ),
]


@pytest.mark.parametrize(("facts", "expected"), ROUTE_CASES)
def test_route_for_each_kind_of_employer(facts: EmployerFacts, expected: list[str]) -> None:
    route = ROUTES.resolve(facts, DIRECTORY)
    assert [stop.organisation.code for stop in route] == expected
    assert route[-1].organisation.role == Role.mid_committee_office


def test_seed_directory_and_route_table_fit_for_every_region_and_unit() -> None:
    assert gaps(ROUTES, DIRECTORY) == []
    assert len(DIRECTORY.with_role(Role.county_hr)) == 90
    assert len(DIRECTORY.with_role(Role.city_hr)) == 11
    assert DIRECTORY.with_role(Role.senior_committee_office)


def test_a_missing_county_department_is_reported_by_region_and_role() -> None:
    without = Directory(org for org in DIRECTORY if org.code != "330127.county_hr")
    problems = gaps(ROUTES, without)
    assert any("330127" in p and "杭州市淳安县" in p for p in problems)
    with pytest.raises(NoRoute, match="杭州市淳安县的县（市、区）人力社保部门"):
        ROUTES.resolve(EmployerFacts("public", "330127"), without)


@pytest.mark.parametrize(
    "said",
    ["provincial_unit", "provincial_group_with_committee", "provincial_group_without_committee"],
)
def test_a_provincial_units_route_follows_the_directory_not_the_applicants_word(said: str) -> None:
    """浙江省建工集团 sends to its group, which has its own mid-committee: whatever the applicant
    (or an older submission) said about the group having one."""
    route = ROUTES.resolve(EmployerFacts(said, unit_code="pu.zjjg"), DIRECTORY)
    assert [stop.organisation.code for stop in route] == ["pu.zjjg", "pa.zjcig", "mid.zjcig"]


def test_whether_a_units_group_has_a_mid_committee_is_a_directory_fact() -> None:
    """Pointing a unit at 省住房和城乡建设厅 in the directory sends its applicants there."""
    moved = Directory(
        dataclasses.replace(org, sends_to="330000.jst") if org.code == "pu.zjjg" else org
        for org in DIRECTORY
    )
    route = ROUTES.resolve(EmployerFacts("provincial_unit", unit_code="pu.zjjg"), moved)
    assert [stop.organisation.code for stop in route] == [
        "pu.zjjg",
        "330000.jst",
        "mid.construction",
    ]


@pytest.mark.parametrize(
    ("facts", "problem"),
    [
        (
            EmployerFacts("provincial_unit", unit_code="pu.nope"),
            r"没有代码为“pu\.nope”的省直有关单位",
        ),
        (
            EmployerFacts("provincial_unit", unit_code="330106.talent_center"),
            "没有代码为“330106.talent_center”的省直有关单位",
        ),
        (EmployerFacts("private_talent_center", unit_code="tc.nope"), "的人才交流中心"),
        (EmployerFacts("state_owned", "330106"), "单位类型“state_owned”不在报送路线表中"),
        (EmployerFacts("private_not_entrusted", "330100"), "市级的人事档案未委托代理"),
        (EmployerFacts("public", "339999"), "不是浙江省的行政区划代码"),
    ],
)
def test_a_choice_the_directory_does_not_know_has_no_route(
    facts: EmployerFacts, problem: str
) -> None:
    with pytest.raises(NoRoute, match=problem):
        ROUTES.resolve(facts, DIRECTORY)


def test_an_older_talent_centre_submission_without_a_unit_finds_the_centre_of_its_region() -> None:
    route = ROUTES.resolve(EmployerFacts("private_talent_center", "330200"), DIRECTORY)
    assert route[0].organisation.code == "330200.talent_center"


def test_every_kind_is_data_a_new_one_needs_no_code() -> None:
    """A kind added to the route table is offered and routed like the others."""
    table = load_routes(DEFAULT_ROUTES)
    extra = RouteTable(
        [*table.kinds, EmployerKind("county_private", "县属民营企业")],
        [
            *table,
            RouteRule(
                "county_private",
                Level.county,
                "县属民营企业",
                tuple(next(iter(table)).stages),
            ),
        ],
    )
    assert gaps(extra, DIRECTORY) == []
    route = extra.resolve(EmployerFacts("county_private", "330106"), DIRECTORY)
    assert route[0].organisation.code == "330106.county_hr"


def test_a_city_sends_to_the_office_its_configuration_names() -> None:
    hr = DIRECTORY.get("330700.city_hr")
    assert hr is not None
    moved = Directory(
        dataclasses.replace(org, sends_to="mid.3301") if org.code == hr.code else org
        for org in DIRECTORY
    )
    route = ROUTES.resolve(EmployerFacts("public", "330700"), moved)
    assert route[-1].organisation.code == "mid.3301"


@pytest.mark.parametrize(
    ("organisations", "problem"),
    [
        (
            [
                Organisation("a", "A", Role.city_hr, "330100"),
                Organisation("a", "B", Role.city_hr, "330200"),
            ],
            "listed twice",
        ),
        (
            [Organisation("a", "A", Role.city_hr, "330100", sends_to="ghost")],
            "sends_to 'ghost' is not in the directory",
        ),
        ([Organisation("a", "A", Role.city_hr, "999999")], "unknown region"),
        (
            [
                Organisation("a", "A", Role.city_hr, "330100"),
                Organisation("b", "B", Role.city_hr, "330100"),
            ],
            "a second city_hr for region 330100",
        ),
    ],
)
def test_a_directory_that_contradicts_itself_is_refused(
    organisations: list[Organisation], problem: str
) -> None:
    with pytest.raises(DirectoryError, match=problem):
        Directory(organisations)
