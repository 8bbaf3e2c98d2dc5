"""Made-up but valid applicants for `make demo`, the walk-through and the tests: ID numbers with
their check digit, names, the four forms filled in consistently with each other and with the
employer, a clear ID photo. Nothing here talks to a service.

    python -m deploy.season example [--dir try]   # one applicant's request bodies and files"""

import argparse
import io
import json
import random
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from services.intake.domain.identity import check_digit

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红文斌宇浩凯鹏晨阳雪琳婷海"
SCHOOLS = (("浙江大学", "土木工程"), ("浙江工业大学", "建筑学"), ("同济大学", "结构工程"),
           ("浙江科技学院", "给排水科学与工程"), ("宁波大学", "工程管理"))  # fmt: skip
PROFESSIONS = ("建筑工程施工", "建筑结构设计", "市政工程", "给水排水", "建筑电气", "工程造价")


def id_number(region: str = "330106", birth: str = "19850312", serial: str = "123") -> str:
    first17 = region + birth + serial
    return first17 + check_digit(first17)


def phone_of(id_number: str) -> str:
    """A made-up mobile number of the applicant's own (one SMS code a minute goes to a phone)."""
    return "13" + id_number[8:17]


def person(index: int, region: str) -> dict[str, str]:
    """The index-th made-up applicant: a unique ID number (born 1970–1989), name and phone."""
    rnd = random.Random(index)
    name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
    birth = f"{1970 + index % 20}{1 + index // 20 % 12:02d}{1 + index // 240 % 28:02d}"
    return {
        "name": name,
        "id_number": id_number(region, birth, f"{index % 1000:03d}"),
        "phone": f"13{rnd.randrange(5, 10)}{index:08d}",
        "email": f"applicant{index:03d}@example.com",
    }


def forms_for(
    body: dict[str, Any], *, index: int = 0, profession: str = "建筑工程施工"
) -> dict[str, dict[str, Any]]:
    """The four forms (申报简表, 综合表, 评审表, 花名册), consistent with each other, the applicant
    and the employer. `index` varies the school; the defaults are the tests' applicant."""
    applicant, number = body["applicant"], body["applicant"]["id_number"]
    school, major = SCHOOLS[index % len(SCHOOLS)]
    graduated = int(number[6:10]) + 22
    basic = {
        "name": applicant["name"],
        "gender": "male" if int(number[16]) % 2 else "female",
        "id_number": number,
        "birth_date": f"{number[6:10]}-{number[10:12]}-{number[12:14]}",
        "employer": body["employer"]["name"],
        "current_profession": profession,
        "applied_title": "高级工程师",
        "series": "工程技术（建设工程）",
    }
    title = {"current_title": "工程师", "current_title_obtained_on": "2015-12-01"}
    education = {"education": "大学本科", "profession_years": 17}
    return {
        "summary": {
            **basic,
            **title,
            **education,
            "graduated_school": school,
            "graduated_major": major,
            "graduated_on": f"{graduated}-07-01",
            "achievements_summary": "主持多项市政和房建工程的施工技术管理。",
        },
        "comprehensive": {
            **basic,
            "education_history": [
                {
                    "start": f"{graduated - 4}-09-01",
                    "end": f"{graduated}-07-01",
                    "school": school,
                    "major": major,
                    "degree": "大学本科 工学学士",
                }
            ],
            "work_history": [
                {
                    "start": f"{graduated}-07-01",
                    "employer": body["employer"]["name"],
                    "position": "技术负责人",
                }
            ],
            "achievements": [{"title": "某综合体施工技术", "year": 2021, "role": "项目技术负责人"}],
        },
        "review": {**basic, **title, "work_summary": "任现职以来负责施工组织设计与质量管理。"},
        "roster": {**basic, **title, **education},
    }


def portrait(width: int = 354, height: int = 472, *, seed: int = 1) -> Image.Image:
    """A made-up ID photo: plain background, a face, shoulders, some fine detail."""
    rnd = random.Random(seed)
    image = Image.new("RGB", (width, height), (60, 120, 200))
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.25, height * 0.15, width * 0.75, height * 0.6), fill=(230, 190, 160))
    draw.rectangle((width * 0.15, height * 0.65, width * 0.85, height), fill=(30, 30, 40))
    for _ in range(40):
        x, y = rnd.randrange(width), rnd.randrange(height)
        end = (x + rnd.randrange(-30, 30), y + rnd.randrange(-30, 30))
        draw.line((x, y, *end), fill=(rnd.randrange(256),) * 3, width=1)
    return image


def encoded(image: Image.Image, image_format: str = "JPEG", **options: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def example(directory: Path, *, name: str, serial: str, password: str) -> list[Path]:
    """One applicant's files for the walk-through (docs/walkthrough.md): the request for an SMS
    code, the account (its `phone_code` is what the SMS says), the employer, the four forms as
    JSON bodies, an ID photo and a one-page scan."""
    directory.mkdir(parents=True, exist_ok=True)
    number = id_number(serial=serial)
    applicant = {"name": name, "id_number": number, "phone": phone_of(number),
                 "email": f"{serial}@example.com"}  # fmt: skip
    employer = {"name": "杭州市西湖区某某建设有限公司", "kind": "public", "region_code": "330106"}
    bodies: dict[str, Any] = {
        "phone-code": {"phone": applicant["phone"], "purpose": "register"},
        "account": {**applicant, "password": password},  # with the SMS code added
        "login": {"id_number": applicant["id_number"], "password": password},
        "employer": employer,
        **forms_for({"applicant": applicant, "employer": employer}),
    }
    written = []
    for part, body in bodies.items():
        path = directory / f"{part}.json"
        path.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    (directory / "photo.jpg").write_bytes(encoded(portrait(seed=int(serial))))
    page = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
    ImageDraw.Draw(page).rectangle((100, 100, 1140, 300), outline="black", width=4)
    (directory / "scan.pdf").write_bytes(encoded(page, "PDF", resolution=150.0))
    return [*written, directory / "photo.jpg", directory / "scan.pdf"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m deploy.season")
    commands = parser.add_subparsers(dest="command", required=True)
    files = commands.add_parser("example", help="one applicant's JSON bodies, photo and scan")
    files.add_argument("--dir", type=Path, default=Path("try"))
    files.add_argument("--name", default="李四")
    files.add_argument("--serial", default="456", help="3 digits of the made-up ID number")
    files.add_argument("--password", default="a-long-password-2026")
    args = parser.parse_args(argv)
    for path in example(args.dir, name=args.name, serial=args.serial, password=args.password):
        print(path)


if __name__ == "__main__":
    main()
