"""Hostile bodies against the running intake API (issue 11, point 10): a body over its route's
cap is answered 413 in Chinese before it is read whole, and a body that fits but is full of
errors is answered with the first few of them and a count, never with one line per key."""

import json
from collections.abc import AsyncIterator

from shared.body_limit import DEFAULT_MAX_BODY, MIB
from shared.refusals import MAX_LISTED_ERRORS
from tests.support.applications import application_body, photo_bytes, prepared
from tests.support.system import RunningSystem

CHUNK = 16 * 1024


def _unknown_keys(count: int) -> bytes:
    return json.dumps({f"key{i:06d}": i for i in range(count)}).encode()


async def test_a_huge_unauthenticated_body_of_unknown_keys_gets_a_short_chinese_413(
    system: RunningSystem,
) -> None:
    body = _unknown_keys(100_000)
    assert len(body) > 1.6 * MIB
    response = await system.intake.post(
        "/accounts", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 413, response.text[:300]
    assert len(response.content) < 300
    [error] = response.json()["detail"]
    assert error["message"] == f"请求内容过大，不能超过 {DEFAULT_MAX_BODY // 1024} KB"
    assert error["type"] == "too_large"


async def test_a_body_without_a_length_is_cut_off_at_the_cap_not_read_whole(
    system: RunningSystem,
) -> None:
    body = _unknown_keys(100_000)
    sent: list[int] = []

    async def chunked() -> AsyncIterator[bytes]:
        for start in range(0, len(body), CHUNK):
            sent.append(start)
            yield body[start : start + CHUNK]

    response = await system.intake.post(
        "/accounts", content=chunked(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413, response.text[:300]
    read = len(sent) * CHUNK
    assert read <= DEFAULT_MAX_BODY + 2 * CHUNK, f"read {read} bytes of {len(body)}"


async def test_a_body_that_fits_lists_the_first_errors_and_how_many_more(
    system: RunningSystem,
) -> None:
    body = _unknown_keys(3_000)  # ~50 KB: under the cap, 3,000 unknown fields
    assert len(body) < DEFAULT_MAX_BODY
    response = await system.intake.post(
        "/accounts", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert len(detail) == MAX_LISTED_ERRORS + 1
    assert detail[-1]["type"] == "too_many_errors"
    assert "未列出" in detail[-1]["message"]
    assert len(response.content) < 8 * 1024


async def test_a_form_full_of_unknown_fields_is_answered_in_a_few_lines(
    system: RunningSystem,
) -> None:
    headers, application_id = await prepared(
        system.intake, application_body(serial="801", name="限一")
    )
    body = _unknown_keys(25_000)  # ~430 KB: within a form's cap, far more errors than listed
    response = await system.intake.put(
        f"/applications/{application_id}/forms/summary",
        content=body,
        headers={**headers, "content-type": "application/json"},
    )
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert len(detail) == MAX_LISTED_ERRORS + 1
    assert detail[0]["message"].startswith("申报简表")
    assert detail[-1]["message"].startswith("另有 ")
    too_big = await system.intake.put(
        f"/applications/{application_id}/forms/summary",
        content=_unknown_keys(100_000),
        headers={**headers, "content-type": "application/json"},
    )
    assert too_big.status_code == 413
    assert "不能超过 512 KB" in too_big.json()["detail"][0]["message"]


async def test_an_upload_may_be_as_large_as_documented_and_no_larger(
    system: RunningSystem,
) -> None:
    headers, application_id = await prepared(
        system.intake, application_body(serial="802", name="限二")
    )
    photo = photo_bytes()
    over_file_limit = photo + b"\0" * (2 * MIB + 1 - len(photo))
    refused_by_check = await system.intake.put(
        f"/applications/{application_id}/photo",
        files={"file": ("p.jpg", over_file_limit, "image/jpeg")},
        headers=headers,
    )
    assert refused_by_check.status_code == 422, "within the route's cap: the file check answers"
    assert "不能超过 2 MB" in refused_by_check.json()["detail"][0]["message"]
    huge = photo + b"\0" * (8 * MIB)
    refused_unread = await system.intake.put(
        f"/applications/{application_id}/photo",
        files={"file": ("p.jpg", huge, "image/jpeg")},
        headers=headers,
    )
    assert refused_unread.status_code == 413
    assert "请求内容过大" in refused_unread.json()["detail"][0]["message"]
    for size, status in ((10 * MIB + 1, 422), (11 * MIB, 413)):
        scan = await system.intake.post(
            f"/applications/{application_id}/attachments",
            data={"title": "学历证书"},
            files={"file": ("s.jpg", photo + b"\0" * (size - len(photo)), "image/jpeg")},
            headers=headers,
        )
        assert scan.status_code == status, (size, scan.text[:200])
