"""The route table (data) and the organisation directory (seed data) give the right route for
every kind of employer in ../shared/spec/workflow.md, and say what is missing when they cannot."""

import dataclasses

import pytest

from services.review.domain.directory import Directory, DirectoryError, Organisation
from services.review.domain.routes import EmployerFacts, NoRoute, gaps
from services.review.reference_data import (
    DEFAULT_DIRECTORY,
    DEFAULT_ROUTES,
    load_directory,
    load_routes,
)
from shared.contracts.vocabulary import Level, Ownership, Role

DIRECTORY = load_directory(DEFAULT_DIRECTORY)
ROUTES = load_routes(DEFAULT_ROUTES)

# one row per row of the workflow spec's route table (the talent-centre row at each level)
ROUTE_CASES = [
    pytest.param(
        EmployerFacts(Ownership.public, Level.county, "330106"),
        ["330106.county_hr", "330100.city_bureau", "330100.city_hr", "mid.3301"],
        id="county unit: county_hr -> city_bureau -> city_hr -> city's own mid-committee",
    ),
    pytest.param(
        EmployerFacts(Ownership.public, Level.county, "330782"),
        ["330782.county_hr", "330700.city_bureau", "330700.city_hr", "mid.construction"],
        id="county unit of a city without its own mid-committee -> provincial office",
    ),
    pytest.param(
        EmployerFacts(Ownership.public, Level.city, "330300"),
        ["330300.city_bureau", "330300.city_hr", "mid.3303"],
        id="city unit: city_bureau -> city_hr -> mid",
    ),
    pytest.param(
        EmployerFacts(
            Ownership.provincial_group_with_committee, Level.province, "330000", "pu.jtjt"
        ),
        ["pu.jtjt", "330000.jtt", "mid.transport"],
        id="provincial unit whose authority has a mid-committee -> that authority -> its office",
    ),
    pytest.param(
        EmployerFacts(
            Ownership.provincial_group_with_committee, Level.province, "330000", "pu.zjyj"
        ),
        ["pu.zjyj", "pa.zjcig", "mid.zjcig"],
        id="provincial group with its own mid-committee",
    ),
    pytest.param(
        EmployerFacts(
            Ownership.provincial_group_without_committee, Level.province, "330000", "pu.gmjt"
        ),
        ["pu.gmjt", "330000.jst", "mid.construction"],
        id="provincial unit without one -> 省住房和城乡建设厅 -> provincial office",
    ),
    pytest.param(
        EmployerFacts(Ownership.private_talent_center, Level.county, "331121"),
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
        EmployerFacts(Ownership.private_talent_center, Level.city, "330200"),
        ["330200.talent_center", "330200.city_bureau", "330200.city_hr", "mid.3302"],
        id="private firm, files at a city talent centre -> the city chain",
    ),
    pytest.param(
        EmployerFacts(Ownership.private_talent_center, Level.province, "330000"),
        ["330000.talent_center", "330000.jst", "mid.construction"],
        id="private firm, files at the provincial talent centre -> 住建厅 -> provincial office",
    ),
    pytest.param(
        EmployerFacts(Ownership.private_not_entrusted, Level.county, "330902"),
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
        ROUTES.resolve(EmployerFacts(Ownership.public, Level.county, "330127"), without)


def test_a_provincial_unit_without_a_mid_committee_has_no_with_committee_route() -> None:
    facts = EmployerFacts(
        Ownership.provincial_group_with_committee, Level.province, "330000", "pu.jzsj"
    )
    with pytest.raises(NoRoute, match="浙江省建筑设计研究院有限公司"):
        ROUTES.resolve(facts, DIRECTORY)


def test_an_unknown_provincial_unit_has_no_route() -> None:
    facts = EmployerFacts(
        Ownership.provincial_group_without_committee, Level.province, "330000", "pu.nope"
    )
    with pytest.raises(NoRoute, match=r"pu\.nope"):
        ROUTES.resolve(facts, DIRECTORY)


def test_a_city_sends_to_the_office_its_configuration_names() -> None:
    hr = DIRECTORY.get("330700.city_hr")
    assert hr is not None
    moved = Directory(
        dataclasses.replace(org, sends_to="mid.3301") if org.code == hr.code else org
        for org in DIRECTORY
    )
    route = ROUTES.resolve(EmployerFacts(Ownership.public, Level.city, "330700"), moved)
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
