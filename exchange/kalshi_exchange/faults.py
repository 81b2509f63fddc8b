"""Faults the local exchange can inject: per operation or for all, for the next N requests or always."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from typing import Literal

FaultKind = Literal[
    "status", "html", "drop", "malformed_json", "truncated_json", "empty_body", "delay", "lost_response"
]
# Where each kind strikes. Before processing, the request has no effect, as on Kalshi, whose 429 means
# "not processed": an order refused this way does not exist. After processing, it did take effect (an order
# was placed) and only the answer is damaged, late or lost: the unknown-outcome case a bot must handle.
BEFORE_PROCESSING: tuple[str, ...] = ("status", "html", "drop")
AFTER_PROCESSING: tuple[str, ...] = ("malformed_json", "truncated_json", "empty_body", "delay", "lost_response")
KINDS: tuple[str, ...] = BEFORE_PROCESSING + AFTER_PROCESSING
BODY_FAULTS: tuple[str, ...] = ("malformed_json", "truncated_json", "empty_body")  # on 2xx answers only


@dataclass(frozen=True)
class Fault:
    """One fault. Before the request is processed (it has no effect):

    - ``status``: answer ``status`` (default 429) with Kalshi's error body (for 429 the rate
      limiter's ``{"error": "too many requests"}``);
    - ``html``: a proxy's HTML error page (default 502);
    - ``drop``: the connection closes without an answer.

    After the request is processed (it took effect; an order was placed):

    - ``malformed_json``/``truncated_json``/``empty_body``: a success's body arrives broken (an
      error answer is left as it is, and the fault is spent);
    - ``delay``: the answer comes ``seconds`` late (past the client's read timeout: a timeout);
    - ``lost_response``: the connection closes without an answer. Over HTTP the server closes
      the socket without a byte of response; in process ``ExchangeTransport`` raises
      ``httpx.RemoteProtocolError``. The client cannot tell it from ``drop``: that is the point.

    ``operation`` is ``"GET /markets"``-style (the spec's path template) or an operationId;
    None means every operation. ``count`` None means until cleared.
    """

    kind: FaultKind
    status: int | None = None
    seconds: float = 0.0
    count: int | None = 1
    operation: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}: use one of {', '.join(KINDS)}")
        if self.count is not None and self.count < 1:
            raise ValueError("count must be at least 1 (or None for every request)")

    @property
    def before_processing(self) -> bool:
        """Whether the fault strikes before the exchange processes the request (see the class doc)."""
        return self.kind in BEFORE_PROCESSING


class FaultPlan:
    """Thread-safe queue of faults; the first one matching a request is used (and counted down)."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, operation: str, operation_id: str | None) -> Fault | None:
        with self._lock:
            for index, fault in enumerate(self._faults):
                if fault.operation not in (None, operation, operation_id):
                    continue
                if fault.count is not None:
                    if fault.count == 1:
                        del self._faults[index]
                    else:
                        self._faults[index] = replace(fault, count=fault.count - 1)
                return fault
        return None
