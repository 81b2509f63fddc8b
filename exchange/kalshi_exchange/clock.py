"""A clock a test moves by hand: ``LocalExchange(clock=...)`` and ``kalshi_client(clock=...)`` read it.

It stands still until told: ``advance(seconds)`` moves it on, ``set(when)`` puts it
at a moment (epoch seconds or an aware ``datetime``). Order and fill times, order
groups' rolling 15 s window and the signature window all follow it, so a test
crosses them without sleeping.
"""

from __future__ import annotations

import datetime
import threading
import time


class ControlledClock:
    """Seconds since the epoch, starting at the real time now (or ``start``) and moving only when told."""

    def __init__(self, start: float | datetime.datetime | None = None) -> None:
        self._lock = threading.Lock()
        self._now = time.time() if start is None else _seconds(start)

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move on by ``seconds`` (not backwards: time in an exchange only moves forward); return the new time."""
        if seconds < 0:
            raise ValueError(f"advance({seconds}): a clock only moves forward; use set() to put it at a moment")
        with self._lock:
            self._now += seconds
            return self._now

    def set(self, when: float | datetime.datetime) -> float:
        """Put the clock at ``when`` (epoch seconds, or a timezone-aware datetime); return it."""
        with self._lock:
            self._now = _seconds(when)
            return self._now

    def __repr__(self) -> str:
        moment = datetime.datetime.fromtimestamp(self(), tz=datetime.timezone.utc)
        return f"ControlledClock({moment.isoformat()})"


def _seconds(when: float | datetime.datetime) -> float:
    if isinstance(when, datetime.datetime):
        if when.tzinfo is None:
            raise ValueError("give a timezone-aware datetime (e.g. tzinfo=datetime.timezone.utc)")
        return when.timestamp()
    return float(when)
