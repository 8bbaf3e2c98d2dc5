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
