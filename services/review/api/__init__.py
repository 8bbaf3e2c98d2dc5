"""Review's HTTP API: accounts, the department screens' lists and actions, the directory."""

from services.review.api import admin, auth, cases, directory, lists

# lists before cases: /cases/counts must not be read as a case id
ROUTERS = [auth.router, admin.router, lists.router, cases.router, directory.router]
