from services.intake.bootstrap import MIGRATIONS, SERVICE
from services.intake.cli import ACCOUNTS
from services.intake.main import create_app, run_worker
from services.intake.settings import IntakeSettings
from shared.entrypoint import main

main(
    service=SERVICE,
    settings_type=IntakeSettings,
    create_app=create_app,
    run_worker=run_worker,
    migrations=MIGRATIONS,
    default_port=8001,
    extra_commands={"accounts": ACCOUNTS},
)
