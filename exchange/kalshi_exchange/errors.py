"""Kalshi's error body, as the live API sends it: nested under ``"error"``.

The spec's ``ErrorResponse`` is the inner object (``code``, ``message``, ``details``); the
live API wraps it: ``{"error": {"code": "not_found", "message": "..."}}`` (see the recorded
403 in ../shared/kalshi-responses). Every error the local exchange answers has that shape,
except the rate limiter's 429, which is ``{"error": "too many requests"}`` on Kalshi too.
"""

from __future__ import annotations

import json
from typing import Any

SERVICE = "local-exchange"
# Kalshi's 429: this body, and no Retry-After or X-RateLimit-* headers.
RATE_LIMITED_BODY = b'{"error": "too many requests"}'


def error_object(code: str, message: str, details: str = "") -> dict[str, Any]:
    """The inner error (also what a batch item's ``error`` holds)."""
    return {"code": code, "message": message, "details": details, "service": SERVICE}


def error_body(code: str, message: str, details: str = "") -> dict[str, Any]:
    return {"error": error_object(code, message, details)}


def error_bytes(code: str, message: str, details: str = "") -> bytes:
    return json.dumps(error_body(code, message, details)).encode()
