"""Review publishes its directory and route table when they change, through its outbox, once
per content however many processes start: intake learns the employer facts from it."""

from pathlib import Path

from sqlalchemy import select

from services.review import bootstrap as review_bootstrap
from services.review.models import messaging
from services.review.reference_data import DEFAULT_DIRECTORY, DEFAULT_ROUTES
from services.review.settings import ReviewSettings
from shared.contracts import DirectoryPublished, Envelope
from shared.db.migrations import upgrade_async
from tests.support.infra import Databases
from tests.support.system import TEST_AUTH_SECRET


async def _published(settings: ReviewSettings) -> list[DirectoryPublished]:
    services = await review_bootstrap.build(settings)
    try:
        async with services.uow_factory() as uow:
            rows = await uow.session.execute(
                select(messaging.outbox.c.body)
                .where(messaging.outbox.c.routing_key == DirectoryPublished.routing_key())
                .order_by(messaging.outbox.c.id)
            )
            return [
                DirectoryPublished.model_validate(Envelope.model_validate_json(body).payload)
                for (body,) in rows
            ]
    finally:
        await services.aclose()


async def test_the_directory_is_published_once_per_content(
    amqp_url: str, databases: Databases, tmp_path: Path
) -> None:
    settings = ReviewSettings(
        database_url=await databases.create("review"),
        AMQP_URL=amqp_url,
        AUTH_SECRET=TEST_AUTH_SECRET,
        db_pool_size=1,
        db_max_overflow=2,
    )
    await upgrade_async(review_bootstrap.MIGRATIONS, settings.database_url)
    [first] = await _published(settings)
    assert [k.code for k in first.employer_kinds][:2] == ["public", "provincial_unit"]
    zjjg = next(r for r in first.routes if r.unit_code == "pu.zjjg")
    assert zjjg.stops == ["pu.zjjg", "pa.zjcig", "mid.zjcig"]

    assert len(await _published(settings)) == 1, "a restart with the same data publishes nothing"

    renamed = tmp_path / "directory.toml"
    renamed.write_text(
        DEFAULT_DIRECTORY.read_text(encoding="utf-8").replace(
            "浙江省建工集团有限责任公司", "浙江省建工集团有限公司"
        ),
        encoding="utf-8",
    )
    changed = settings.model_copy(update={"directory_file": renamed, "routes_file": DEFAULT_ROUTES})
    first_again, second = await _published(changed)
    assert first_again == first
    assert second.digest != first.digest
    assert {"pu.zjjg": "浙江省建工集团有限公司"}.items() <= {
        o.code: o.name for o in second.organisations
    }.items()
