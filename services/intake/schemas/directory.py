"""What the portal's pickers and route preview read: review's directory, as intake keeps it."""

from typing import Literal

from pydantic import BaseModel, Field

from shared.contracts.vocabulary import Level

Need = Literal["region_code", "unit_code"]


class EmployerKindOut(BaseModel):
    code: str = Field(description="what the employer step's `kind` takes")
    label: str = Field(description="单位类型, as the portal shows it")
    needs: list[Need] = Field(description="which of region_code / unit_code the applicant gives")
    region_levels: list[Level] = Field(
        description="for region_code: the levels of region the kind takes (county, city)"
    )
    units_from: Literal["provincial_units", "talent_centers"] | None = Field(
        description="for unit_code: the list of this document to pick it from"
    )


class CountyOut(BaseModel):
    code: str
    name: str


class RegionOut(BaseModel):
    code: str = Field(examples=["330100"])
    name: str = Field(examples=["杭州市"])
    counties: list[CountyOut]


class UnitOut(BaseModel):
    code: str = Field(examples=["pu.zjjg"])
    name: str


class TalentCenterOut(BaseModel):
    code: str
    name: str
    level: Level
    region_code: str


class DirectoryOut(BaseModel):
    """Everything the employer step accepts, for the portal's pickers."""

    employer_kinds: list[EmployerKindOut]
    regions: list[RegionOut]
    provincial_units: list[UnitOut]
    talent_centers: list[TalentCenterOut]


class RouteStepOut(BaseModel):
    org_code: str
    org_name: str
    role_label: str = Field(description="what the organisation does here, e.g. 市人力社保部门")


class RouteOut(BaseModel):
    """The departments the draft will pass through, in order, from its current employer step,
    and the mid-committee office it ends at."""

    steps: list[RouteStepOut]
    ends_at: RouteStepOut
