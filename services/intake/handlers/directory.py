"""Review's directory in intake: kept when review publishes it, read by the employer step, the
route preview and the portal's pickers."""

import structlog

from services.intake.domain.directory import EmployerDirectory, Kind, Place, Region
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.contracts import DirectoryPublished
from shared.contracts.vocabulary import Level
from shared.refusals import Unavailable

log = structlog.get_logger(__name__)


class DirectoryNotReady(Unavailable):
    """Review's directory has not reached intake yet (503, try again shortly)."""

    message = "机构目录尚未同步到申报系统，请稍后再试"


async def keep_directory(uow: IntakeUnitOfWork, event: DirectoryPublished) -> None:
    """Replaces the kept directory by this publication, unless a newer one is kept already."""
    kept = await uow.directory.replace(
        digest=event.digest,
        published_at=event.published_at,
        content=event.model_dump(mode="json"),
        now=uow.clock(),
    )
    log.info("directory_received", digest=event.digest[:12], kept=kept)


async def published_directory(uow: IntakeUnitOfWork) -> DirectoryPublished:
    """The newest publication intake has; DirectoryNotReady before the first."""
    content = await uow.directory.current()
    if content is None:
        raise DirectoryNotReady()
    return DirectoryPublished.model_validate(content)


async def employer_directory(uow: IntakeUnitOfWork) -> EmployerDirectory:
    return employer_directory_of(await published_directory(uow))


def employer_directory_of(published: DirectoryPublished) -> EmployerDirectory:
    regions = [Region(r.code, r.name, Level.city) for r in published.regions]
    regions += [
        Region(c.code, f"{r.name}{c.name}", Level.county)
        for r in published.regions
        for c in r.counties
    ]
    return EmployerDirectory(
        kinds=[Kind(k.code, k.label, k.names, tuple(k.levels)) for k in published.employer_kinds],
        regions=regions,
        organisations=[
            Place(o.code, o.name, o.role, o.region_code) for o in published.organisations
        ],
        routes={
            (r.kind, r.unit_code or r.region_code or ""): tuple(r.stops) for r in published.routes
        },
    )
