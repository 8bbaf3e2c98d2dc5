"""Where notices to units go: review's directory as announced to notify."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.notify.models import unit_address
from shared.db.statements import upsert_insert


class UnitRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def keep(
        self, *, code: str, name: str, email: str | None, active: bool, listed_at: datetime
    ) -> None:
        """Keeps the listing unless a newer one is already kept (they may arrive out of order)."""
        values = {"name": name, "email": email, "active": active, "listed_at": listed_at}
        statement = upsert_insert(self._session)(unit_address).values(code=code, **values)
        await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=[unit_address.c.code],
                set_=values,
                where=unit_address.c.listed_at < statement.excluded.listed_at,
            )
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
