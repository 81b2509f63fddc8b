"""update-spec adopts a valid spec that passes the tests, and otherwise changes nothing."""

from __future__ import annotations

import hashlib
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from codegen.generate import GenerationError, generate
from codegen.specfile import SpecError
from codegen.update import update_spec
from tests.test_generate import TINY

BIGGER = TINY.replace(
    "paths:\n",
    "paths:\n  /more:\n    delete:\n      operationId: DeleteMore\n      responses: {'204': {description: gone}}\n",
)


def _state(spec: Path, out: Path) -> dict[str, str]:
    files = [spec, *sorted(p for p in out.rglob("*") if p.is_file())]
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    spec, out = tmp_path / "openapi.yaml", tmp_path / "generated"
    spec.write_text(TINY)
    generate(spec, out)
    return spec, out


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "www"
    root.mkdir()
    (root / "openapi.yaml").write_text(BIGGER)
    (root / "page.html").write_text("<html>Cloudflare: 502</html>")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(root), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join(5)


def test_adopts_a_new_spec_from_a_file(
    project: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = project
    new = tmp_path / "new.yaml"
    new.write_text(BIGGER)
    update_spec(url=None, file=new, test_command="true", spec_path=spec, out_dir=out)
    assert spec.read_text() == BIGGER
    assert (out / "kalshi_trade_api" / "api" / "default" / "delete_more.py").exists()
    assert "operations added (1):\n  DELETE /more" in capsys.readouterr().out


def test_adopts_a_new_spec_from_a_url(project: tuple[Path, Path], served: str) -> None:
    spec, out = project
    update_spec(url=f"{served}/openapi.yaml", file=None, test_command="true", spec_path=spec, out_dir=out)
    assert spec.read_text() == BIGGER


@pytest.mark.parametrize("path", ["page.html", "missing.yaml"])
def test_bad_download_changes_nothing(project: tuple[Path, Path], served: str, path: str) -> None:
    spec, out = project
    before = _state(spec, out)
    with pytest.raises(SpecError):
        update_spec(url=f"{served}/{path}", file=None, test_command="true", spec_path=spec, out_dir=out)
    assert _state(spec, out) == before


def test_failing_tests_restore_spec_and_client(project: tuple[Path, Path], tmp_path: Path) -> None:
    spec, out = project
    before = _state(spec, out)
    new = tmp_path / "new.yaml"
    new.write_text(BIGGER)
    with pytest.raises(GenerationError, match="restored"):
        update_spec(url=None, file=new, test_command="false", spec_path=spec, out_dir=out)
    assert _state(spec, out) == before


def test_spec_the_generator_rejects_changes_nothing(project: tuple[Path, Path], tmp_path: Path) -> None:
    spec, out = project
    before = _state(spec, out)
    new = tmp_path / "new.yaml"
    new.write_text(
        TINY.replace(
            "      responses:",
            "      requestBody:\n        content:\n"
            "          application/x-weird: {schema: {type: string}}\n      responses:",
        )
    )
    with pytest.raises(GenerationError):
        update_spec(url=None, file=new, test_command="true", spec_path=spec, out_dir=out)
    assert _state(spec, out) == before


def test_a_downgrade_that_drops_operations_is_announced_loudly_before_replacing(
    project: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = project
    spec.write_text(BIGGER.replace("version: '1'", "version: '3.31.0'"))
    generate(spec, out)
    older = tmp_path / "older.yaml"
    older.write_text(TINY.replace("version: '1'", "version: '3.8.0'"))
    update_spec(url=None, file=older, test_command="true", spec_path=spec, out_dir=out)
    err = capsys.readouterr().err
    assert "WARNING: the new spec (3.8.0) is OLDER than the vendored one (3.31.0)" in err
    assert "WARNING: the new spec DROPS 1 operation(s)" in err and "DELETE /more" in err


def test_an_upgrade_adding_operations_raises_no_warning(
    project: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = project
    newer = tmp_path / "newer.yaml"
    newer.write_text(BIGGER.replace("version: '1'", "version: '2'"))
    update_spec(url=None, file=newer, test_command="true", spec_path=spec, out_dir=out)
    assert "WARNING" not in capsys.readouterr().err
