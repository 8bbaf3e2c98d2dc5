"""deploy/backup.py on `make run`'s SQLite databases: copied with SQLite's backup API, restored
into a missing file, refused over one holding data unless replace."""

import sqlite3
from pathlib import Path

import pytest

from deploy.backup import BackupError, create, restore


def test_a_sqlite_database_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "var" / "review.db"
    path.parent.mkdir()
    with sqlite3.connect(path) as db:
        db.execute("create table account (name text)")
        db.execute("insert into account values ('王芳')")
    environment = {"REVIEW_DATABASE_URL": f"sqlite+aiosqlite:///{path}"}

    assert create(tmp_path / "backup", environment) == ["review"]
    with pytest.raises(BackupError, match="--replace"):
        restore(tmp_path / "backup", environment)
    path.unlink()
    assert restore(tmp_path / "backup", environment) == ["review"]
    with sqlite3.connect(path) as db:
        assert db.execute("select name from account").fetchall() == [("王芳",)]


def test_nothing_to_back_up_is_said(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="DATABASE_URL"):
        create(tmp_path / "backup", {})
