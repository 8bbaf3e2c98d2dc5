from pathlib import Path

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings

DEFAULT_SENIOR_COMMITTEES = Path(__file__).parent / "data" / "senior_committees.toml"


class CommitteeSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="COMMITTEE_")

    database_url: str = "sqlite+aiosqlite:///var/committee.db"
    quorum: str = "2/3"  # present ≥ quorum × members seated
    pass_threshold: str = "2/3"  # passed when in favour ≥ threshold × present
    senior_committees_file: Path = DEFAULT_SENIOR_COMMITTEES
