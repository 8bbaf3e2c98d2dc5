"""Review's directory as the portal reads it, a draft's route preview, and the route a
submission is on."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.directory import Place
from services.intake.domain.employer import RoutePreview, employer_of, route_of
from services.intake.domain.problems import Invalid
from services.intake.handlers.directory import employer_directory_of
from services.intake.models import application_version
from services.intake.repository.directory import DirectoryRepository
from services.intake.repository.records import ApplicationRecord
from services.intake.schemas.directory import (
    CountyOut,
    DirectoryOut,
    EmployerKindOut,
    Need,
    RegionOut,
    RouteOut,
    RouteStepOut,
    TalentCenterOut,
    UnitOut,
)
from shared.contracts import DirectoryPublished
from shared.contracts.regions import region_level
from shared.contracts.review import EmployerKindEntry
from shared.contracts.vocabulary import ROLE_LABELS, Level, Role

UNIT_LISTS = {Role.provincial_unit: "provincial_units", Role.talent_center: "talent_centers"}


def directory_out(published: DirectoryPublished) -> DirectoryOut:
    organisations = published.organisations
    return DirectoryOut(
        employer_kinds=[_kind(kind) for kind in published.employer_kinds],
        regions=[
            RegionOut(
                code=r.code,
                name=r.name,
                counties=[CountyOut(code=c.code, name=c.name) for c in r.counties],
            )
            for r in published.regions
        ],
        provincial_units=[
            UnitOut(code=o.code, name=o.name)
            for o in organisations
            if o.role == Role.provincial_unit
        ],
        talent_centers=[
            TalentCenterOut(
                code=o.code,
                name=o.name,
                level=region_level(o.region_code) or Level.province,
                region_code=o.region_code,
            )
            for o in organisations
            if o.role == Role.talent_center
        ],
    )


def _kind(kind: EmployerKindEntry) -> EmployerKindOut:
    needs: list[Need] = ["unit_code"] if kind.names is not None else ["region_code"]
    units_from = UNIT_LISTS.get(kind.names) if kind.names is not None else None
    return EmployerKindOut(
        code=kind.code,
        label=kind.label,
        needs=needs,
        region_levels=kind.levels if kind.names is None else [],
        units_from=units_from,
    )


async def submission_route(session: AsyncSession, row: ApplicationRecord) -> RouteOut | None:
    """The departments the application's current submission passes through, from the employer
    it was submitted with (the draft's may have changed since); before the first submission the
    draft's. None while the employer step is incomplete or review's directory has not arrived."""
    content = await DirectoryRepository(session).current()
    if content is None:
        return None
    employer = row.employer
    if row.submission:
        sent = await session.execute(
            select(application_version.c.employer).where(
                application_version.c.application_id == row.id,
                application_version.c.submission == row.submission,
            )
        )
        employer = sent.scalar_one_or_none() or employer
    directory = employer_directory_of(DirectoryPublished.model_validate(content))
    try:
        return route_out(route_of(employer_of(employer), directory))
    except Invalid:
        return None


def route_out(preview: RoutePreview) -> RouteOut:
    return RouteOut(steps=[_step(p) for p in preview.steps], ends_at=_step(preview.ends_at))


def _step(place: Place) -> RouteStepOut:
    return RouteStepOut(
        org_code=place.code, org_name=place.name, role_label=ROLE_LABELS[place.role]
    )
