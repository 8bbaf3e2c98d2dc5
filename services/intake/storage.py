"""Where uploaded files' contents live: addressed by their SHA-256, behind a small interface that
an object store (S3, OSS, MinIO) can implement instead of the local directory."""

import asyncio
import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Protocol

_SHA256 = re.compile(r"[0-9a-f]{64}")


class FileStore(Protocol):
    async def put(self, content: bytes) -> str:
        """Stores `content` (once, however often it is put); returns its SHA-256 in hex."""
        ...

    async def get(self, sha256: str) -> bytes:
        """The content stored under `sha256`; FileNotFoundError if there is none."""
        ...


class LocalFileStore:
    """Files in a directory, `<dir>/<first two hex digits>/<sha256>`: names come only from the
    hash, so nothing an uploader sends can choose a path."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory

    async def put(self, content: bytes) -> str:
        sha256 = hashlib.sha256(content).hexdigest()
        await asyncio.to_thread(self._write, self._path(sha256), content)
        return sha256

    async def get(self, sha256: str) -> bytes:
        return await asyncio.to_thread(self._path(sha256).read_bytes)

    def _path(self, sha256: str) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise FileNotFoundError(sha256)
        return self._directory / sha256[:2] / sha256

    @staticmethod
    def _write(path: Path, content: bytes) -> None:
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        # written aside, then renamed: a reader never sees half a file, and two writers of the
        # same content both end with the same whole file
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(content)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
