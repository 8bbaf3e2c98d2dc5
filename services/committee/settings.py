from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings

DEFAULT_SENIOR_COMMITTEES = Path(__file__).parent / "data" / "senior_committees.toml"


class CommitteeSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="COMMITTEE_")

    database_url: str = "sqlite+aiosqlite:///var/committee.db"
    quorum: str = "2/3"  # present ≥ quorum × members seated
    pass_threshold: str = "2/3"  # passed when in favour ≥ threshold × present
    senior_committees_file: Path = DEFAULT_SENIOR_COMMITTEES
    publicity_working_days: int = Field(
        default=5, ge=5, le=30, description="公示's working days unless the office sets others"
    )
    publicity_required: bool = Field(
        default=True,
        description="every recommended applicant must have passed 公示 before 网上送审 "
        "(false: only those published are held; for test systems whose clock cannot wait)",
    )
    objections_per_client: str = Field(
        default="10/hour", description="objections one client may file (limits notation)"
    )
