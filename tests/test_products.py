"""products.yaml: one declarative file says which package comes from which document; a typo in it
is refused, and the wheel, the vendored documents and kalshi_auth agree with it."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.config import ConfigFile
from ruamel.yaml import YAML

import kalshi_auth
from codegen.__main__ import main
from codegen.generate import _config_for
from codegen.pipeline import unowned_packages
from codegen.products import PRODUCT_INFO_NAME, load_products, select
from codegen.specfile import SpecError
from tests.conftest import IN_CI, ROOT

PRODUCTS = load_products()
SHARED = ROOT.parent / "shared"
GOOD = {
    "package": "kalshi_thing",
    "title": "Thing",
    "kind": "openapi",
    "document": "thing.yaml",
    "auth": "kalshi-signature",
    "client": "thing_client",
    "environments": {"prod": "https://thing.example/v1"},
}


def _write(tmp_path: Path, products: dict[str, Any]) -> Path:
    path = tmp_path / "products.yaml"
    path.write_text(json.dumps({"products": products}))
    return path


def test_every_product_has_its_own_package_shipped_in_the_wheel_and_sdist() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    tables = pyproject.split("[tool.hatch.build.targets.wheel]")[1]
    wheel, sdist = tables.split("[tool.hatch.build.targets.sdist]")
    packages = [product.package for product in PRODUCTS.values()]
    assert len(set(packages)) == len(packages)
    for listing in (wheel, sdist.split("[tool.")[0]):
        listed = {line.strip().strip('",') for line in listing.splitlines() if '"generated/' in line}
        assert listed == {f"generated/{package}" for package in packages}
    assert '"products.yaml"' in sdist and '"specs"' in sdist


def test_committed_packages_are_exactly_the_products() -> None:
    assert unowned_packages(PRODUCTS, ROOT / "generated") == []
    for product in PRODUCTS.values():
        info = json.loads((ROOT / "generated" / product.package / PRODUCT_INFO_NAME).read_text())
        assert info == product.info()


@pytest.mark.parametrize("name", list(PRODUCTS))
def test_every_product_has_its_client_in_kalshi_auth(name: str) -> None:
    product = PRODUCTS[name]
    assert callable(getattr(kalshi_auth, product.client))
    assert product.client in kalshi_auth.__all__
    importlib.import_module(product.package)


def test_vendored_documents_are_kalshis_byte_for_byte() -> None:
    vendored = [p for p in PRODUCTS.values() if p.vendored and p.document != ROOT / "openapi.yaml"]
    assert {p.name for p in vendored} == {"perps", "perps-stream", "scm"}
    published = {path.read_bytes() for path in (SHARED / "kalshi-perps").glob("*.yaml")}
    if not published:
        if IN_CI:
            pytest.fail(f"CI=true but {SHARED / 'kalshi-perps'} is missing")
        pytest.skip("../shared/kalshi-perps not found")
    for product in vendored:
        assert product.document.read_bytes() in published, f"{product.document} is not a published document"
        assert product.document.parent.parent == ROOT / "specs"


def test_a_products_generator_settings_reach_the_generator_and_names_are_derived(tmp_path: Path) -> None:
    config = json.loads(_config_for("kalshi_thing", tmp_path, settings={"field_prefix": "f_"}).read_text())
    base = YAML(typ="safe", pure=True).load((ROOT / "generator-config.yaml").read_text())
    assert config == base | {
        "field_prefix": "f_",
        "package_name_override": "kalshi_thing",
        "project_name_override": "kalshi-thing",
    }
    assert set(config) <= set(ConfigFile.model_fields)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"packge": "x"}, "unknown key\\(s\\) 'packge'"),
        ({"package": ""}, "must be a non-empty string"),
        ({"package": "thing"}, "'thing' is not a kalshi_\\* package name"),
        ({"package": "kalshi_th-ing"}, "is not a kalshi_\\* package name"),
        ({"kind": "graphql"}, "kind 'graphql' is not one of openapi, asyncapi"),
        ({"auth": "basic"}, "auth 'basic' is not one of"),
        ({"client": "thing client"}, "is not a function name"),
        ({"when_missing": "skip"}, "'skip' is not one of fail, prepared"),
        ({"environments": {"prod": "http://thing.example"}}, "is not a https base URL"),
        ({"environments": {"prod": "https://thing.example/v1?x=1"}}, "is not a https base URL"),
        ({"environments": {"Prod": "https://thing.example"}}, "environment name 'Prod'"),
        ({"environments": {}}, "must map environment names to URLs"),
        ({"kind": "asyncapi"}, "is not a wss base URL"),
        ({"generator": {"literal_enum": True}}, "unknown generator setting\\(s\\) 'literal_enum'"),
        ({"generator": {"package_name_override": "x"}}, "unknown generator setting"),
        ({"upstream_url": "http://thing.example/openapi.yaml"}, "is not an https URL"),
    ],
)
def test_a_products_file_with_a_typo_is_refused_at_the_place(
    tmp_path: Path, change: dict[str, Any], problem: str
) -> None:
    entry = GOOD | change
    if "packge" in change:
        entry.pop("package")
    with pytest.raises(SpecError, match=problem) as caught:
        load_products(_write(tmp_path, {"thing": entry}))
    assert caught.value.pointer.startswith("#/products/thing")


def test_two_products_writing_one_package_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="kalshi_thing is written by one already"):
        load_products(_write(tmp_path, {"one": GOOD, "two": GOOD}))
    with pytest.raises(SpecError, match=r"(?s)no product named 'three'.*all, one"):
        select(load_products(_write(tmp_path, {"one": GOOD})), "three")


def test_unowned_packages_are_the_pipelines_leftovers_only(tmp_path: Path) -> None:
    for name, stamped in (("kalshi_gone", True), ("handwritten", False), ("kalshi_thing", True)):
        (tmp_path / name).mkdir()
        if stamped:
            (tmp_path / name / "_generation_stamp.json").write_text("{}")
    assert unowned_packages(load_products(_write(tmp_path, {"thing": GOOD})), tmp_path) == [tmp_path / "kalshi_gone"]


def test_the_command_line_per_product(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["products", "--packages"]) == 0
    assert capsys.readouterr().out.split() == [product.package for product in PRODUCTS.values()]
    assert main(["generate", "--product", "all", "--spec", "openapi.yaml"]) == 1
    assert "--spec (SPEC=) names one document" in capsys.readouterr().err
    assert main(["generate", "--product", "nope"]) == 1
    assert "no product named 'nope'" in capsys.readouterr().err
    assert main(["update-spec", "--product", "all", "--file", "x.yaml"]) == 1
    assert "one product's document at a time" in capsys.readouterr().err
    assert main(["update-spec", "--product", "trade-stream", "--file", "x.yaml"]) == 1
    assert "nothing vendored to update" in capsys.readouterr().err
    assert main(["update-spec", "--product", "perps"]) == 1
    assert "no upstream URL is known for product 'perps'" in capsys.readouterr().err
    if (SHARED / "kalshi-perps").exists():
        assert main(["diff", "--product", "perps", str(SHARED / "kalshi-perps" / "perps_openapi-0.0.1-b.yaml")]) == 0
        assert capsys.readouterr().out.strip() == "no API changes (documentation only, or identical)"
