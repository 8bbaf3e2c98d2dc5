"""Review's HTTP API: accounts, the department screens' lists and actions, the directory."""

from services.review.api import admin, audit, auth, cases, directory, exports, lists, season

# lists and exports before cases: /cases/counts, /cases/export.xlsx are not case ids
ROUTERS = [
    auth.router,
    admin.router,
    audit.router,
    season.router,
    lists.router,
    exports.router,
    cases.router,
    directory.router,
]
