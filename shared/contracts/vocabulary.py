"""Words the services share: levels, organisation roles, stage states. (The kinds of employer
are data: review's route table, published as review.directory_published.)

Plain enums with their Chinese labels, no pydantic, so pure domains may import them.
"""

from enum import StrEnum


class Level(StrEnum):
    """Administrative level of an employer or organisation."""

    county = "county"
    city = "city"
    province = "province"


class Role(StrEnum):
    """What an organisation does in the review."""

    county_hr = "county_hr"
    city_bureau = "city_bureau"
    city_hr = "city_hr"
    provincial_unit = "provincial_unit"
    provincial_authority = "provincial_authority"
    talent_center = "talent_center"
    mid_committee_office = "mid_committee_office"
    senior_committee_office = "senior_committee_office"


class StageState(StrEnum):
    """Where a case stands at its current stage (the three screens of the notice)."""

    pending_receipt = "pending_receipt"
    pending_approval = "pending_approval"
    pending_forwarding = "pending_forwarding"


LEVEL_LABELS = {
    Level.county: "县（市、区）",
    Level.city: "市",
    Level.province: "省",
}

ROLE_LABELS = {
    Role.county_hr: "县（市、区）人力社保部门",
    Role.city_bureau: "市主管部门",
    Role.city_hr: "市人力社保部门",
    Role.provincial_unit: "省直有关单位",
    Role.provincial_authority: "设立建设工程专业中评委的省级主管部门",
    Role.talent_center: "人才交流中心",
    Role.mid_committee_office: "中评委办公室",
    Role.senior_committee_office: "高评委办公室",
}

STAGE_STATE_LABELS = {
    StageState.pending_receipt: "待接收申报材料",
    StageState.pending_approval: "待审批材料",
    StageState.pending_forwarding: "待报送材料",
}


class Gender(StrEnum):
    male = "male"
    female = "female"


class FormKind(StrEnum):
    """The four forms the departments compare (三、审核注意事项)."""

    summary = "summary"
    comprehensive = "comprehensive"
    review = "review"
    roster = "roster"  # the applicant's row of the 花名册


class FileKind(StrEnum):
    photo = "photo"  # the 1-inch ID photo (网上照片)
    attachment = "attachment"  # a supporting scan (证明材料)


GENDER_LABELS = {Gender.male: "男", Gender.female: "女"}

DECISION_LABELS = {"agree": "同意", "disagree": "不同意"}  # a signed review opinion's decision

FORM_LABELS = {
    FormKind.summary: "申报简表",
    FormKind.comprehensive: "综合表",
    FormKind.review: "评审表",
    FormKind.roster: "花名册",
}
