"""A local Kalshi exchange for tests: derived from a spec, verifying signatures, injecting faults.

Optional part of the distribution, installed with its ``exchange`` extra: ``pip install -e '.[exchange]'``
in a clone of the SDK, or ``pip install 'kalshi-trade-api[exchange] @ git+https://<host>/<owner>/kalshi-trade-api.git'``
(the SDK is not on a package index).

    exchange = LocalExchange(keys={"my-key-id": public_key})      # the installed client's spec
    client = kalshi_client("my-key-id", private_key, base_url="http://127.0.0.1/trade-api/v2",
                           transport=ExchangeTransport(exchange))  # in process
    with ExchangeServer(exchange) as server:                       # or over real HTTP
        client = kalshi_client("my-key-id", private_key, base_url=server.base_url)
        stream = KalshiStream("my-key-id", private_key, url=server.ws_url)  # and the WebSocket API
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kalshi_exchange.clock import ControlledClock
    from kalshi_exchange.core import Answer, LocalExchange, Seen, load_prepared_spec
    from kalshi_exchange.crowd import Crowd
    from kalshi_exchange.faults import Fault
    from kalshi_exchange.server import ExchangeServer, asgi_app
    from kalshi_exchange.stream import StreamServer
    from kalshi_exchange.transport import ExchangeTransport

# Names resolve on first use (PEP 562): importing the package, or its pytest plugin,
# needs none of the extra's dependencies until an exchange is actually made.
_MODULE_OF = {
    "Answer": "core",
    "ControlledClock": "clock",
    "Crowd": "crowd",
    "LocalExchange": "core",
    "Seen": "core",
    "load_prepared_spec": "core",
    "Fault": "faults",
    "ExchangeServer": "server",
    "asgi_app": "server",
    "StreamServer": "stream",
    "ExchangeTransport": "transport",
}


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        module = import_module(f"kalshi_exchange.{_MODULE_OF[name]}")
    except ImportError as err:
        raise ImportError(
            f"kalshi_exchange needs the 'exchange' extra ({err.name} is missing). The SDK is not on a package "
            "index: in a clone of it run pip install -e '.[exchange]', or install from its git repository with "
            "pip install 'kalshi-trade-api[exchange] @ git+https://<host>/<owner>/kalshi-trade-api.git'"
        ) from err
    value = getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "Answer",
    "ControlledClock",
    "Crowd",
    "ExchangeServer",
    "ExchangeTransport",
    "Fault",
    "LocalExchange",
    "Seen",
    "StreamServer",
    "asgi_app",
    "load_prepared_spec",
]
