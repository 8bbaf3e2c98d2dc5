"""nginx (compose's one origin) sends the security headers the gateway sends under `make run`
(issue 11, point 13): the pages' policy is shared/security_headers.WEB_POLICY, every header is
sent on every answer (`always`: errors too) and exactly once (the services' own copies are hidden,
their policy and Cache-Control put back by the maps)."""

import re
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from shared.security_headers import WEB_POLICY
from tests.support.mail import free_port

REPO = Path(__file__).resolve().parents[2]
CONF = (REPO / "deploy" / "nginx.conf").read_text(encoding="utf-8")
PROXY_PARAMS = (REPO / "deploy" / "proxy_params.conf").read_text(encoding="utf-8")
GUARDS = {
    "X-Content-Type-Options": '"nosniff"',
    "X-Frame-Options": '"DENY"',
    "Content-Security-Policy": "$answer_policy",
    "Cache-Control": "$answer_cache",
}


def _server_block() -> str:
    return CONF[CONF.index("server {") :]


def test_the_pages_policy_is_the_gateways() -> None:
    [policy_map] = re.findall(r"map \$upstream_http_content_security_policy .*?\}", CONF, re.S)
    [default] = re.findall(r'""\s+"([^"]+)";', policy_map)
    assert default == WEB_POLICY
    assert "default $upstream_http_content_security_policy;" in policy_map
    cache = re.search(r"map \$uri \$page_cache \{(.*?)\}", CONF, re.S)
    assert cache is not None
    assert '~^/api/    "no-store";' in cache.group(1)
    assert 'default    "no-cache";' in cache.group(1)


def test_every_answer_gets_each_header_once() -> None:
    server = _server_block()
    added = dict(re.findall(r"^\s*add_header (\S+) (.+?) always;$", server, re.M))
    for name, value in GUARDS.items():
        assert added.get(name) == value, name
    # a location with an add_header of its own would drop every inherited one (nginx's rule)
    for body in re.findall(r"location \S+\s*\{([^}]*)\}", server):
        assert "add_header" not in body
        assert "expires" not in body
    hidden = set(re.findall(r"^proxy_hide_header (\S+);$", PROXY_PARAMS, re.M))
    assert set(added) <= hidden, "a service's copy would be sent beside nginx's"


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed here")
def test_nginx_itself_sends_them(tmp_path: Path) -> None:
    """Where nginx is installed: the same file, served for real (a page, an asset, an API that
    does not answer; nginx's worker may not read pytest's private folder: a 500 page then,
    which must carry the headers as well)."""
    html = tmp_path / "html"
    (html / "admin").mkdir(parents=True)
    (html / "assets").mkdir()
    (html / "index.html").write_text("<p>portal</p>")
    (html / "admin" / "index.html").write_text("<p>admin</p>")
    (html / "assets" / "app.js").write_text("1")
    port, dead = free_port(), free_port()
    site = (
        CONF.replace("/usr/share/nginx/html", str(html))
        .replace("listen 8080;", f"listen 127.0.0.1:{port};")
        .replace("/etc/nginx/proxy_params.conf", str(REPO / "deploy" / "proxy_params.conf"))
    )
    site = re.sub(r"http://[\w-]+:\d+/", f"http://127.0.0.1:{dead}/", site)
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"daemon off; pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log;\n"
        "events {}\n"
        f"http {{ access_log off; client_body_temp_path {tmp_path}/body; "
        f"proxy_temp_path {tmp_path}/proxy; include {tmp_path}/site.conf; }}\n"
    )
    command = ["nginx", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")]
    server = subprocess.Popen(command, stderr=subprocess.PIPE)
    try:
        answers = {path: _get(port, path) for path in ("/", "/admin/x", "/assets/app.js")}
        answers["/api/intake/health"] = _get(port, "/api/intake/health")
        for path, answer in answers.items():
            for name in GUARDS:
                assert len(answer.headers.get_list(name)) == 1, (path, name)
            assert answer.headers["x-frame-options"] == "DENY"
        assert answers["/"].headers["content-security-policy"] == WEB_POLICY
        assert answers["/api/intake/health"].status_code == 502
        assert answers["/api/intake/health"].headers["cache-control"] == "no-store"
        assert "immutable" in answers["/assets/app.js"].headers["cache-control"]
    finally:
        server.terminate()
        server.wait(timeout=10)


def _get(port: int, path: str) -> httpx.Response:
    deadline = time.monotonic() + 10
    while True:
        try:
            return httpx.get(f"http://127.0.0.1:{port}{path}", timeout=5)
        except httpx.ConnectError:
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.1)
