"""The contract suite for Kalshi's other products: every operation of the Perps and SCM documents (the
committed packages and every revision in ../shared/kalshi-perps), called through perps_client /
scm_client against the local exchange serving that document: the request accepted and validated, its
signature (Perps) or bearer token (SCM) verified, the answer spec-valid and parsed into the success
model. Then what the exchange refuses: a bad signature, a wrong token, an invalid request, and faults."""

from __future__ import annotations

import asyncio
import json
import typing
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from codegen.pipeline import generate_product
from codegen.products import load_products
from kalshi_auth import (
    BadRequestError,
    KalshiSDKError,
    RateLimitedError,
    ServerError,
    UnauthorizedError,
    perps_client,
    scm_client,
)
from kalshi_exchange import ExchangeServer, ExchangeTransport, LocalExchange
from tests.conftest import IN_CI, ROOT
from tests.keyfactory import ed_key, rsa_key
from tests.opcalls import Operation, arguments, discover
from tests.samples import json_response_schema

PRODUCTS = load_products()
SHARED = ROOT.parent / "shared" / "kalshi-perps"
# The committed packages, and each REST document of ../shared/kalshi-perps (generated here).
DOCUMENTS = {
    "perps (committed)": ("perps", None),
    "scm (committed)": ("scm", None),
    "perps_openapi-0.0.1-a.yaml": ("perps", "perps_openapi-0.0.1-a.yaml"),
    "perps_openapi-0.0.1-b.yaml": ("perps", "perps_openapi-0.0.1-b.yaml"),
    "scm_openapi-0.0.1.yaml": ("scm", "scm_openapi-0.0.1.yaml"),
}
ADMIN, TOKEN = "admin-7", "scm-token-0123456789"


def _exchange(product: str, served: Path | None = None, **options: Any) -> LocalExchange:
    """The exchange serving ``product``: the installed package, or the generated package folder ``served``."""
    options.setdefault("seed", 11)
    if PRODUCTS[product].auth == "bearer":
        return LocalExchange(served, product=product, tokens={ADMIN: TOKEN}, **options)
    return LocalExchange(served, product=product, keys={"rsa-key": rsa_key(), "ed-key": ed_key()}, **options)


def _clients(exchange: LocalExchange, **options: Any) -> list[Any]:
    """Clients for the exchange's product, over ExchangeTransport (in process), all pacing off."""
    base = f"http://127.0.0.1{exchange.base_path}"
    transport = ExchangeTransport(exchange)
    if exchange.auth == "bearer":
        return [scm_client(ADMIN, TOKEN, base_url=base, transport=transport, rate_limit=None, **options)]
    return [
        perps_client(key_id, key, base_url=base, transport=transport, rate_limit=None, **options)
        for key_id, key in (("rsa-key", rsa_key()), ("ed-key", ed_key()))
    ]


def _success_model(spec: dict[str, Any], op: Operation) -> type | None:
    """The generated class the operation's documented success body parses into (None: no JSON body)."""
    if json_response_schema(spec, op.spec_op) is None:
        return None
    hint = typing.get_type_hints(op.module.sync)["return"]
    classes = [kind for kind in typing.get_args(hint) or (hint,) if attrs.has(kind)]
    assert len(classes) == 1, f"{op.name}: success annotation {hint!r}"
    return classes[0]


def _styles(module: Any, client: Any, kwargs: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    def sync() -> Any:
        return module.sync(client=client, **kwargs)

    def run() -> Any:
        return asyncio.run(module.asyncio(client=client, **kwargs))

    return {"sync": sync, "asyncio": run}


def _call_all(exchange: LocalExchange, ops: list[Operation], clients: list[Any]) -> tuple[int, list[str]]:
    """Call every operation sync and asyncio, with required and with every parameter; (calls, failures)."""
    spec, calls, failures = exchange.spec, 0, []
    for index, op in enumerate(ops):
        client = clients[index % len(clients)]
        model = _success_model(spec, op)
        for optional in (False, True):
            kwargs = arguments(spec, op, optional=optional)
            for style, call in _styles(op.module, client, kwargs).items():
                calls += 1
                label = f"{op.name} [{style}, {'all params' if optional else 'required'}]"
                before = len(exchange.seen)
                try:
                    parsed = call()
                except (KalshiSDKError, TypeError, ValueError, KeyError) as err:
                    failures.append(f"{label}: {type(err).__name__}: {str(err)[:300]}")
                    continue
                problems = []
                if len(exchange.seen) != before + 1:
                    problems.append(f"{len(exchange.seen) - before} requests sent")
                seen = exchange.seen[-1]
                if not 200 <= seen.status < 300:
                    problems.append(f"status {seen.status}")
                if op.secured and not seen.verified:
                    problems.append("credential not verified")
                if model is not None and not isinstance(parsed, model):
                    problems.append(f"parsed into {type(parsed).__name__}, not {model.__name__}")
                if model is not None and attrs.has(type(parsed)):
                    body = json.dumps(parsed.to_dict()).encode()
                    relative = seen.path.split("?", 1)[0][len(exchange.base_path) :]
                    problems += exchange.check_response(op.method, relative, seen.status, body)
                if problems:
                    failures.append(f"{label}: {'; '.join(problems)[:400]}")
    return calls, failures


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], tuple[str, Path]]:
    """(product, folder holding its package) for a DOCUMENTS entry, each generated once."""
    done: dict[str, tuple[str, Path]] = {}

    def get(name: str) -> tuple[str, Path]:
        product, document = DOCUMENTS[name]
        if name not in done:
            if document is None:
                done[name] = (product, ROOT / "generated")
            else:
                path = SHARED / document
                if not path.exists():
                    if IN_CI:
                        pytest.fail(f"CI=true but {path} is missing")
                    pytest.skip(f"{path} not found (check out ../shared)")
                out = tmp_path_factory.mktemp(product)
                generate_product(PRODUCTS[product], out, path)
                done[name] = (product, out)
        return done[name]

    return get


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_operation_end_to_end_through_the_local_exchange(
    name: str, served: Callable[[str], tuple[str, Path]], import_from: Any
) -> None:
    product, out = served(name)
    package = PRODUCTS[product].package
    import_from(out, package)
    exchange = _exchange(product, out / package, rate_limit=None)
    assert exchange.product == product and exchange.auth == PRODUCTS[product].auth
    ops = discover(exchange.spec, out, package, exchange.auth)
    assert ops and all(op.secured for op in ops if product == "scm"), "every SCM operation needs the token"
    assert any(op.secured for op in ops)
    calls, failures = _call_all(exchange, ops, _clients(exchange))
    assert failures == [], f"{name}: {len(failures)} of {calls} failed:\n" + "\n".join(failures[:20])
    assert calls == 4 * len(ops)


# -- what the exchange refuses ---------------------------------------------------------------------------


def test_perps_refuses_a_signature_by_an_unknown_key_and_a_tampered_one() -> None:
    from kalshi_perps.api.portfolio import get_margin_balance

    exchange = _exchange("perps", rate_limit=None)
    base = f"http://127.0.0.1{exchange.base_path}"
    stranger = perps_client("rsa-key", ed_key(), base_url=base, transport=ExchangeTransport(exchange), retries=False)
    with pytest.raises(UnauthorizedError) as caught:
        get_margin_balance.sync(client=stranger)
    assert caught.value.status_code == 401 and exchange.seen[-1].verified is False
    unknown = perps_client("who", ed_key(), base_url=base, transport=ExchangeTransport(exchange), retries=False)
    with pytest.raises(UnauthorizedError):
        get_margin_balance.sync(client=unknown)
    (good,) = _clients(exchange)[:1]
    assert get_margin_balance.sync(client=good) is not None and exchange.seen[-1].verified


def test_scm_refuses_a_wrong_or_missing_token_without_repeating_it() -> None:
    from kalshi_scm.api.default import get_obligation_history

    exchange = _exchange("scm", rate_limit=None)
    base = f"http://127.0.0.1{exchange.base_path}"
    transport = ExchangeTransport(exchange)
    for admin, token in ((ADMIN, "not-the-token"), ("admin-unknown", TOKEN)):
        client = scm_client(admin, token, base_url=base, transport=transport, retries=False)
        with pytest.raises(UnauthorizedError) as caught:
            get_obligation_history.sync(client=client)
        assert "not-the-token" not in str(caught.value) and TOKEN not in str(caught.value)
        assert exchange.seen[-1].verified is False
    bare = httpx.Client(transport=transport, base_url=base)
    answer = bare.get("/margin/obligation_history")
    assert answer.status_code == 401 and "Bearer <admin_user_id>:<access_token>" in answer.text
    # A Kalshi signature is not the SCM API's credential.
    assert bare.get("/margin/obligation_history", headers={"KALSHI-ACCESS-KEY": "rsa-key"}).status_code == 401
    (client,) = _clients(exchange)
    assert get_obligation_history.sync(client=client) is not None and exchange.seen[-1].key_id == ADMIN


def test_a_product_is_given_its_own_kind_of_credential() -> None:
    with pytest.raises(ValueError, match="tokens="):
        LocalExchange(product="scm", keys={"rsa-key": rsa_key()})
    with pytest.raises(ValueError, match="keys="):
        LocalExchange(product="perps", tokens={ADMIN: TOKEN})
    with pytest.raises(ValueError, match="installed products are"):
        LocalExchange(product="no-such-product")


def test_requests_are_validated_against_the_products_document() -> None:
    exchange = _exchange("perps", rate_limit=None)
    (client,) = _clients(exchange)[:1]
    with pytest.raises(BadRequestError, match="client_order_id"):
        client.get_httpx_client().post("/margin/orders", json={"ticker": "BTC-PERP", "side": "bid"})
    assert exchange.seen[-1].verified and exchange.seen[-1].status == 400
    scm = _exchange("scm", rate_limit=None)
    (scm_one,) = _clients(scm)
    with pytest.raises(BadRequestError, match="limit"):
        scm_one.get_httpx_client().get("/margin/obligation_history", params={"limit": "many"})
    assert scm.seen[-1].status == 400


def test_faults_strike_perps_and_scm_as_they_strike_the_trade_api() -> None:
    from kalshi_perps.api.market import get_margin_markets
    from kalshi_scm.api.default import get_obligation_history

    exchange = _exchange("perps", rate_limit=None)
    (client,) = _clients(exchange, retries=False)[:1]
    exchange.inject("status", status=503, operation="GET /margin/markets")
    with pytest.raises(ServerError):
        get_margin_markets.sync(client=client)
    exchange.inject("status", status=429)
    with pytest.raises(RateLimitedError):
        get_margin_markets.sync(client=client)
    assert get_margin_markets.sync(client=client) is not None  # each fault spent once
    scm = _exchange("scm", rate_limit=None)
    (retrying,) = _clients(scm)  # retries on: a lost answer to a GET is read again
    scm.inject("html", status=502)
    assert get_obligation_history.sync(client=retrying) is not None
    assert [s.status for s in scm.seen][-2:] == [502, 200]


def test_over_http_each_product_on_its_own_server() -> None:
    """Perps and SCM served side by side over real sockets, each client to its own server (no Trade stream)."""
    from kalshi_perps.api.market import get_margin_markets
    from kalshi_scm.api.default import get_obligation_history

    perps, scm = _exchange("perps"), _exchange("scm")
    with ExchangeServer(perps) as perps_server, ExchangeServer(scm) as scm_server:
        assert perps_server.stream is None and scm_server.stream is None
        perps_one = perps_client("ed-key", ed_key(), base_url=perps_server.base_url)
        scm_one = scm_client(ADMIN, TOKEN, base_url=scm_server.base_url)
        assert get_margin_markets.sync(client=perps_one) is not None
        assert get_obligation_history.sync(client=scm_one) is not None
    assert perps.seen[-1].operation == "GET /margin/markets" and scm.seen[-1].verified


def test_drawn_perps_quotes_are_ordered_and_never_crossed() -> None:
    """Drawn, but one consistent picture: bids best (highest) first, asks best (lowest) first, as the
    document describes them, every bid below every ask, and a market's bid below its ask."""
    from kalshi_perps.api.market import get_margin_market_orderbook, get_margin_markets

    exchange = _exchange("perps", rate_limit=None, awkward=0.0)
    (client,) = _clients(exchange)[:1]
    for _ in range(10):
        book = get_margin_market_orderbook.sync(client=client, ticker="BTC-PERP")
        assert book is not None
        bids = [level[0] for level in book.orderbook.bids]
        asks = [level[0] for level in book.orderbook.asks]
        assert bids == sorted(bids, reverse=True) and asks == sorted(asks)
        assert not (bids and asks) or bids[0] < asks[0], (bids, asks)
        assert all(isinstance(level[0], str) and "." in level[0] for level in book.orderbook.bids)
    markets = get_margin_markets.sync(client=client)
    assert markets is not None
    quoted = [(m.bid, m.ask) for m in markets.markets if isinstance(m.bid, Decimal) and isinstance(m.ask, Decimal)]
    assert quoted and all(bid <= ask for bid, ask in quoted)


def test_the_pytest_plugin_serves_perps_and_scm(kalshi_perps_client: Any, kalshi_scm_client: Any) -> None:
    from kalshi_perps.api.portfolio import get_margin_balance
    from kalshi_perps.models import GetMarginBalanceResponse
    from kalshi_scm.api.default import get_settlement_balance
    from kalshi_scm.models import GetSettlementBalanceResponse

    assert isinstance(get_margin_balance.sync(client=kalshi_perps_client), GetMarginBalanceResponse)
    assert isinstance(get_settlement_balance.sync(client=kalshi_scm_client), GetSettlementBalanceResponse)


@pytest.mark.parametrize("product", ["perps", "scm"])
def test_the_command_line_serves_perps_and_scm(product: str, tmp_path: Path) -> None:
    """``python -m kalshi_exchange --product perps --key ...`` / ``--product scm --token ...``."""
    import os
    import re
    import signal
    import subprocess
    import sys

    from cryptography.hazmat.primitives import serialization

    from kalshi_perps.api.portfolio import get_margin_balance
    from kalshi_scm.api.default import get_settlement_balance

    if product == "perps":
        pem = tmp_path / "public.pem"
        public = ed_key().public_key()
        pem.write_bytes(
            public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        )
        credentials = ["--key", f"ed-key={pem}"]
    else:
        token_file = tmp_path / "token"
        token_file.write_text(TOKEN + "\n")
        credentials = ["--token", f"{ADMIN}={token_file}"]
    command = [sys.executable, "-m", "kalshi_exchange", "--product", product, *credentials]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert process.stdout is not None
    try:
        line = process.stdout.readline()
        found = re.search(r"on (http://127\.0\.0\.1:\d+/\S+) \((\w+):", line)
        assert found and found.group(2) == product, line
        url = found.group(1)
        if product == "perps":
            balance: Any = get_margin_balance.sync(client=perps_client("ed-key", ed_key(), base_url=url))
        else:
            balance = get_settlement_balance.sync(client=scm_client(ADMIN, TOKEN, base_url=url))
        assert balance is not None
    finally:
        process.send_signal(signal.SIGTERM)
        rest, _ = process.communicate(timeout=20)
    assert process.returncode == 0 and TOKEN not in line + rest


def test_drawn_answers_follow_each_documents_field_conventions() -> None:
    """Fixed-point strings where a document says so, whether marked by the pipeline (Perps) or only in
    prose (SCM's withdrawal ``amount``: 'USD as a fixed-point string'); a tick size is a price."""
    from kalshi_perps.api.market import get_margin_markets
    from kalshi_scm.api.default import get_settlement_balance_withdrawal

    perps = _exchange("perps", rate_limit=None, awkward=0.0)
    (perps_one,) = _clients(perps)[:1]
    scm = _exchange("scm", rate_limit=None, awkward=0.0)
    (scm_one,) = _clients(scm)
    for _ in range(5):
        markets = get_margin_markets.sync(client=perps_one).markets
        assert markets and all(Decimal(0) < m.tick_size < 1 for m in markets)
        withdrawal = get_settlement_balance_withdrawal.sync(client=scm_one, id="w-1")
        assert Decimal(withdrawal.amount) > 0 and withdrawal.amount == f"{Decimal(withdrawal.amount):.2f}"


def test_scm_results_enums_and_reprs_are_typed_as_the_trade_apis() -> None:
    from kalshi_scm.api.default import get_settlement_balance_withdrawal
    from kalshi_scm.models import GetSettlementBalanceWithdrawalResponse

    scm = _exchange("scm", rate_limit=None, awkward=0.0)
    (client,) = _clients(scm)
    withdrawal = get_settlement_balance_withdrawal.sync(client=client, id="w-1")
    assert isinstance(withdrawal, GetSettlementBalanceWithdrawalResponse)
    assert withdrawal.status in ("failed", "pending", "processed", "processing") and isinstance(withdrawal.status, str)
    text = repr(withdrawal)
    assert text.startswith("GetSettlementBalanceWithdrawalResponse(id=") and "additional_properties" not in text
    assert TOKEN not in repr(client) and TOKEN not in str(client)
