"""The organisation directory in review's database, kept in step with the directory file."""

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.directory import Directory
from services.review.models import organisation
from shared.db.statements import upsert_insert

Listing = tuple[str, str, str | None, bool]  # code, name, e-mail, active


async def sync_directory(session: AsyncSession, directory: Directory) -> list[Listing]:
    """Makes the organisation table match the directory file; organisations no longer listed
    stay (cases refer to them) but are marked inactive. Returns every organisation whose name,
    address or activity is new or changed, as it now stands."""
    table = organisation
    before: dict[str, Listing] = {
        row.code: (row.code, row.name, row.email, row.active)
        for row in await session.execute(
            select(table.c.code, table.c.name, table.c.email, table.c.active)
        )
    }
    insert_ = upsert_insert(session)
    await session.execute(update(table).values(active=False))
    rows = [
        {
            "code": org.code,
            "name": org.name,
            "role": org.role,
            "region_code": org.region_code,
            "sends_to": org.sends_to,
            "email": org.email,
            "active": True,
        }
        for org in directory
    ]
    statement = insert_(table)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[table.c.code],
            set_={
                k: statement.excluded[k]
                for k in ("name", "role", "region_code", "sends_to", "email", "active")
            },
        ),
        rows,
    )
    after: dict[str, Listing] = {
        org.code: (org.code, org.name, org.email, True) for org in directory
    }
    gone: dict[str, Listing] = {
        code: (code, name, email, False)
        for code, (_, name, email, active) in before.items()
        if code not in after and active
    }
    now = after | gone
    return [listing for code, listing in now.items() if before.get(code) != listing]
