"""Review's HTTP API: accounts, the department screens' lists and actions, the directory."""

from services.review.api import (
    admin,
    audit,
    auth,
    cases,
    directory,
    exports,
    figures,
    lists,
    operator,
    season,
)

# lists and exports before cases: /cases/counts, /cases/export.xlsx are not case ids
ROUTERS = [
    auth.router,
    admin.router,
    audit.router,
    season.router,
    figures.router,
    operator.router,
    lists.router,
    exports.router,
    cases.router,
    directory.router,
]
