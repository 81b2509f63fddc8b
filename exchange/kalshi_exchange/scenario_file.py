"""Scenario files for ``python -m kalshi_exchange --scenario world.yaml``: the keys of ``LocalExchange.scenario()``.

YAML (``.yaml``/``.yml``) or JSON (``.json``). A key ``scenario()`` does not take, or a
market field no Market has, is an error naming it, so a typo never goes unnoticed.
Prices and counts may be written as numbers or strings (``0.44`` or ``"0.4400"``).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

SCENARIO_KEYS = ("markets", "series", "events", "balances", "books", "maker", "extend")


class ScenarioFileError(ValueError):
    """A scenario file that cannot be read or does not describe a scenario; the message says where."""


def load_scenario(path: Path) -> dict[str, Any]:
    """The keyword arguments for ``LocalExchange.scenario()`` that ``path`` holds."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ScenarioFileError(f"{path}: cannot read it ({err.strerror or err})") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except ValueError as err:
            raise ScenarioFileError(f"{path}: not JSON ({err})") from None
    else:
        import yaml  # the [exchange] extra's; only scenario files need it

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as err:
            raise ScenarioFileError(f"{path}: not YAML ({err})") from None
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ScenarioFileError(
            f"{path}: a scenario is a mapping of {', '.join(SCENARIO_KEYS)}, not {type(data).__name__}"
        )
    unknown = [key for key in data if key not in SCENARIO_KEYS]
    if unknown:
        raise ScenarioFileError(f"{path}: unknown key {unknown[0]!r}; a scenario takes {', '.join(SCENARIO_KEYS)}")
    try:
        return {key: _text_numbers(key, value) for key, value in data.items()}
    except ScenarioFileError as err:
        raise ScenarioFileError(f"{path}: {err}") from None


def _text_numbers(key: str, value: Any) -> Any:
    """Numbers where the exchange takes decimal strings (balances, book levels), written back as strings."""
    if key == "balances" and isinstance(value, Mapping):
        return {user: str(dollars) for user, dollars in value.items()}
    if key == "books" and isinstance(value, Mapping):
        books: dict[str, dict[str, list[tuple[str, str]]]] = {}
        for ticker, sides in value.items():
            if not isinstance(sides, Mapping):
                raise ScenarioFileError(f"books[{ticker!r}]: give bid: and ask: lists of [price, count]")
            books[ticker] = {}
            for side, levels in sides.items():
                if not isinstance(levels, list) or not all(isinstance(v, list) and len(v) == 2 for v in levels):
                    raise ScenarioFileError(f"books[{ticker!r}][{side!r}]: give a list of [price, count] pairs")
                books[ticker][side] = [(str(price), str(count)) for price, count in levels]
        return books
    return value


def scenario_parameters() -> tuple[str, ...]:
    """``scenario()``'s keyword arguments (kept equal to SCENARIO_KEYS by a test)."""
    from kalshi_exchange.core import LocalExchange

    return tuple(name for name in inspect.signature(LocalExchange.scenario).parameters if name != "self")
