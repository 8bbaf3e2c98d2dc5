from services.committee.bootstrap import MIGRATIONS, SERVICE
from services.committee.main import create_app, run_worker
from services.committee.settings import CommitteeSettings
from shared.entrypoint import main

main(
    service=SERVICE,
    settings_type=CommitteeSettings,
    create_app=create_app,
    run_worker=run_worker,
    migrations=MIGRATIONS,
    default_port=8003,
)
