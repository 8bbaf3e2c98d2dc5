"""The committee service's HTTP API: the mid-committee office's screens and the senior
committee office's."""

from services.committee.api import figures, meetings, office, publicity, selection, senior

# office before its /cases/{id}: /cases/counts must not be read as a case id
ROUTERS = [
    office.router,
    meetings.router,
    selection.router,
    senior.router,
    figures.router,
    publicity.router,
]
