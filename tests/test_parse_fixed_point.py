"""Money as Decimal: Kalshi's fixed-point fields found by one pipeline rule, read exactly, written plainly.

The rule (codegen.rules.type_fixed_point_numbers) follows Kalshi's documented
conventions, so a field a spec bump adds is typed without anyone listing it; the
generated models read a fixed-point text as an exact ``Decimal`` (anything else is a
ResponseParseError naming the JSON path), take Decimal/str (int for counts) when a
request is built, and write plain fixed-point strings back.
"""

from __future__ import annotations

import copy
import importlib
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen.generate import generate
from codegen.rules import FIXED_POINT_KEY, apply_rules, type_fixed_point_numbers
from codegen.specfile import load_spec
from kalshi_trade_api.api.market import get_market, get_market_orderbook
from kalshi_trade_api.api.orders import create_order_v2
from kalshi_trade_api.client import AuthenticatedClient, Client
from kalshi_trade_api.errors import ResponseParseError
from kalshi_trade_api.models import CreateOrderRequest, CreateOrderV2Request, Market
from kalshi_trade_api.types import FIXED_POINT, UNSET
from tests.conftest import ROOT
from tests.samples import sample

FP = "#/components/schemas/FixedPointDollars"
COUNT = "#/components/schemas/FixedPointCount"


def _doc(schemas: dict[str, Any]) -> dict[str, Any]:
    base = {
        "FixedPointDollars": {"type": "string", "description": "Fixed-point US dollar string."},
        "FixedPointCount": {"type": "string", "description": "Fixed-point contract count string."},
    }
    return {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": base | schemas},
    }


def _marks(spec: dict[str, Any], schema: str) -> dict[str, str]:
    props = spec["components"]["schemas"][schema]["properties"]
    return {name: prop[FIXED_POINT_KEY] for name, prop in props.items() if FIXED_POINT_KEY in prop}


def test_the_rule_follows_names_and_the_types_they_use() -> None:
    spec = _doc(
        {
            "Fill": {
                "type": "object",
                "properties": {
                    "yes_price_dollars": {"$ref": FP},  # the convention: *_dollars
                    "count_fp": {"$ref": COUNT},  # and *_fp
                    "price": {"$ref": FP, "description": "same type as yes_price_dollars"},
                    "fill_count": {"allOf": [{"$ref": COUNT}], "nullable": True},
                    "settlement_value_dollars": {"type": "string", "nullable": True},  # inline (the stream's way)
                    "yes_dollars": {"type": "array", "items": {"$ref": "#/components/schemas/Level"}},
                    "strike": {"type": "string", "format": "decimal"},  # the format registry's decimal
                    "ticker": {"type": "string"},
                    "status_dollars": {"type": "string", "enum": ["a", "b"]},  # an enum is never a number
                    "created_dollars": {"type": "string", "format": "date-time"},
                    "orderbook_fp": {"type": "object", "properties": {}},  # named so, but an object
                    "legacy_dollars": {"type": "integer"},
                    "maybe_dollars": {"type": "array", "items": {"type": "string", "nullable": True}},
                    "odd_dollars": {"type": "string", "default": "free"},
                },
            },
            "Level": {"type": "array", "items": {"type": "string"}},
            "Other": {"type": "object", "properties": {"depth": {"$ref": "#/components/schemas/Level"}}},
        }
    )
    assert type_fixed_point_numbers(spec) == 8
    assert _marks(spec, "Fill") == {
        "yes_price_dollars": "dollars",
        "count_fp": "count",
        "price": "dollars",
        "fill_count": "count",
        "settlement_value_dollars": "dollars",
        "yes_dollars": "dollars",
        "strike": "dollars",
    }
    assert _marks(spec, "Other") == {"depth": "dollars"}  # the level type a *_dollars field uses
    assert type_fixed_point_numbers(spec) == 0  # idempotent
    assert "x-kalshi-fixed-point" not in json.dumps(spec["components"]["schemas"]["FixedPointDollars"])


def test_the_rule_types_a_field_a_spec_bump_adds() -> None:
    spec = load_spec(ROOT / "openapi.yaml")
    bumped = copy.deepcopy(spec)
    market = bumped["components"]["schemas"]["Market"]["properties"]
    market["mid_price_dollars"] = {"$ref": FP, "description": "added upstream"}
    market["queue_depth_fp"] = {"type": "string"}
    market["tick"] = {"allOf": [{"$ref": FP}], "nullable": True}
    before, after = apply_rules(copy.deepcopy(spec)), apply_rules(bumped)
    assert after["type_fixed_point_numbers"] == before["type_fixed_point_numbers"] + 3
    marks = _marks(bumped, "Market")
    assert (marks["mid_price_dollars"], marks["queue_depth_fp"], marks["tick"]) == ("dollars", "count", "dollars")


def test_a_generated_client_types_every_marked_field_decimal(tmp_path: Path) -> None:
    spec = _doc(
        {
            "Quote": {
                "type": "object",
                "required": ["bid_dollars", "size_fp", "price", "levels_dollars"],
                "properties": {
                    "bid_dollars": {"$ref": FP},
                    "size_fp": {"$ref": COUNT},
                    "price": {"$ref": FP},
                    "last_dollars": {"allOf": [{"$ref": FP}], "nullable": True},
                    "levels_dollars": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}},
                    "note": {"type": "string"},
                },
            }
        }
    )
    path = tmp_path / "quote.json"
    path.write_text(json.dumps(spec))
    generate(path, tmp_path / "out")
    source = (tmp_path / "out" / "kalshi_trade_api" / "models" / "quote.py").read_text()
    for declaration in (
        "bid_dollars: Decimal",
        "size_fp: Decimal",
        "price: Decimal",
        "levels_dollars: list[list[Decimal]]",
        "last_dollars: Decimal | None | Unset",
        "note: str | Unset",
    ):
        assert declaration in source.replace("None | Decimal", "Decimal | None"), declaration


def _market_body(**changes: Any) -> dict[str, Any]:
    spec = json.loads((ROOT / "generated" / "kalshi_trade_api" / "_openapi.json").read_text())
    body: dict[str, Any] = sample(spec, {"$ref": "#/components/schemas/GetMarketResponse"}, awkward=False)
    body["market"].update(changes)
    return body


def _parse_market(body: dict[str, Any]) -> Any:
    return get_market._parse_response(client=Client("http://127.0.0.1"), response=httpx.Response(200, json=body))


def test_reading_is_exact_and_the_text_comes_back() -> None:
    body = _market_body(yes_bid_dollars="0.5600", volume_fp="33896.00", settlement_value_dollars=None)
    body["market"]["notional_value_dollars"] = "0.000000100"  # Decimal's str() would say 1.00E-7
    market = _parse_market(body).market
    assert market.yes_bid_dollars == Decimal("0.56") and str(market.yes_bid_dollars) == "0.5600"
    assert type(market.volume_fp) is Decimal and market.settlement_value_dollars is None
    assert market.yes_bid_dollars + market.no_bid_dollars == Decimal("0.5600") + Decimal(
        body["market"]["no_bid_dollars"]
    )
    assert market.to_dict() == body["market"]


@pytest.mark.parametrize(
    "text",
    [
        *("1E+1", "1e-2", "NaN", "-Infinity", "Infinity", " 0.56", "0.56 ", "1_000", "+1", "", "-", ".5", "5."),
        *("0x10", "\u0661\u0662", "\uff11", "0.5\u0665"),  # Arabic-Indic and fullwidth digits: Decimal() takes them
    ],
)
def test_a_text_that_is_not_a_plain_fixed_point_number_is_refused_with_its_path(text: str) -> None:
    with pytest.raises(ResponseParseError) as caught:
        _parse_market(_market_body(yes_bid_dollars=text))
    assert caught.value.path == "$.market.yes_bid_dollars"
    assert text not in FIXED_POINT


@pytest.mark.parametrize("value", [56, 0.56, True, ["0.56"], {"v": "0.56"}])
def test_a_value_of_another_json_type_is_refused_with_its_path(value: object) -> None:
    with pytest.raises(ResponseParseError) as caught:
        _parse_market(_market_body(previous_price_dollars=value))
    assert caught.value.path == "$.market.previous_price_dollars"


def test_orderbook_levels_are_decimals_and_a_bad_one_names_its_place() -> None:
    parse = get_market_orderbook._parse_response
    client = Client("http://127.0.0.1")
    body = {"orderbook_fp": {"yes_dollars": [["0.0100", "5.00"]], "no_dollars": [["0.9900", "12.50"]]}}
    book = parse(client=client, response=httpx.Response(200, json=body)).orderbook_fp
    assert book.no_dollars == [(Decimal("0.99"), Decimal("12.5"))] and book.to_dict() == body["orderbook_fp"]
    body["orderbook_fp"]["no_dollars"].append(["0.9800", "1e3"])
    with pytest.raises(ResponseParseError) as caught:
        parse(client=client, response=httpx.Response(200, json=body))
    assert caught.value.path == "$.orderbook_fp.no_dollars[1][1]"


def test_requests_take_decimal_str_and_int_counts_and_write_plain_strings() -> None:
    order = CreateOrderRequest(ticker="KX", side="yes", action="buy", count_fp=3, yes_price_dollars="0.56")
    assert (order.count_fp, order.yes_price_dollars) == (Decimal(3), Decimal("0.56"))
    assert order.to_dict()["count_fp"] == "3" and order.to_dict()["yes_price_dollars"] == "0.56"
    order = CreateOrderRequest(ticker="KX", side="yes", action="buy", count_fp=Decimal("1E+1"))
    order.no_price_dollars = Decimal("5E-7")
    assert (order.to_dict()["count_fp"], order.to_dict()["no_price_dollars"]) == ("10", "0.0000005")
    assert CreateOrderRequest(ticker="KX", side="yes", action="buy", count_fp=None).count_fp is None
    assert CreateOrderRequest(ticker="KX", side="yes", action="buy").yes_price_dollars is UNSET


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("yes_price_dollars", 56, TypeError),  # dollars, not cents: an int price is refused
        ("yes_price_dollars", 0.56, TypeError),  # a float is not exact
        ("count_fp", 2.5, TypeError),
        ("yes_price_dollars", Decimal("NaN"), ValueError),
        ("count_fp", Decimal("Infinity"), ValueError),
        ("yes_price_dollars", "1E+1", ValueError),
        ("yes_price_dollars", "0.56 ", ValueError),
        ("count_fp", True, TypeError),
    ],
)
def test_requests_refuse_what_is_not_an_exact_finite_number(field: str, value: Any, error: type) -> None:
    with pytest.raises(error):
        CreateOrderRequest(ticker="KX", side="yes", action="buy", **{field: value})


def test_nan_set_after_construction_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    transport = httpx.MockTransport(record)
    client = AuthenticatedClient("http://127.0.0.1", token="t", httpx_args={"transport": transport})
    order = CreateOrderV2Request(
        ticker="KX",
        side="bid",
        count=1,
        price="0.5",
        time_in_force="good_till_canceled",
        self_trade_prevention_type="maker",
    )
    order.price = Decimal("sNaN")
    with pytest.raises(ValueError, match="price"):
        create_order_v2.sync(client=client, body=order)
    assert sent == []


def test_every_corpus_market_field_the_convention_names_is_decimal() -> None:
    market = _parse_market(_market_body()).market
    named = [a for a in Market.__attrs_attrs__ if a.name.endswith(("_dollars", "_fp"))]
    assert len(named) >= 16
    for attribute in named:
        value = getattr(market, attribute.name)
        assert value is UNSET or type(value) is Decimal, attribute.name


MYPY_USER_CODE = """
from decimal import Decimal

from kalshi_trade_api.models import CreateOrderRequest, Market


def spread(market: Market) -> Decimal:
    return market.yes_ask_dollars - market.yes_bid_dollars + Decimal("0.01")


order = CreateOrderRequest(ticker="KX", side="yes", action="buy", count_fp=3, yes_price_dollars="0.56")
"""


def _mypy(tmp_path: Path, code: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "user_code.py"
    script.write_text(code)
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_mypy_accepts_decimal_arithmetic_and_refuses_float(tmp_path: Path) -> None:
    ok = _mypy(tmp_path, MYPY_USER_CODE)
    assert ok.returncode == 0, ok.stdout
    bad = _mypy(
        tmp_path,
        MYPY_USER_CODE
        + "\n\ndef wrong(market: Market) -> object:\n    return market.yes_bid_dollars + 0.01\n"
        + '\n\nCreateOrderRequest(ticker="KX", side="yes", action="buy", yes_price_dollars=56)\n',
    )
    assert bad.returncode == 1
    assert 'Unsupported operand types for + ("Decimal" and "float")' in bad.stdout
    assert 'Argument "yes_price_dollars" to "CreateOrderRequest" has incompatible type "int"' in bad.stdout


def test_stream_messages_carry_decimals_too() -> None:
    messages = importlib.import_module("kalshi_stream_messages.models")
    ticker = messages.TickerPayloadMsg
    fields = {a.name for a in ticker.__attrs_attrs__}
    assert {"price_dollars", "yes_bid_dollars", "volume_fp"} <= fields
    from kalshi_stream import parse_message

    frame: dict[str, Any] = {
        "type": "orderbook_snapshot",
        "sid": 1,
        "seq": 1,
        "msg": {
            "market_ticker": "KX",
            "market_id": "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1",
            "yes_dollars_fp": [["0.0800", "300.00"]],
        },
    }
    parsed = parse_message(json.dumps(frame))
    assert isinstance(parsed, messages.OrderbookSnapshotPayload)
    assert parsed.msg.yes_dollars_fp == [(Decimal("0.08"), Decimal(300))]
    assert parsed.to_dict() == frame
