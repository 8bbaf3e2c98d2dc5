"""Where notices to units go: review's directory as it last published it to notify."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.notify.models import unit_address
from shared.db.statements import upsert_insert


@dataclass(frozen=True)
class Listing:
    code: str
    name: str
    email: str | None


class UnitRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def keep_directory(self, listings: list[Listing], *, published_at: datetime) -> None:
        """Keeps a published directory unless a newer one is already kept (they may arrive out
        of order): its units are listed, every unit it no longer names is not."""
        table = unit_address
        if listings:
            statement = upsert_insert(self._session)(table).values(
                [
                    {
                        "code": unit.code,
                        "name": unit.name,
                        "email": unit.email,
                        "active": True,
                        "listed_at": published_at,
                    }
                    for unit in listings
                ]
            )
            await self._session.execute(
                statement.on_conflict_do_update(
                    index_elements=[table.c.code],
                    set_={
                        k: statement.excluded[k] for k in ("name", "email", "active", "listed_at")
                    },
                    where=table.c.listed_at < statement.excluded.listed_at,
                )
            )
        await self._session.execute(
            update(table)
            .where(table.c.listed_at < published_at)
            .where(table.c.code.not_in([unit.code for unit in listings]))
            .values(active=False, listed_at=published_at)
        )

    async def email_of(self, code: str) -> str | None:
        """The unit's address, None if it has none, is unknown or is no longer listed."""
        row = (
            await self._session.execute(
                select(unit_address.c.email, unit_address.c.active).where(
                    unit_address.c.code == code
                )
            )
        ).first()
        return row.email if row is not None and row.active else None
