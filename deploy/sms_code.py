"""The newest SMS code (短信验证码) notify's local sink wrote for a phone: what an applicant would
read on the phone, for the walk-through, `make demo` and the tests of `make run`.

    python -m deploy.sms_code 13812345678 [--dir var/sms] [--wait 30]   # prints the code"""

import argparse
import json
import re
import sys
import time
from pathlib import Path

from shared.privacy import mask_phone

SINK = Path("var/sms")
_CODE = re.compile(r"验证码为(\d{6})")


def newest_code(directory: Path, phone: str, *, newer_than: float = 0.0) -> str | None:
    """The code of the newest SMS to `phone` written after `newer_than` (a file time), if any.
    The sink keeps the number masked, as every file does."""
    to = mask_phone(phone)
    found: list[tuple[float, str]] = []
    for path in directory.glob("*.json") if directory.is_dir() else ():
        written = path.stat().st_mtime
        if written <= newer_than:
            continue
        try:
            sms = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, FileNotFoundError):  # not whole yet, or gone: not a code
            continue
        if sms.get("to") == to and (match := _CODE.search(sms.get("text", ""))):
            found.append((written, match.group(1)))
    return max(found)[1] if found else None


def wait_for_code(
    directory: Path, phone: str, *, newer_than: float = 0.0, within: float = 30.0
) -> str | None:
    """Waits until notify has written a code for `phone` (it sends within seconds)."""
    deadline = time.monotonic() + within
    while (code := newest_code(directory, phone, newer_than=newer_than)) is None:
        if time.monotonic() > deadline:
            return None
        time.sleep(0.2)
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.sms_code")
    parser.add_argument("phone", help="the mobile number the code was sent to")
    parser.add_argument("--dir", type=Path, default=SINK, help="notify's SMS sink (NOTIFY_SMS_DIR)")
    parser.add_argument("--wait", type=float, default=30.0, help="seconds to wait for it")
    args = parser.parse_args(argv)
    code = wait_for_code(args.dir, args.phone, within=args.wait)
    if code is None:
        print(f"no SMS code for {mask_phone(args.phone)} under {args.dir}/", file=sys.stderr)
        return 1
    print(code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
