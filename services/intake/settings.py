from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from services.intake.domain.files import PhotoRules
from shared.settings import ServiceSettings


class IntakeSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="INTAKE_")

    database_url: str = "sqlite+aiosqlite:///var/intake.db"
    storage_dir: Path = Field(
        default=Path("var/intake-files"),
        description="where uploaded files are kept, by content hash (LocalFileStore)",
    )
    photo_min_sharpness: float = Field(
        default=PhotoRules().min_sharpness,
        gt=0,
        description="variance of the Laplacian below which a photo is refused as unclear",
    )
    phone_codes_per_client: str = Field(
        default="10/hour", description="SMS codes one client may ask for (limits notation)"
    )
    phone_codes_per_phone: str = Field(
        default="5/hour", description="SMS codes one phone may be sent, whoever asks"
    )
    registrations_per_client: str = Field(
        default="20/hour", description="registrations one client may send"
    )
