from services.notify.bootstrap import MIGRATIONS, SERVICE
from services.notify.main import create_app, run_worker
from services.notify.settings import NotifySettings
from shared.entrypoint import main

main(
    service=SERVICE,
    settings_type=NotifySettings,
    create_app=create_app,
    run_worker=run_worker,
    migrations=MIGRATIONS,
    default_port=8004,
)
