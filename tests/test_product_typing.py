"""What the templates give the Trade API holds for Kalshi's other products too: typed results, string
enums checked before sending, typed pagination, readable reprs, and `mypy --strict` on a program
that uses the Trade API and Perps side by side from one key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from codegen.specfile import load_spec
from kalshi_auth import paginate, perps_client, scm_client
from kalshi_perps.api.market import get_margin_market_candlesticks
from kalshi_perps.api.orders import create_margin_order, get_margin_orders
from kalshi_perps.models import CreateMarginOrderRequest, GetMarginOrdersResponse, MarginOrder
from kalshi_scm.api.default import get_obligation_history
from kalshi_scm.models import ObligationEntry
from tests.conftest import ROOT
from tests.keyfactory import ed_key
from tests.samples import sample

PERPS = load_spec(ROOT / "specs" / "perps" / "openapi.yaml")
SCM_PREPARED = json.loads((ROOT / "generated" / "kalshi_scm" / "_openapi.json").read_text())


def _order(order_id: str) -> dict[str, Any]:
    body: dict[str, Any] = sample(PERPS, PERPS["components"]["schemas"]["MarginOrder"], awkward=False)
    return body | {"order_id": order_id}


def _pages(*bodies: dict[str, Any]) -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []
    answers = list(bodies)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answers.pop(0))

    return seen, httpx.MockTransport(handler)


def test_perps_pagination_yields_typed_items_across_pages() -> None:
    seen, transport = _pages(
        {"orders": [_order("o1"), _order("o2")], "cursor": "c2"},
        {"orders": [_order("o3")], "cursor": ""},
    )
    client = perps_client("key-0001", ed_key(), transport=transport)
    orders = list(get_margin_orders.paginate(client=client, status="resting", limit=2))
    assert [o.order_id for o in orders] == ["o1", "o2", "o3"]
    assert all(isinstance(o, MarginOrder) for o in orders)
    assert [r.url.params.get("cursor") for r in seen] == [None, "c2"]
    assert all(r.url.params["status"] == "resting" for r in seen)
    seen2, transport2 = _pages({"orders": [_order("o4")], "cursor": None})
    pages = list(paginate(get_margin_orders, client=perps_client("key-0001", ed_key(), transport=transport2)))
    assert len(seen2) == 1 and isinstance(pages[0], MarginOrder)


def test_scm_cursors_go_back_exactly_as_the_server_wrote_them() -> None:
    """SCM types its cursor as a date-time; a parsed datetime would send "+00:00" for "Z" and stop
    after the first page (codegen.rules.keep_cursors_opaque)."""
    entry = sample(SCM_PREPARED, SCM_PREPARED["components"]["schemas"]["ObligationEntry"], awkward=False)
    seen, transport = _pages(
        {"obligations": [entry], "cursor": "2026-01-02T03:04:05.120Z"},
        {"obligations": [entry]},
    )
    client = scm_client("admin-1", "token-1", transport=transport)
    entries = list(get_obligation_history.paginate(client=client))
    assert len(entries) == 2 and all(isinstance(e, ObligationEntry) for e in entries)
    assert seen[1].url.params["cursor"] == "2026-01-02T03:04:05.120Z"


def test_perps_enums_are_plain_strings_checked_before_sending() -> None:
    seen, transport = _pages({"order_id": "o1", "fill_count": "0.00", "remaining_count": "1.00"})
    client = perps_client("key-0001", ed_key(), transport=transport)
    request = CreateMarginOrderRequest(
        ticker="BTC-PERP",
        client_order_id="c-1",
        side="bid",
        count="1.00",
        price="0.5600",
        time_in_force="good_till_canceled",
        self_trade_prevention_type="maker",
    )
    with pytest.raises(ValueError, match="side='buy' is not allowed; BookSide is one of: 'ask', 'bid'"):
        create_margin_order.sync(client=client, body=attrs.evolve(request, side="buy"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="period_interval=5 is not allowed"):
        get_margin_market_candlesticks.sync("BTC", client=client, start_ts=1, end_ts=2, period_interval=5)  # type: ignore[arg-type]
    assert seen == []  # nothing was sent
    assert create_margin_order.sync(client=client, body=request).order_id == "o1"
    assert json.loads(seen[0].content)["side"] == "bid"


def test_perps_models_have_readable_reprs() -> None:
    page = GetMarginOrdersResponse.from_dict({"orders": [_order("o1")], "cursor": "c"})
    text = repr(page)
    assert text.startswith("GetMarginOrdersResponse(orders=[MarginOrder(order_id='o1'") and "cursor='c'" in text
    assert "additional_properties" not in text and "_deviations" not in text


USER_PROGRAM = """
from decimal import Decimal

from kalshi_auth import kalshi_client, paginate, perps_client, scm_client
from kalshi_perps.api.orders import get_margin_orders
from kalshi_perps.api.portfolio import get_margin_balance
from kalshi_perps.models import MarginOrder
from kalshi_scm.api.default import get_settlement_balance
from kalshi_trade_api.api.portfolio import get_balance


def both(key_id: str, key_path: str) -> tuple[int, Decimal, str, list[MarginOrder], int]:
    trade = kalshi_client(key_id, key_path)
    perps = perps_client(key_id, key_path, environment="demo")
    cents: int = get_balance.sync(client=trade).balance
    funds: Decimal = get_margin_balance.sync(client=perps).settled_funds
    orders = [order for order in paginate(get_margin_orders, client=perps, status="resting")]
    tickers: list[str] = [order.ticker for order in get_margin_orders.paginate(client=perps)]
    scm = scm_client("admin", "token")
    buffer: int = get_settlement_balance.sync(client=scm).balance_available_centicents
    return cents, funds + Decimal("0.01"), tickers[0], orders, buffer


def closing(key_id: str, key_path: str) -> str:
    with perps_client(key_id, key_path) as perps, scm_client("admin", "token") as scm:  # keep their own types
        return repr(perps.signer) + repr(scm.signer)
"""
MIXED_UP = """
from kalshi_auth import kalshi_client
from kalshi_perps.api.portfolio import get_margin_balance

get_margin_balance.sync(client=kalshi_client())
"""


def test_a_program_using_both_products_passes_mypy_strict_and_mixing_clients_does_not(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "both.py").write_text(USER_PROGRAM)
    (tmp_path / "mixed_up.py").write_text(MIXED_UP)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "both.py", "mixed_up.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout[-3000:]
    assert errors[0].startswith('mixed_up.py:5: error: Argument "client" to "sync" has incompatible type')
    assert '"KalshiClient"; expected "AuthenticatedClient"' in errors[0]
