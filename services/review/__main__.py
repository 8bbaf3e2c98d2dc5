from services.review.bootstrap import MIGRATIONS, SERVICE
from services.review.cli import ACCOUNTS
from services.review.main import create_app, run_worker
from services.review.settings import ReviewSettings
from shared.entrypoint import main

main(
    service=SERVICE,
    settings_type=ReviewSettings,
    create_app=create_app,
    run_worker=run_worker,
    migrations=MIGRATIONS,
    default_port=8002,
    extra_commands={"accounts": ACCOUNTS},
)
