"""``python -m kalshi_exchange``: serve a local exchange on 127.0.0.1 until interrupted.

One log line per request (method, path, the key id's last 4 characters, status, and why a
refusal was refused) unless ``--quiet``; ``--scenario world.yaml`` starts from a known state.
``--product perps`` or ``--product scm`` serves that Kalshi API instead of the Trade API (SCM takes
``--token ADMIN_USER_ID=TOKEN_FILE`` where the others take ``--key``).
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from pathlib import Path

from kalshi_auth.ratelimit import DEFAULT_TIER, TIERS, RateLimit
from kalshi_exchange import ExchangeServer, LocalExchange, StreamServer
from kalshi_exchange.scenario_file import SCENARIO_KEYS, ScenarioFileError, load_scenario


def rate_limit_option(text: str) -> RateLimit | None:
    """``--rate-limit``: a tier name (Kalshi's budgets per key) or ``none`` (no metering)."""
    if text.lower() == "none":
        return None
    if text.lower() not in TIERS:
        raise argparse.ArgumentTypeError(f"{text!r}: use one of {', '.join(TIERS)} or none")
    return TIERS[text.lower()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kalshi_exchange", description=__doc__)
    parser.add_argument(
        "--spec",
        type=Path,
        help="a prepared spec (_openapi.json) or generated client folder; default: the installed client's own spec",
    )
    parser.add_argument(
        "--product",
        metavar="NAME",
        help="the Kalshi API to serve (trade, perps, scm: an installed package generated for it); default trade",
    )
    parser.add_argument(
        "--token",
        action="append",
        default=[],
        metavar="ADMIN_USER_ID=TOKEN_FILE",
        help="an SCM access token the exchange accepts, read from a file (repeatable; --product scm)",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument(
        "--key",
        action="append",
        default=[],
        metavar="KEY_ID=PUBLIC_KEY.pem",
        help="an API key the exchange accepts (repeatable)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--window", type=float, default=30.0, help="allowed clock skew, seconds")
    parser.add_argument(
        "--rate-limit",
        type=rate_limit_option,
        default=TIERS[DEFAULT_TIER],
        metavar="TIER",
        help=f"meter each key's tokens at a Kalshi tier ({', '.join(TIERS)}) or none; default {DEFAULT_TIER}",
    )
    parser.add_argument(
        "--scenario",
        type=Path,
        metavar="FILE",
        help=f"a YAML or JSON file with scenario() keys ({', '.join(SCENARIO_KEYS)}): the known starting state",
    )
    parser.add_argument(
        "--world",
        choices=("default", "none"),
        default="default",
        help="default: the seeded default world (a scenario's markets replace it); none: no listed markets",
    )
    parser.add_argument("--quiet", action="store_true", help="no log line per request")
    return parser


def main(argv: list[str] | None = None) -> int:
    options = build_parser()
    args = options.parse_args(argv)

    keys = {}
    for item in args.key:
        key_id, sep, path = item.partition("=")
        if not sep:
            options.error(f"--key takes KEY_ID=PUBLIC_KEY.pem, not {item!r}")
        keys[key_id] = Path(path).expanduser().read_bytes()
    tokens = {}
    for item in args.token:
        admin_user_id, sep, path = item.partition("=")
        if not sep:
            options.error(f"--token takes ADMIN_USER_ID=TOKEN_FILE, not {item!r}")
        tokens[admin_user_id] = Path(path).expanduser().read_text(encoding="utf-8").strip()
    try:
        scenario = load_scenario(args.scenario) if args.scenario is not None else None  # before the exchange: quick
        exchange = LocalExchange(
            args.spec,
            product=args.product,
            keys=keys,
            tokens=tokens,
            seed=args.seed,
            window=args.window,
            rate_limit=args.rate_limit,
            world=None if args.world == "none" else "default",
        )
        if scenario is not None:
            exchange.scenario(**scenario)
    except ScenarioFileError as err:
        print(f"error: --scenario {err}", file=sys.stderr)
        return 2
    except (OSError, ValueError, TypeError) as err:
        where = f"--scenario {args.scenario}: " if args.scenario is not None else ""
        print(f"error: {where}{err}", file=sys.stderr)
        return 2
    if not args.quiet:
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        log = logging.getLogger("kalshi_exchange")
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    # The WebSocket side follows the engine (StreamServer's default), so a bot sees REST and stream agree;
    # another product's stream is the server's own choice (default_stream).
    stream: StreamServer | bool = StreamServer(exchange, args.host) if exchange.product in (None, "trade") else True
    with ExchangeServer(exchange, host=args.host, port=args.port, stream=stream) as server:
        listed = len(exchange.engine.listings)
        credentials = f"{len(tokens)} token(s)" if exchange.auth == "bearer" else f"{len(keys)} key(s)"
        print(
            f"local Kalshi exchange on {server.base_url} ({exchange.product or 'trade'}: "
            f"{len(exchange.operations)} operations, {credentials}, {listed} listed market(s)); Ctrl-C stops it",
            flush=True,
        )
        if server.stream is not None:
            print(f"WebSocket API on {server.ws_url}", flush=True)
        if server.perps_stream is not None:
            print(f"Perps WebSocket API on {server.perps_ws_url}", flush=True)
        stop.wait()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
