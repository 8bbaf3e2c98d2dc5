"""The screens' lists: the right cases in each, filtered, sorted, paged, with badge counts."""

from tests.support.departments import arrived, department, submit_to_review, submitted_event
from tests.support.polling import eventually
from tests.support.system import RunningSystem

HERE = "330824.county_hr"  # 开化县: no other test sends cases here


async def test_lists_filters_sorting_paging_and_counts(system: RunningSystem) -> None:
    dept = await department(system, HERE)
    names = ["王一", "李二", "张三", "王四"]
    ids = []
    for name in names:
        event = submitted_event(region_code="330824", name=name, employer=f"{name}所在公司")
        ids.append(await submit_to_review(system, event))
    rows = [await arrived(dept, "personal", application_id) for application_id in ids]
    for action, body in (
        ("receive", None),
        ("paper-check", {}),
        ("opinion", {"decision": "agree", "signer": "甲"}),
    ):
        assert (await dept.post(f"/cases/{rows[0]['case_id']}/{action}", json=body)).is_success
    assert (await dept.post(f"/cases/{rows[1]['case_id']}/receive")).is_success
    assert (
        await dept.post(f"/cases/{rows[2]['case_id']}/refuse", json={"reason": "照片不清晰"})
    ).is_success

    counts = (await dept.get("/cases/counts")).json()
    assert counts == {
        "personal": 1,
        "unit": 0,
        "approval": 1,
        "forwarding": 1,
        "returned": 0,
        "processed": 1,
    }
    page = await dept.list("personal")
    assert (page["menu"], page["label"], page["total"]) == ("待接收申报材料", "个人报送材料", 1)
    assert page["counts"] == counts
    assert [i["applicant_name"] for i in page["items"]] == ["王四"]
    assert [i["applicant_name"] for i in (await dept.list("forwarding"))["items"]] == ["王一"]
    processed = (await dept.list("processed"))["items"]
    assert [(i["applicant_name"], i["outcome_label"]) for i in processed] == [("张三", "不予接收")]

    everyone = [*names]
    for which in ("personal", "approval", "forwarding"):
        for item in (await dept.list(which))["items"]:
            everyone.remove(item["applicant_name"])
    assert everyone == ["张三"]


async def test_filter_by_name_and_employer_and_sort_and_page(system: RunningSystem) -> None:
    dept = await department(system, "330825.county_hr")
    for name, profession in [
        ("赵甲", "市政工程"),
        ("钱乙", "建筑工程施工"),
        ("赵丙", "建筑工程施工"),
    ]:
        await submit_to_review(
            system,
            submitted_event(
                region_code="330825", name=name, employer=f"{name[0]}氏建设", profession=profession
            ),
        )

    async def all_three() -> bool:
        return bool((await dept.list("personal"))["total"] == 3)

    await eventually(all_three, what="three cases arrived")
    zhao = await dept.list("personal", applicant_name="赵")
    assert sorted(i["applicant_name"] for i in zhao["items"]) == ["赵丙", "赵甲"]
    assert zhao["total"] == 2
    builders = await dept.list("personal", current_profession="建筑工程")
    assert sorted(i["applicant_name"] for i in builders["items"]) == ["赵丙", "钱乙"]
    assert builders["items"][0]["current_profession"] == "建筑工程施工"
    qian = await dept.list("personal", employer="钱氏")
    assert [i["applicant_name"] for i in qian["items"]] == ["钱乙"]
    by_name = await dept.list("personal", sort="-name")
    assert [i["applicant_name"] for i in by_name["items"]] == sorted(
        ["赵甲", "钱乙", "赵丙"], reverse=True
    )
    first, second = (
        (await dept.list("personal", limit=2, offset=0)),
        (await dept.list("personal", limit=2, offset=2)),
    )
    assert len(first["items"]) == 2
    assert len(second["items"]) == 1
    assert first["total"] == second["total"] == 3
    assert (
        await dept.list(
            "personal", date_from="2000-01-01T00:00:00Z", date_to="2000-01-02T00:00:00Z"
        )
    )["total"] == 0
