"""Which API is this: each generated package's API_VERSION, the distribution's version, and update-spec moving both."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import kalshi_auth
import kalshi_stream_messages
import kalshi_trade_api
from codegen.update import update_spec
from kalshi_auth._version import SDK_VERSION, build_version, package_version
from tests.conftest import ROOT
from tests.test_generate import TINY


def _api_version(package_dir: Path) -> object:
    """API_VERSION as the generated __init__ writes it, read without importing (a literal, never code)."""
    for node in ast.parse((package_dir / "__init__.py").read_text()).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["API_VERSION"]:
            assert isinstance(node.value, ast.Constant)
            return node.value.value
    raise AssertionError(f"no API_VERSION in {package_dir}")


def test_each_generated_package_names_its_documents_version() -> None:
    for package in (kalshi_trade_api, kalshi_stream_messages):
        stamp = json.loads((Path(str(package.__file__)).parent / "_generation_stamp.json").read_text())
        assert package.API_VERSION == stamp["spec_version"]
    assert kalshi_trade_api.API_VERSION == "3.31.0" and kalshi_stream_messages.API_VERSION == "2.0.0"
    assert kalshi_auth.API_VERSION == kalshi_trade_api.API_VERSION
    assert kalshi_auth.__version__ == f"{SDK_VERSION}+api{kalshi_trade_api.API_VERSION}" == build_version()


@pytest.mark.parametrize(
    ("info_version", "expected"),
    [
        ("3.31.0", "+api3.31.0"),
        ("0.0.1", "+api0.0.1"),
        ("2024-01-15 (beta)", "+api2024.1.15.beta"),
        ("v3.7.0-RC1", "+apiv3.7.0.rc1"),
        ("'; import os", "+apiimport.os"),
        ("", "+apiunknown"),
    ],
)
def test_any_info_version_makes_a_valid_pep440_local_version(info_version: str, expected: str) -> None:
    from packaging.version import Version

    version = package_version(info_version)
    assert version == SDK_VERSION + expected
    assert str(Version(version)) == version  # valid, and already in normal form


def test_a_version_with_quotes_stays_a_string_literal(tmp_path: Path) -> None:
    from codegen.generate import generate

    spec = tmp_path / "openapi.yaml"
    spec.write_text(TINY.replace("version: '1'", 'version: "1\\" + __import__(\'os\').getcwd() + \\"<\'"'))
    generate(spec, tmp_path / "out")
    assert _api_version(tmp_path / "out" / "kalshi_trade_api") == "1\" + __import__('os').getcwd() + \"<'"


def test_update_spec_moves_the_api_version(tmp_path: Path) -> None:
    from codegen.generate import generate

    spec, out = tmp_path / "openapi.yaml", tmp_path / "generated"
    spec.write_text(TINY)
    generate(spec, out)
    assert _api_version(out / "kalshi_trade_api") == "1"
    new = tmp_path / "new.yaml"
    new.write_text(TINY.replace("version: '1'", "version: '1.1.0'"))
    update_spec(url=None, file=new, test_command="true", spec_path=spec, out_dir=out)
    assert _api_version(out / "kalshi_trade_api") == "1.1.0"
    assert build_version(tmp_path) == f"{SDK_VERSION}+api1.1.0"  # what the next build (pip show) says


def test_the_wheel_carries_the_api_version(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("kalshi_trade_api-*.whl")
    assert wheel.name.startswith(f"kalshi_trade_api-{kalshi_auth.__version__}-")
    archive = zipfile.ZipFile(wheel)
    metadata = archive.read(next(n for n in archive.namelist() if n.endswith("METADATA"))).decode()
    assert f"\nVersion: {SDK_VERSION}+api{kalshi_trade_api.API_VERSION}\n" in metadata
