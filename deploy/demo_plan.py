"""What `make demo` puts in the system: the kinds of employer (one per route of the route table)
and, for each made-up application, how far it gets and how it ends. Pure data, no I/O."""

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class RouteKind:
    """A kind of employer as the applicant states it, and the departments its route passes."""

    label: str
    employer: dict[str, str]
    region: str  # of the applicants' ID numbers
    stages: tuple[str, ...]
    office: str


ROUTE_KINDS = (
    RouteKind(
        "县（市、区）属单位",
        {"name": "杭州市西湖区城建开发有限公司", "kind": "public", "region_code": "330106"},
        "330106",
        ("330106.county_hr", "330100.city_bureau", "330100.city_hr"),
        "mid.3301",
    ),
    RouteKind(
        "市属单位",
        {"name": "杭州市城市建设发展集团有限公司", "kind": "public", "region_code": "330100"},
        "330102",
        ("330100.city_bureau", "330100.city_hr"),
        "mid.3301",
    ),
    RouteKind(
        "县（市、区）属单位（宁波）",
        {"name": "宁波市鄞州区建设工程有限公司", "kind": "public", "region_code": "330212"},
        "330212",
        ("330212.county_hr", "330200.city_bureau", "330200.city_hr"),
        "mid.3302",
    ),
    RouteKind(
        "设立建设工程专业中评委的省级单位（集团公司）",
        {"name": "浙江省建工集团有限责任公司第一分公司", "kind": "provincial_unit",
         "unit_code": "pu.zjjg"},
        "330110",
        ("pu.zjjg", "pa.zjcig"),
        "mid.zjcig",
    ),
    RouteKind(
        "未设立建设工程专业中评委的省级单位（集团公司）",
        {"name": "浙江省建筑设计研究院有限公司", "kind": "provincial_unit",
         "unit_code": "pu.jzsj"},
        "330109",
        ("pu.jzsj", "330000.jst"),
        "mid.construction",
    ),
    RouteKind(
        "人事档案委托县（市、区）人才交流中心代理的企业",
        {"name": "杭州西湖某某建筑劳务有限公司", "kind": "private_talent_center",
         "unit_code": "330106.talent_center"},
        "330106",
        ("330106.talent_center", "330106.county_hr", "330100.city_bureau", "330100.city_hr"),
        "mid.3301",
    ),
    RouteKind(
        "人事档案委托市人才交流中心代理的企业",
        {"name": "杭州某某工程咨询有限公司", "kind": "private_talent_center",
         "unit_code": "330100.talent_center"},
        "330105",
        ("330100.talent_center", "330100.city_bureau", "330100.city_hr"),
        "mid.3301",
    ),
    RouteKind(
        "人事档案委托省人才交流中心代理的企业",
        {"name": "浙江某某建设科技有限公司", "kind": "private_talent_center",
         "unit_code": "330000.talent_center"},
        "330108",
        ("330000.talent_center", "330000.jst"),
        "mid.construction",
    ),
    RouteKind(
        "人事档案未委托代理的企业（属地管理）",
        {"name": "杭州西湖某某装饰工程有限公司", "kind": "private_not_entrusted",
         "region_code": "330106"},
        "330106",
        ("330106.county_hr", "330100.city_bureau", "330100.city_hr"),
        "mid.3301",
    ),
)  # fmt: skip
SENIOR_OFFICE = "senior.construction"
# the offices whose batch the senior committee's office has already received
SENIOR_RECEIVES = frozenset({"mid.3301"})


class Fate(StrEnum):
    """How far an application gets in the demo's season."""

    draft = "draft"  # filled in, never submitted
    waiting = "waiting"  # waits at its `stop` stage (待接收申报材料)
    received = "received"  # received at its `stop` stage (待审批材料)
    agreed = "agreed"  # received, paper checked, agreed: waits to be forwarded (待报送材料)
    refused = "refused"  # 不予接收 at its `stop` stage: the applicant and lower unit are told
    disagreed = "disagreed"  # 审核不同意 at its `stop` stage: told as well
    resubmitted = "resubmitted"  # refused at `stop`, corrected, submitted again; waits at stage 1
    returned = "returned"  # received at `stop`, then 退回补正: the applicant has what to correct
    withdrawn = "withdrawn"  # the applicant withdrew it at its first stage
    at_office = "at_office"  # every stage passed: waits at the mid-committee office
    office_received = "office_received"  # received by the office, not yet in a meeting
    office_refused = "office_refused"  # refused by the office at receipt
    failed = "failed"  # voted on, not passed
    not_recommended = "not_recommended"  # passed, not chosen for the senior committee
    sent = "sent"  # passed, chosen, sent online to the senior committee
    publicized = "publicized"  # passed, chosen, in its 公示 (the public page lists it)

    @property
    def through_review(self) -> bool:
        return self in COMMITTEE_FATES

    @property
    def in_meeting(self) -> bool:
        return self in (Fate.failed, Fate.not_recommended, Fate.sent, Fate.publicized)


COMMITTEE_FATES = frozenset(
    {Fate.at_office, Fate.office_received, Fate.office_refused, Fate.failed,
     Fate.not_recommended, Fate.sent, Fate.publicized}
)  # fmt: skip
# out of every 40 applications (40: coprime with the 7 that `season` steps by, so every fate
# is drawn)
SHARES = {
    Fate.draft: 2, Fate.waiting: 4, Fate.received: 3, Fate.agreed: 2, Fate.refused: 3,
    Fate.disagreed: 2, Fate.resubmitted: 2, Fate.returned: 2, Fate.withdrawn: 1, Fate.at_office: 4,
    Fate.office_received: 3, Fate.office_refused: 1, Fate.failed: 2, Fate.not_recommended: 2,
    Fate.sent: 5, Fate.publicized: 2,
}  # fmt: skip
# what a department asks to correct when it returns an application (退回补正)
CORRECTIONS = (
    {"form": "review", "field": "work_summary", "note": "请补充任现职以来主持的工程项目及本人职责"},
    {"form": "summary", "field": "graduated_on", "note": "毕业时间与学历证书不一致，请核对"},
)
REFUSALS = (
    "综合表与评审表中的工作单位不一致",
    "学历证书扫描件不清晰，无法核对",
    "现专业技术资格取得时间不满五年",
    "未提交单位公示情况说明",
)


@dataclass
class Planned:
    """One application of the season and what has been done with it so far."""

    index: int
    kind: RouteKind
    fate: Fate
    stop: int  # 0-based stage of the route where its review fate happens
    applicant: dict[str, str]
    application_id: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    passed: int = 0  # review stages passed in the current submission
    submission: int = 1
    settled: bool = False  # nothing more to do in review

    @property
    def reason(self) -> str:
        return REFUSALS[self.index % len(REFUSALS)]

    def body(self) -> dict[str, Any]:
        return {"applicant": self.applicant, "employer": self.kind.employer}


def season(count: int, person: Any) -> list[Planned]:
    """`count` applications spread over the route kinds and the fates; `person(index, region)`
    makes the index-th applicant."""
    fates = [fate for fate, share in SHARES.items() for _ in range(share)]
    planned = []
    for index in range(count):
        kind = ROUTE_KINDS[index % len(ROUTE_KINDS)]
        fate = fates[(index * 7) % len(fates)]
        stop = 0 if fate in (Fate.withdrawn, Fate.resubmitted) else index % len(kind.stages)
        planned.append(Planned(index, kind, fate, stop, person(index, kind.region)))
    return planned
