from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from services.review.reference_data import (
    DEFAULT_DIRECTORY,
    DEFAULT_REFUSAL_REASONS,
    DEFAULT_ROUTES,
)
from shared.settings import ServiceSettings


class ReviewSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="REVIEW_")

    database_url: str = "sqlite+aiosqlite:///var/review.db"
    directory_file: Path = DEFAULT_DIRECTORY
    routes_file: Path = DEFAULT_ROUTES
    refusal_reasons_file: Path = DEFAULT_REFUSAL_REASONS
    worker_ready_urls: dict[str, str] = Field(
        default_factory=dict,
        description="each worker's /ready for the console's 系统状态, as JSON: "
        '{"intake": "http://127.0.0.1:9001/ready", …} (make run sets it; compose: the workers\' '
        "service names and ports)",
    )
    chase_every_seconds: float = Field(
        default=300, gt=0, description="how often the worker looks for cases to chase (催办)"
    )
    fold_tallies_every_seconds: float = Field(
        default=10,
        gt=0,
        description="how often the worker folds the lists' stage tally (each badge a few rows)",
    )
