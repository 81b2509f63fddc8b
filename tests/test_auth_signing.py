"""The signature itself: what is signed, for which origin, verified with the public key."""

from __future__ import annotations

import string
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cryptography.exceptions import InvalidSignature
from hypothesis import given, settings
from hypothesis import strategies as st

from kalshi_auth import ENVIRONMENTS, KalshiAuth, SigningError, signed_message, signing, websocket_headers
from kalshi_auth.signing import wire_path
from tests.authcheck import verify
from tests.keyfactory import ed_key, rsa_key

PROD = ENVIRONMENTS["prod"]
FIXED_MS = 1_700_000_000_123


@pytest.fixture(autouse=True, scope="module", params=["httpx-internals", "public-api"])
def signing_path(request: pytest.FixtureRequest) -> Iterator[str]:
    """Every test here runs on both routes: httpx's parsed URL and header list, and the public accessors."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(signing, "FAST_PATHS", request.param == "httpx-internals")
        yield request.param


def test_the_pinned_httpx_takes_the_fast_route() -> None:
    # What make bench measures: if httpx moves its internals, this says so instead of a silent slowdown.
    assert signing._fast_paths_work(), f"httpx {httpx.__version__}: the signer's fast route no longer matches"


def test_signing_again_replaces_every_kalshi_header() -> None:
    ticks = iter([1.0, 2.0])
    auth = KalshiAuth("key-id-0001", ed_key(), base_url=PROD, clock=lambda: next(ticks))
    request = httpx.Request("GET", f"{PROD}/a", headers={"Authorization": "Bearer x", "X-Mine": "kept"})
    auth.sign(request)
    auth.sign(request)  # a retry: one fresh set, nothing stale left behind
    assert request.headers.get_list("KALSHI-ACCESS-TIMESTAMP") == ["2000"]
    assert len(request.headers.get_list("KALSHI-ACCESS-SIGNATURE")) == 1
    assert request.headers.get_list("KALSHI-ACCESS-KEY") == ["key-id-0001"]
    assert "authorization" not in request.headers and request.headers["x-mine"] == "kept"
    verify(ed_key().public_key(), request.headers, "GET", "/trade-api/v2/a")


def test_signed_message_leaves_the_query_out() -> None:
    assert signed_message("1", "get", "/trade-api/v2/markets?limit=5") == b"1GET/trade-api/v2/markets"


def test_base_url_with_default_port_still_signs_its_own_origin() -> None:
    auth = _auth(base_url="https://api.elections.kalshi.com:443/trade-api/v2")
    request = _signed(auth, "GET", f"{PROD}/markets")
    verify(rsa_key().public_key(), request.headers, "GET", "/trade-api/v2/markets")


def _auth(key: Any = None, base_url: str = PROD) -> KalshiAuth:
    return KalshiAuth("key-id-0001", key or rsa_key(), base_url=base_url, clock=lambda: FIXED_MS / 1000)


def _signed(auth: KalshiAuth, method: str, url: str, **kwargs: object) -> httpx.Request:
    request = httpx.Request(method, url, **kwargs)  # type: ignore[arg-type]
    flow = auth.sync_auth_flow(request)
    sent = next(flow)
    assert sent is request
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200))
    return sent


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "message"),
    [
        ("GET", f"{PROD}/markets?limit=5&cursor=abc", {}, f"{FIXED_MS}GET/trade-api/v2/markets"),
        (
            "POST",
            f"{PROD}/portfolio/orders",
            {"json": {"ticker": "X", "count": 1}},
            f"{FIXED_MS}POST/trade-api/v2/portfolio/orders",
        ),
        (
            "DELETE",
            f"{PROD}/portfolio/orders/batched",
            {"json": {"ids": ["a"]}},
            f"{FIXED_MS}DELETE/trade-api/v2/portfolio/orders/batched",
        ),
        (
            "GET",
            f"{PROD}/markets/KX%20HIGH%2FNY/orderbook?depth=3",
            {},
            f"{FIXED_MS}GET/trade-api/v2/markets/KX%20HIGH%2FNY/orderbook",
        ),
        ("get", f"{PROD}/exchange/status", {}, f"{FIXED_MS}GET/trade-api/v2/exchange/status"),
    ],
)
def test_known_answers(method: str, url: str, kwargs: dict[str, object], message: str) -> None:
    request = _signed(_auth(), method, url, **kwargs)
    assert (
        signed_message(request.headers["KALSHI-ACCESS-TIMESTAMP"], method, wire_path(request.url)) == message.encode()
    )
    assert request.headers["KALSHI-ACCESS-TIMESTAMP"] == str(FIXED_MS)
    verify(rsa_key().public_key(), request.headers, method.upper(), message[len(str(FIXED_MS)) + len(method) :])


@pytest.mark.parametrize("base_url", [*sorted(ENVIRONMENTS.values()), "http://127.0.0.1:8123/trade-api/v2"])
def test_every_base_url_signs_its_full_path(base_url: str) -> None:
    request = _signed(_auth(base_url=base_url), "GET", f"{base_url}/portfolio/order_groups")
    verify(rsa_key().public_key(), request.headers, "GET", "/trade-api/v2/portfolio/order_groups")


def test_ed25519_keys_sign_the_same_message() -> None:
    request = _signed(_auth(ed_key()), "GET", f"{PROD}/portfolio/balance?x=1")
    verify(ed_key().public_key(), request.headers, "GET", "/trade-api/v2/portfolio/balance")
    with pytest.raises(InvalidSignature):
        verify(ed_key().public_key(), request.headers, "GET", "/trade-api/v2/portfolio/balance?x=1")


def test_exactly_the_three_headers_and_no_authorization() -> None:
    request = _signed(_auth(), "GET", f"{PROD}/x", headers={"Authorization": "Bearer "})
    assert "authorization" not in request.headers
    assert sorted(k for k in request.headers if k.startswith("kalshi")) == [
        "kalshi-access-key",
        "kalshi-access-signature",
        "kalshi-access-timestamp",
    ]
    assert request.headers["KALSHI-ACCESS-KEY"] == "key-id-0001"


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/trade-api/v2/x",
        "http://api.elections.kalshi.com/trade-api/v2/x",
        "https://api.elections.kalshi.com:8443/trade-api/v2/x",
        "https://demo-api.kalshi.co/trade-api/v2/x",
    ],
)
def test_refuses_other_origins(url: str) -> None:
    request = httpx.Request("GET", url)
    with pytest.raises(SigningError, match="refusing to sign"):
        next(_auth().sync_auth_flow(request))
    assert "KALSHI-ACCESS-SIGNATURE" not in request.headers


def test_each_send_gets_a_fresh_timestamp() -> None:
    ticks = iter([1.0, 2.0])
    auth = KalshiAuth("k", ed_key(), base_url=PROD, clock=lambda: next(ticks))
    first = _signed(auth, "GET", f"{PROD}/a").headers["KALSHI-ACCESS-TIMESTAMP"]
    second = _signed(auth, "GET", f"{PROD}/a").headers["KALSHI-ACCESS-TIMESTAMP"]
    assert (first, second) == ("1000", "2000")


def test_repr_redacts_key_and_key_id() -> None:
    auth = KalshiAuth("abcdef-123456-WXYZ", rsa_key(), base_url=PROD)
    assert "WXYZ" in repr(auth) and "abcdef" not in repr(auth) and "BEGIN" not in repr(auth)
    assert str(auth) == repr(auth)


def test_websocket_headers_sign_the_ws_path() -> None:
    headers = websocket_headers("k", ed_key())
    verify(ed_key().public_key(), headers, "GET", "/trade-api/ws/v2")
    demo = websocket_headers(
        "k", _auth(base_url="wss://demo-api.kalshi.co/trade-api/ws/v2"), url="wss://demo-api.kalshi.co/trade-api/ws/v2"
    )
    verify(rsa_key().public_key(), demo, "GET", "/trade-api/ws/v2")


# "." and ".." are dot segments: httpx resolves them away, so the wire path is not the joined one.
_SEGMENT = st.text(
    alphabet=string.ascii_letters + string.digits + "-_.~%:@!$&'()*+,;=", min_size=1, max_size=12
).filter(lambda s: s not in (".", ".."))


@settings(max_examples=60, deadline=None)
@given(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]),
    segments=st.lists(_SEGMENT, min_size=1, max_size=4),
    query=st.dictionaries(st.text(string.ascii_lowercase, min_size=1, max_size=5), st.text(max_size=8), max_size=3),
)
def test_property_signature_covers_wire_path_without_query(
    method: str, segments: list[str], query: dict[str, str]
) -> None:
    request = _signed(_auth(ed_key()), method, f"{PROD}/" + "/".join(segments), params=query)
    path = request.url.raw_path.decode().split("?")[0]
    assert path.startswith("/trade-api/v2/")
    verify(ed_key().public_key(), request.headers, method, path)
    with pytest.raises(InvalidSignature):
        verify(ed_key().public_key(), request.headers, method, path + "x")
