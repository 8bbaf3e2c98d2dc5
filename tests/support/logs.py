"""Every log line a test session produces, as its code wrote it."""

import logging
from typing import Any

import structlog


class LogRecorder:
    """Every log line, as its code wrote it: structlog events before the pipeline's scrubber
    (notify must not lean on it) and the standard library's records with their tracebacks."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._handler = _Recording(self.lines)

    def install(self) -> None:
        processors = structlog.get_config()["processors"]
        at = next(i for i, p in enumerate(processors) if "scrub" in getattr(p, "__name__", ""))
        processors.insert(at, self._record)
        logging.getLogger().addHandler(self._handler)

    def remove(self) -> None:
        """Stops recording (logging reconfigured since then has dropped it already)."""
        processors = structlog.get_config()["processors"]
        if self._record in processors:
            processors.remove(self._record)
        logging.getLogger().removeHandler(self._handler)

    def _record(self, _: Any, __: str, event_dict: dict[str, Any]) -> dict[str, Any]:
        self.lines.append(repr(event_dict))
        return event_dict


class _Recording(logging.Handler):
    def __init__(self, lines: list[str]) -> None:
        super().__init__(level=logging.DEBUG)
        self._lines = lines
        self._formatter = logging.Formatter()

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, dict):  # structlog's own: recorded above, unscrubbed
            return
        self._lines.append(record.getMessage())
        if record.exc_info:
            self._lines.append(self._formatter.formatException(record.exc_info))
