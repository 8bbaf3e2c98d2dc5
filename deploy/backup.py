"""One command backs up every service's database and intake's stored files; one restores them.

    python -m deploy.backup create /backups/2026-12-02      # a new directory
    python -m deploy.backup restore /backups/2026-12-02     # into empty databases
    python -m deploy.backup restore /backups/2026-12-02 --replace   # over existing ones

The databases are the ones the services use: `<SERVICE>_DATABASE_URL` for each service whose
variable is set (PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore`; SQLite, as
`make run` uses: a copy taken with SQLite's backup API), and the files under
`INTAKE_STORAGE_DIR` (a tar archive). Each database's dump is consistent in itself; the files are
archived after every database, and files are only ever added (named by their content), so every
file a dumped row names is in the archive. The outbox and inbox tables travel with their
database: a restored service publishes what it had not yet published and drops what it had
already handled. `manifest.json` lists what the directory holds.

Restoring into a database that already has tables refuses, naming it, unless `--replace`. After
a restore, run each service's `migrate` (it also declares the broker's queues) before starting
it. pg_dump and pg_restore must be those of the server's major version or newer."""

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from yarl import URL

SERVICES = ("intake", "review", "committee", "notify")
FILES = "intake-files.tar"
MANIFEST = "manifest.json"


class BackupError(RuntimeError):
    """What went wrong, said in Chinese for the operator."""


@dataclass(frozen=True)
class Database:
    service: str
    url: str

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def dump_name(self) -> str:
        return f"{self.service}.{'sqlite' if self.is_sqlite else 'dump'}"

    def sqlite_path(self) -> Path:
        return Path(self.url.split(":///", 1)[1])

    def libpq_env(self) -> dict[str, str]:
        """The connection as libpq's variables: no password on a command line."""
        parsed = URL(self.url)
        found = {
            "PGHOST": parsed.host or "",
            "PGPORT": str(parsed.port or 5432),
            "PGUSER": parsed.user or "",
            "PGPASSWORD": parsed.password or "",
            "PGDATABASE": parsed.path.lstrip("/"),
        }
        return {name: value for name, value in found.items() if value}


def databases(environment: Mapping[str, str]) -> list[Database]:
    return [
        Database(service, environment[f"{service.upper()}_DATABASE_URL"])
        for service in SERVICES
        if environment.get(f"{service.upper()}_DATABASE_URL")
    ]


def storage_dir(environment: Mapping[str, str]) -> Path | None:
    value = environment.get("INTAKE_STORAGE_DIR")
    return Path(value) if value else None


def _run(command: list[str], database: Database, what: str) -> None:
    env = {**os.environ, **database.libpq_env()}
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{database.service} 的数据库{what}失败：{result.stderr.strip()[-800:]}")


def create(target: Path, environment: Mapping[str, str]) -> list[str]:
    """Backs up into `target` (which must not exist yet); returns what was backed up."""
    found = databases(environment)
    if not found:
        raise BackupError("未设置任何 <SERVICE>_DATABASE_URL，没有可备份的数据库")
    target.mkdir(parents=True, exist_ok=False)
    for database in found:
        dump = target / database.dump_name
        if database.is_sqlite:
            with (
                sqlite3.connect(database.sqlite_path()) as source,
                sqlite3.connect(dump) as copy,
            ):
                source.backup(copy)
        else:
            _run(["pg_dump", "--format=custom", "--no-owner", f"--file={dump}"], database, "备份")
    files = storage_dir(environment)
    if files is not None and files.is_dir():  # after the databases: see the module's note
        with tarfile.open(target / FILES, "w") as archive:
            archive.add(files, arcname=".")
    manifest: dict[str, object] = {
        "created_at": datetime.now(UTC).isoformat(),
        "databases": {d.service: d.dump_name for d in found},
        "files": FILES if (target / FILES).exists() else None,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return [d.service for d in found] + (["files"] if manifest["files"] else [])


def restore(source: Path, environment: Mapping[str, str], *, replace: bool = False) -> list[str]:
    """Restores every database the manifest holds into the one its variable names now, and the
    files into INTAKE_STORAGE_DIR; returns what was restored."""
    try:
        manifest = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"{source} 不是备份目录（缺少 {MANIFEST}）") from None
    by_service = {d.service: d for d in databases(environment)}
    restored = []
    for service, dump_name in manifest["databases"].items():
        database = by_service.get(service)
        if database is None:
            raise BackupError(
                f"备份中有 {service} 的数据库，但未设置 {service.upper()}_DATABASE_URL"
            )
        _restore_database(database, source / dump_name, replace=replace)
        restored.append(service)
    if manifest.get("files"):
        files = storage_dir(environment)
        if files is None:
            raise BackupError("备份中有上传文件，但未设置 INTAKE_STORAGE_DIR")
        files.mkdir(parents=True, exist_ok=True)
        with tarfile.open(source / manifest["files"]) as archive:
            archive.extractall(files, filter="data")
        restored.append("files")
    return restored


def _restore_database(database: Database, dump: Path, *, replace: bool) -> None:
    if database.is_sqlite:
        target = database.sqlite_path()
        if target.exists() and target.stat().st_size and not replace:
            raise BackupError(f"{target} 已有数据：确认覆盖请加 --replace")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(dump, target)
        return
    name = database.libpq_env().get("PGDATABASE", "")
    command = ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={name}"]
    if replace:
        command += ["--clean", "--if-exists"]
    _run([*command, str(dump)], database, "恢复（目标数据库已有表时须加 --replace）")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.backup")
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("create", help="back up into a new directory").add_argument(
        "directory", type=Path
    )
    back = actions.add_parser("restore", help="restore from a backup directory")
    back.add_argument("directory", type=Path)
    back.add_argument("--replace", action="store_true", help="over databases that have tables")
    args = parser.parse_args(argv)
    try:
        if args.action == "create":
            saved = create(args.directory, os.environ)
            print(f"已备份到 {args.directory}：{', '.join(saved)}")
        else:
            done = restore(args.directory, os.environ, replace=args.replace)
            print(f"已恢复：{', '.join(done)}；请在启动前运行各服务的 migrate")
    except (BackupError, FileExistsError) as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
