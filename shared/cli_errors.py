"""A command line's failures as one line an operator can act on, not a traceback:
`错误：<what is wrong, in Chinese> (<the cause, in English>)`. LOG_LEVEL=DEBUG shows the
traceback as well, for a developer."""

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError, NoSuchTableError, SQLAlchemyError

from shared.settings import SecretUnavailable


@contextmanager
def one_line_errors(service: str, *, debug: bool = False) -> Iterator[None]:
    """Runs the command; any failure exits 1 with one line on stderr."""
    try:
        yield
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as error:
        if debug:
            raise
        sys.exit(f"错误：{explain(error, service)} ({first_line(error)})")


def explain(error: Exception, service: str) -> str:
    """What went wrong, in the operator's words."""
    if isinstance(error, ValidationError):
        fields = ", ".join(".".join(str(p) for p in e["loc"]) for e in error.errors())
        return f"配置有误：{fields}"
    if isinstance(error, NoSuchTableError) or (
        isinstance(error, DBAPIError) and _missing_table(error)
    ):
        return f"{service} 的数据库尚未建表：请先运行 python -m services.{service} migrate"
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return f"{service} 的数据库连接中断，请稍后重试"
    if isinstance(error, (DBAPIError, SQLAlchemyError, OSError)) and _unreachable(error):
        return f"无法连接 {service} 的数据库：请检查 {service.upper()}_DATABASE_URL"
    if isinstance(error, SQLAlchemyError):
        return f"{service} 的数据库操作失败"
    if isinstance(error, SecretUnavailable):
        return error.explanation
    if isinstance(error, (RuntimeError, ValueError)):
        return f"{service} 无法启动"
    return "操作失败"


def first_line(error: BaseException) -> str:
    cause = getattr(error, "orig", None) or error
    text = str(cause).strip().splitlines()
    return f"{type(cause).__name__}: {text[0]}" if text else type(cause).__name__


def _missing_table(error: DBAPIError) -> bool:
    text = str(error.orig).lower()
    return "no such table" in text or ("relation" in text and "does not exist" in text)


def _unreachable(error: Exception) -> bool:
    text = str(getattr(error, "orig", None) or error).lower()
    return any(
        sign in text
        for sign in ("connection refused", "could not connect", "unable to open", "connect call")
    )
