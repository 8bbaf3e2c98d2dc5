"""Review's directory reaches intake through the broker: the portal reads it without a login,
the employer step is checked against it, and a draft's route preview is the route review will
open. Before it has arrived, intake says so (503, Retry-After) instead of guessing."""

import uuid

import httpx

from services.intake import bootstrap as intake_bootstrap
from services.intake.main import create_app as create_intake_app
from services.intake.settings import IntakeSettings
from shared.db.migrations import upgrade_async
from tests.support.applications import application_body, logged_in
from tests.support.infra import Databases
from tests.support.phone_codes import StoredCodes, read_codes_with
from tests.support.system import TEST_AUTH_SECRET, RunningSystem, client


async def test_the_directory_is_served_to_anyone_without_a_login(system: RunningSystem) -> None:
    response = await system.intake.get("/directory")
    assert response.status_code == 200, response.text
    directory = response.json()
    kinds = {k["code"]: k for k in directory["employer_kinds"]}
    assert kinds["public"]["needs"] == ["region_code"]
    assert kinds["public"]["region_levels"] == ["county", "city"]
    assert kinds["private_not_entrusted"]["region_levels"] == ["county"]
    assert kinds["provincial_unit"] == {
        "code": "provincial_unit",
        "label": "省直有关单位（集团公司）",
        "needs": ["unit_code"],
        "region_levels": [],
        "units_from": "provincial_units",
    }
    assert kinds["private_talent_center"]["units_from"] == "talent_centers"
    hangzhou = next(r for r in directory["regions"] if r["code"] == "330100")
    assert hangzhou["name"] == "杭州市"
    assert {"code": "330106", "name": "西湖区"} in hangzhou["counties"]
    assert len(directory["regions"]) == 11
    assert sum(len(r["counties"]) for r in directory["regions"]) == 90
    assert {"code": "pu.zjjg", "name": "浙江省建工集团有限责任公司"} in directory[
        "provincial_units"
    ]
    centres = {c["code"]: c for c in directory["talent_centers"]}
    assert centres["330000.talent_center"]["level"] == "province"
    assert centres["330200.talent_center"]["level"] == "city"
    assert centres["330106.talent_center"]["level"] == "county"
    assert "email" not in str(directory), "the portal needs no department's address"


async def _draft(system: RunningSystem, serial: str, name: str) -> tuple[dict[str, str], str]:
    headers = await logged_in(
        system.intake, application_body(serial=serial, name=name)["applicant"]
    )
    created = await system.intake.post("/applications", headers=headers)
    assert created.status_code == 201, created.text
    return headers, str(created.json()["id"])


async def test_a_zjjg_applicant_sees_the_route_through_the_groups_own_committee(
    system: RunningSystem,
) -> None:
    headers, application_id = await _draft(system, "811", "钱一")
    employer = {
        "name": "浙江省建工集团有限责任公司",
        "kind": "provincial_unit",
        "unit_code": "pu.zjjg",
    }
    saved = await system.intake.put(
        f"/applications/{application_id}/employer", json=employer, headers=headers
    )
    assert saved.status_code == 204, saved.text
    response = await system.intake.get(f"/applications/{application_id}/route", headers=headers)
    assert response.status_code == 200, response.text
    assert response.json() == {
        "steps": [
            {
                "org_code": "pu.zjjg",
                "org_name": "浙江省建工集团有限责任公司",
                "role_label": "省直有关单位",
            },
            {
                "org_code": "pa.zjcig",
                "org_name": "浙江省建设投资集团股份有限公司",
                "role_label": "设立建设工程专业中评委的省级主管部门",
            },
        ],
        "ends_at": {
            "org_code": "mid.zjcig",
            "org_name": "浙江省建设投资集团建设工程专业中评委办公室",
            "role_label": "中评委办公室",
        },
    }
    draft = await system.intake.get(f"/applications/{application_id}/draft", headers=headers)
    shown = draft.json()["employer"]
    assert (shown["kind_label"], shown["unit_name"], shown["level"]) == (
        "省直有关单位（集团公司）",
        "浙江省建工集团有限责任公司",
        "province",
    )


async def test_a_county_units_route_preview_names_every_department(system: RunningSystem) -> None:
    headers, application_id = await _draft(system, "812", "钱二")
    employer = {"name": "某建设公司", "kind": "public", "region_code": "330106"}
    await system.intake.put(
        f"/applications/{application_id}/employer", json=employer, headers=headers
    )
    response = await system.intake.get(f"/applications/{application_id}/route", headers=headers)
    route = response.json()
    assert [s["org_code"] for s in route["steps"]] == [
        "330106.county_hr",
        "330100.city_bureau",
        "330100.city_hr",
    ]
    assert [s["role_label"] for s in route["steps"]] == [
        "县（市、区）人力社保部门",
        "市主管部门",
        "市人力社保部门",
    ]
    assert route["ends_at"]["org_code"] == "mid.3301"


async def test_no_route_before_the_employer_step_says_what_is_missing(
    system: RunningSystem,
) -> None:
    headers, application_id = await _draft(system, "813", "钱三")
    response = await system.intake.get(f"/applications/{application_id}/route", headers=headers)
    assert response.status_code == 422, response.text
    [problem] = response.json()["detail"]
    assert problem["field"] == "employer"
    assert "尚未填写单位信息" in problem["message"]


async def test_another_applicants_route_is_not_found(system: RunningSystem) -> None:
    headers, _ = await _draft(system, "814", "钱四")
    response = await system.intake.get(f"/applications/{uuid.uuid4()}/route", headers=headers)
    assert response.status_code == 404


async def test_before_the_directory_arrives_intake_says_try_again_later(
    amqp_url: str, databases: Databases
) -> None:
    settings = IntakeSettings(
        database_url=await databases.create("intake"),
        AMQP_URL=amqp_url,
        AUTH_SECRET=TEST_AUTH_SECRET,
        db_pool_size=1,
        db_max_overflow=2,
    )
    await upgrade_async(intake_bootstrap.MIGRATIONS, settings.database_url)
    async with client(create_intake_app(settings), "lonely-intake") as intake:
        # nothing but intake runs: its SMS code is placed where intake keeps the codes it sent
        codes_kept = await intake_bootstrap.build(settings)
        read_codes_with(intake, StoredCodes(codes_kept))
        await _says_try_later(await intake.get("/directory"))
        headers = await logged_in(intake, application_body(serial="815", name="钱五")["applicant"])
        created = await intake.post("/applications", headers=headers)
        employer = {"name": "某建设公司", "kind": "public", "region_code": "330106"}
        base = f"/applications/{created.json()['id']}"
        await _says_try_later(await intake.put(f"{base}/employer", json=employer, headers=headers))
        await _says_try_later(await intake.get(f"{base}/route", headers=headers))
        await codes_kept.aclose()


async def _says_try_later(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["Retry-After"] == "5"
    assert response.json() == {"detail": "机构目录尚未同步到申报系统，请稍后再试"}
