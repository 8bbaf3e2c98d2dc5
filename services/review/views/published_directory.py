"""The directory and route table as review publishes them (review.directory_published.v1)."""

import hashlib
import json
from datetime import datetime

from services.review.domain.directory import Organisation
from services.review.domain.routes import every_option
from services.review.reference_data import ReferenceData
from shared.contracts import DirectoryPublished
from shared.contracts.regions import CITIES, COUNTIES, city_of
from shared.contracts.review import (
    CountyEntry,
    DirectoryEntry,
    EmployerKindEntry,
    RegionEntry,
    RouteOptionEntry,
)


def directory_published(reference: ReferenceData, *, now: datetime) -> DirectoryPublished:
    """Every kind, region and nameable organisation, and the route of every choice that has
    one; the digest covers all of it, so it changes exactly when the published content does."""
    table, directory = reference.routes, reference.directory
    options = [option for option in every_option(table, directory) if option.problem is None]
    kinds = [
        EmployerKindEntry(
            code=kind.code, label=kind.label, names=kind.names, levels=table.levels(kind)
        )
        for kind in table.kinds
    ]
    named_roles = {kind.names for kind in table.kinds if kind.names is not None}
    passed = {stop.organisation.code for option in options for stop in option.stops}
    organisations = [
        _entry(org) for org in directory if org.code in passed or org.role in named_roles
    ]
    routes = [
        RouteOptionEntry(
            kind=option.kind.code,
            region_code=option.facts.region_code,
            unit_code=option.facts.unit_code,
            stops=[stop.organisation.code for stop in option.stops],
        )
        for option in options
    ]
    regions = [
        RegionEntry(
            code=city,
            name=name,
            counties=[
                CountyEntry(code=county, name=county_name)
                for county, county_name in COUNTIES.items()
                if city_of(county) == city
            ],
        )
        for city, name in CITIES.items()
    ]
    content = {
        "employer_kinds": [k.model_dump(mode="json") for k in kinds],
        "regions": [r.model_dump(mode="json") for r in regions],
        "organisations": [o.model_dump(mode="json") for o in organisations],
        "routes": [r.model_dump(mode="json") for r in routes],
    }
    digest = hashlib.sha256(
        json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    return DirectoryPublished(
        digest=digest,
        published_at=now,
        employer_kinds=kinds,
        regions=regions,
        organisations=organisations,
        routes=routes,
    )


def _entry(org: Organisation) -> DirectoryEntry:
    return DirectoryEntry(
        code=org.code,
        name=org.name,
        role=org.role,
        region_code=org.region_code,
        email=org.email or None,
    )
