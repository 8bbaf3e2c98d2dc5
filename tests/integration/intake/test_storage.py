"""The local file store: contents by SHA-256, written whole or not at all, no path from outside."""

import asyncio
import hashlib
from pathlib import Path

import pytest

from services.intake.storage import LocalFileStore


async def test_contents_are_stored_once_under_their_hash(tmp_path: Path) -> None:
    store = LocalFileStore(tmp_path / "files")
    content = b"\xff\xd8\xff" + b"x" * 10_000
    keys = await asyncio.gather(*(store.put(content) for _ in range(5)))
    assert set(keys) == {hashlib.sha256(content).hexdigest()}
    [stored] = [p for p in (tmp_path / "files").rglob("*") if p.is_file()]
    assert stored == tmp_path / "files" / keys[0][:2] / keys[0]
    assert await store.get(keys[0]) == content


@pytest.mark.parametrize(
    "key", ["../../etc/passwd", "/etc/passwd", "A" * 64, "0" * 63, hashlib.sha256(b"?").hexdigest()]
)
async def test_anything_but_a_stored_hash_is_not_found(tmp_path: Path, key: str) -> None:
    with pytest.raises(FileNotFoundError):
        await LocalFileStore(tmp_path).get(key)
