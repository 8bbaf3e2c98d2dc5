"""Cases at a county, written straight into review's tables in bulk: the state a busy county's
workbench is in after a season's submissions (for the benchmark and the list-plan tests)."""

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from services.review.models import review_case, route_stage
from tests.support.forms import forms_snapshot

HOLDER = "330106.county_hr"
ABOVE = (  # where a Hangzhou county's cases go next
    ("city_bureau", "330100.city_bureau"),
    ("city_hr", "330100.city_hr"),
    ("mid_committee_office", "mid.3301"),
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
PROFESSIONS = ("建筑工程施工", "结构设计", "给排水", "暖通空调", "工程造价", "市政工程")
# (status, position, paper_checked): where the county's cases stand
MIX = (
    [("pending_receipt", 1, False)] * 4
    + [("pending_approval", 1, False), ("pending_approval", 1, True)]
    + [("pending_forwarding", 1, True)] * 2
    + [("pending_receipt", 2, False), ("rejected", 1, False)]
)


def _case(
    n: int, now: datetime, rng: random.Random, county: str
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    route = (("county_hr", county), *ABOVE)
    region = county.split(".")[0]
    status, position, paper_checked = rng.choice(MIX)
    name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
    employer = f"杭州市西湖区第{n % 400 + 1}建设有限公司"
    profession = rng.choice(PROFESSIONS)
    opened = now - timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 1440))
    forms = forms_snapshot(name=name, employer=employer, current_profession=profession)
    case_id = uuid.uuid4()
    row = {
        "id": case_id,
        "application_id": uuid.uuid4(),
        "submission": 1,
        "applicant_name": name,
        "id_number_masked": f"{region}************",
        "employer_name": employer,
        "kind": "public",
        "level": "county",
        "region_code": region,
        "unit_code": None,
        "current_profession": profession,
        "applied_title": "高级工程师",
        "submitted": {
            "forms": forms.model_dump(mode="json"),
            "files": [],
            "submitted_at": opened.isoformat(),
        },
        "position": position,
        "stage_count": len(route),
        "status": status,
        "paper_checked": paper_checked,
        "sequence": 1,
        "version": 1,
        "correlation_id": uuid.uuid4(),
        "opened_at": opened,
        "stage_entered_at": opened + timedelta(days=1) if position == 2 else opened,
    }
    left = opened + timedelta(days=1)
    stages = [
        {
            "case_id": case_id,
            "position": i,
            "role": role,
            "organisation_code": code,
            "paper_check_required": True,
            "entered_at": opened if i == 1 else (left if i == position else None),
            "left_at": left if i < position or (i == 1 and status == "rejected") else None,
            "outcome": _outcome(i, position, status),
            "state": _outcome(i, position, status) or (status if i == position else None),
        }
        for i, (role, code) in enumerate(route, start=1)
    ]
    return row, stages


def _outcome(stage: int, position: int, status: str) -> str | None:
    if stage < position:
        return "forwarded"
    return "refused" if stage == position and status == "rejected" else None


async def seed_cases(
    engine: AsyncEngine, count: int, *, county: str = HOLDER, seed: int = 12
) -> None:
    """`count` cases whose first stage is `county` (a Hangzhou county), 1,000 rows at a time."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    for start in range(0, count, 1000):
        made = [_case(n, now, rng, county) for n in range(start, min(count, start + 1000))]
        async with engine.begin() as connection:
            await connection.execute(insert(review_case), [row for row, _ in made])
            await connection.execute(insert(route_stage), [s for _, st in made for s in st])
