"""The local SMS sink (make run, tests): each SMS a file `<notice id>.json` under a folder, the
number masked. The file's name is the idempotency key: a second send of the same notice finds
it there and is answered as accepted without writing again. Each file appears whole (a reader
polling the folder, like `deploy/sms_code`, never reads one half written)."""

import asyncio
import json
import os
import uuid
from pathlib import Path

from services.notify.adapters.ports import Delivery, Outgoing, masked_address
from shared.db import Clock


class SmsSink:
    def __init__(self, directory: Path, clock: Clock) -> None:
        self._directory = directory
        self._clock = clock

    async def send(self, notice: Outgoing) -> Delivery:
        try:
            return await asyncio.to_thread(self._write, notice)
        except OSError as error:
            return Delivery(False, repr(error))

    def _write(self, notice: Outgoing) -> Delivery:
        self._directory.mkdir(parents=True, exist_ok=True)
        path = self._directory / f"{notice.notice_id}.json"
        record = {
            "to": masked_address(notice.address),
            "idempotency_key": str(notice.notice_id),
            "at": self._clock().isoformat(),
            "text": notice.body,
        }
        # written whole under a name no reader looks at, then linked into place in one step:
        # a reader never sees half a file, and the link fails if the SMS is there already
        draft = self._directory / f".{notice.notice_id}.{uuid.uuid4().hex}.tmp"
        draft.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
        try:
            os.link(draft, path)
        except FileExistsError:
            return Delivery(True, f"already delivered: {path.name}", provider_ref=path.name)
        finally:
            draft.unlink()
        return Delivery(True, f"written to {path}", provider_ref=path.name)
