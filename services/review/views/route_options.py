"""The routes the directory and route table imply, for the operator's 组织机构 page."""

from pydantic import BaseModel, Field

from services.review.domain.routes import every_option
from services.review.reference_data import ReferenceData
from shared.contracts.regions import region_name
from shared.contracts.vocabulary import ROLE_LABELS


class RouteStopOut(BaseModel):
    code: str
    name: str
    role_label: str


class RouteOptionOut(BaseModel):
    """One choice an applicant can make in the employer step and the route it opens."""

    kind: str
    kind_label: str
    region_code: str | None
    unit_code: str | None
    chosen: str = Field(description="the region's or the named organisation's name")
    stops: list[RouteStopOut]
    problem: str | None = Field(description="why this choice opens no route, if it opens none")


def route_options(reference: ReferenceData) -> list[RouteOptionOut]:
    directory = reference.directory
    found = []
    for option in every_option(reference.routes, directory):
        facts = option.facts
        named = directory.get(facts.unit_code or "")
        found.append(
            RouteOptionOut(
                kind=option.kind.code,
                kind_label=option.kind.label,
                region_code=facts.region_code,
                unit_code=facts.unit_code,
                chosen=named.name if named else region_name(facts.region_code or ""),
                stops=[
                    RouteStopOut(
                        code=stop.organisation.code,
                        name=stop.organisation.name,
                        role_label=ROLE_LABELS[stop.organisation.role],
                    )
                    for stop in option.stops
                ],
                problem=option.problem,
            )
        )
    return found
