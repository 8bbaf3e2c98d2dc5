"""Review's directory as the portal reads it, and a draft's route preview."""

from services.intake.domain.directory import Place
from services.intake.domain.employer import RoutePreview
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


def route_out(preview: RoutePreview) -> RouteOut:
    return RouteOut(steps=[_step(p) for p in preview.steps], ends_at=_step(preview.ends_at))


def _step(place: Place) -> RouteStepOut:
    return RouteStepOut(
        org_code=place.code, org_name=place.name, role_label=ROLE_LABELS[place.role]
    )
