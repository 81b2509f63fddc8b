"""KalshiStream set-up: environments, URLs, variables, secrets kept out of reprs and errors."""

from __future__ import annotations

import asyncio

import pytest

from kalshi_auth import ConfigurationError, KalshiSDKError
from kalshi_stream import KalshiStream, StreamDisconnectedError, websocket_url
from tests.conftest import KALSHI_ENV_VARS
from tests.keyfactory import ed_key, pem, rsa_key

KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11f1b4d6a1c7"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in KALSHI_ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    ("environment", "url"),
    [
        (None, "wss://api.elections.kalshi.com/trade-api/ws/v2"),
        ("prod", "wss://api.elections.kalshi.com/trade-api/ws/v2"),
        ("demo", "wss://demo-api.kalshi.co/trade-api/ws/v2"),
        ("prod-external", "wss://external-api.kalshi.com/trade-api/ws/v2"),
        ("demo-external", "wss://external-api.demo.kalshi.co/trade-api/ws/v2"),
    ],
)
def test_environments_map_to_kalshis_websocket_hosts(environment: str | None, url: str) -> None:
    assert websocket_url(environment) == url
    assert KalshiStream(KEY_ID, ed_key(), environment=environment).url == url


def test_base_url_and_variables_choose_the_url_as_for_kalshi_client(monkeypatch: pytest.MonkeyPatch) -> None:
    assert websocket_url(base_url="http://127.0.0.1:8080/trade-api/v2/") == "ws://127.0.0.1:8080/trade-api/ws/v2"
    with pytest.raises(ConfigurationError, match="unknown environment"):
        websocket_url("staging")
    with pytest.raises(ConfigurationError, match="pass url="):
        websocket_url(base_url="https://example.test/api")
    monkeypatch.setenv("KALSHI_ENV", "demo")
    assert websocket_url() == "wss://demo-api.kalshi.co/trade-api/ws/v2"
    monkeypatch.setenv("KALSHI_BASE_URL", "https://example.test/trade-api/v2")
    assert websocket_url() == "wss://example.test/trade-api/ws/v2"
    monkeypatch.setenv("KALSHI_WS_URL", "ws://127.0.0.1:9/trade-api/ws/v2")
    assert websocket_url() == "ws://127.0.0.1:9/trade-api/ws/v2"
    assert websocket_url(base_url="https://a.test/trade-api/v2") == "wss://a.test/trade-api/ws/v2"  # arguments win


def test_credentials_come_from_the_same_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="KALSHI_API_KEY_ID"):
        KalshiStream()
    monkeypatch.setenv("KALSHI_API_KEY_ID", KEY_ID)
    with pytest.raises(ConfigurationError, match="KALSHI_PRIVATE_KEY_PATH"):
        KalshiStream()
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", pem(rsa_key()).decode())
    stream = KalshiStream()
    assert stream.url.startswith("wss://api.elections.kalshi.com")


def test_secrets_stay_out_of_repr() -> None:
    key_pem = pem(rsa_key()).decode()
    stream = KalshiStream(KEY_ID, key_pem, environment="demo")
    text = repr(stream)
    assert KEY_ID not in text and KEY_ID[-4:] in text and "PRIVATE" not in text
    assert key_pem.splitlines()[1] not in text


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [({"overflow": "drop_newest"}, "overflow"), ({"queue_size": 2}, "queue_size")],
)
def test_bad_options_are_refused(kwargs: dict[str, object], problem: str) -> None:
    with pytest.raises(ConfigurationError, match=problem):
        KalshiStream(KEY_ID, ed_key(), **kwargs)  # type: ignore[arg-type]


def test_nothing_listening_is_a_typed_connection_error() -> None:
    async def scenario() -> None:
        stream = KalshiStream(KEY_ID, ed_key(), url="ws://127.0.0.1:9/trade-api/ws/v2", open_timeout=2)
        with pytest.raises(StreamDisconnectedError, match="cannot connect") as caught:
            await stream.connect()
        assert isinstance(caught.value, KalshiSDKError)
        await stream.close()
        assert [m async for m in stream] == []

    asyncio.run(asyncio.wait_for(scenario(), 10))
