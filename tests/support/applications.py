"""An applicant using the portal: valid facts per kind of employer, the four forms filled in
consistently, a clear ID photo (made by deploy/season.py, which `make demo` uses too), and the
steps from registration to submission."""

import random
import struct
import weakref
import zlib
from typing import Any

import httpx
from PIL import Image, ImageFilter

from deploy.season import encoded, forms_for, id_number, phone_of, portrait
from tests.support.phone_codes import requested_code

PASSWORD = "Zhicheng2026"
GPS_IFD = 0x8825


def application_body(
    *,
    kind: str = "public",
    region_code: str | None = "330106",
    unit_code: str | None = None,
    name: str = "张三",
    serial: str = "123",
) -> dict[str, Any]:
    """The applicant's and employer's facts (the employer step's body: a kind and, as the kind
    needs, a region or a unit of the directory). One ID number is one account: give a different
    `serial` with a different `name`."""
    employer: dict[str, Any] = {"name": "杭州市西湖区某某建设有限公司", "kind": kind}
    if unit_code:
        employer["unit_code"] = unit_code
    elif region_code:
        employer["region_code"] = region_code
    number = id_number(serial=serial)
    return {
        "applicant": {"name": name, "id_number": number, "phone": phone_of(number)},
        "employer": employer,
    }


def fresh_id_number() -> str:
    """A random birth date and serial: tests sharing one system (and its accounts) never
    register the same person twice."""
    birth = f"19{random.randint(70, 95)}{random.randint(1, 12):02d}{random.randint(1, 28):02d}"
    return id_number(birth=birth, serial=f"{random.randint(100, 999)}")


def fresh_application_body(**options: Any) -> dict[str, Any]:
    """`application_body` for an applicant of the test's own (`fresh_id_number`)."""
    body = application_body(**options)
    number = fresh_id_number()
    body["applicant"] |= {"id_number": number, "phone": phone_of(number)}
    return body


def photo_bytes(*, blur: float = 0, **options: Any) -> bytes:
    image = portrait()
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    return encoded(image, **options)


def with_camera_metadata(image: Image.Image, orientation: int = 1) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "SomeCamera"  # Make
    exif[0x0112] = orientation
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (30.0, 15.0, 0.0), 3: "E", 4: (120.0, 10.0, 0.0)})
    return encoded(image, exif=exif.tobytes())


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims huge dimensions in a few bytes: decoding it would take gigabytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


# one login per applicant per client: argon2 makes each registration and login cost ~0.1 s
_logins: "weakref.WeakKeyDictionary[httpx.AsyncClient, dict[str, tuple[str, dict[str, str]]]]" = (
    weakref.WeakKeyDictionary()
)


async def registration(
    client: httpx.AsyncClient, applicant: dict[str, Any], **extra: Any
) -> httpx.Response:
    """Registers as the portal does: an SMS code to the phone, then the form with the code."""
    code = await requested_code(client, applicant["phone"], "register")
    body = {**applicant, "password": PASSWORD, "phone_code": code, **extra}
    return await client.post("/accounts", json=body)


async def logged_in(client: httpx.AsyncClient, applicant: dict[str, Any]) -> dict[str, str]:
    """Authorization headers of the applicant, registering them first if needed."""
    cached = _logins.setdefault(client, {})
    if applicant["id_number"] in cached:
        # another test may have registered this ID number under another name: the account is
        # shared then (harmless unless the forms must match the name: fresh_application_body)
        return cached[applicant["id_number"]][1]
    registered = await registration(client, applicant)
    assert registered.status_code == 202, registered.text
    login = await client.post(
        "/accounts/token", json={"id_number": applicant["id_number"], "password": PASSWORD}
    )
    assert login.status_code == 200, login.text
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    cached[applicant["id_number"]] = (applicant["name"], headers)
    return headers


async def prepared(
    client: httpx.AsyncClient, body: dict[str, Any], *, photo: bytes | None = None
) -> tuple[dict[str, str], str]:
    """A complete draft of `body`'s applicant: employer facts, four forms, photo."""
    headers = await logged_in(client, body["applicant"])
    created = await client.post("/applications", headers=headers)
    assert created.status_code == 201, created.text
    application_id = str(created.json()["id"])
    base = f"/applications/{application_id}"
    saved = await client.put(f"{base}/employer", json=body["employer"], headers=headers)
    assert saved.status_code == 204, saved.text
    for kind, form in forms_for(body).items():
        saved = await client.put(f"{base}/forms/{kind}", json=form, headers=headers)
        assert saved.status_code == 204, saved.text
    files = {"file": ("photo.jpg", photo or photo_bytes(), "image/jpeg")}
    uploaded = await client.put(f"{base}/photo", files=files, headers=headers)
    assert uploaded.status_code == 201, uploaded.text
    return headers, application_id


async def submitted(client: httpx.AsyncClient, body: dict[str, Any], **extra_headers: str) -> str:
    """The id of a new application of `body`'s applicant, prepared and submitted."""
    headers, application_id = await prepared(client, body)
    response = await client.post(
        f"/applications/{application_id}/submit", headers=headers | extra_headers
    )
    assert response.status_code == 202, response.text
    return application_id
