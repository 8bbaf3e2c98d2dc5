"""`make run` writes its token secret where the operator's commands in a second terminal find it:
var/auth-secret, readable by its owner only; every service reads it when AUTH_SECRET is unset."""

import stat
from pathlib import Path

import pytest

from deploy.local import write_run_secret
from services.review.settings import ReviewSettings
from shared.settings import SecretUnavailable


def test_the_run_secret_is_written_for_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "var" / "auth-secret"
    secret = write_run_secret(path)
    assert len(secret) >= 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().strip() == secret
    assert write_run_secret(path) != secret, "each run has a secret of its own"


def test_services_read_it_when_auth_secret_is_unset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AUTH_SECRET", raising=False)
    monkeypatch.chdir(tmp_path)
    secret = write_run_secret(Path("var/auth-secret"))
    assert ReviewSettings().token_secret() == secret
    monkeypatch.setenv("AUTH_SECRET", "from-the-environment-Vb7Qx2mZr9KcT4wLp8YsN3dJh6Fg")
    assert ReviewSettings().token_secret() == "from-the-environment-Vb7Qx2mZr9KcT4wLp8YsN3dJh6Fg"


def test_a_missing_or_shared_secret_file_is_refused_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AUTH_SECRET", raising=False)
    path = tmp_path / "auth-secret"
    monkeypatch.setenv("AUTH_SECRET_FILE", str(path))
    with pytest.raises(SecretUnavailable) as missing:
        ReviewSettings().token_secret()
    assert "make run" in missing.value.explanation
    write_run_secret(path)
    path.chmod(0o644)
    with pytest.raises(SecretUnavailable) as shared:
        ReviewSettings().token_secret()
    assert "chmod 600" in shared.value.explanation
