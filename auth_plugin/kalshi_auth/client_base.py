"""What every client the SDK builds shares, whatever its product: typed ``with``, and a repr of its settings."""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from kalshi_auth.retry import RetryPolicy

_C = TypeVar("_C", bound="KeepsItsType")


class KeepsItsType:
    """Mixed in before a generated client class: ``with client:`` and ``async with client:`` give back the
    SDK's own class (the generated annotation says the generated one), so mypy keeps its attributes."""

    def __enter__(self: _C) -> _C:
        super().__enter__()  # type: ignore[misc]
        return self

    async def __aenter__(self: _C) -> _C:
        await super().__aenter__()  # type: ignore[misc]
        return self


def describe_settings(timeout: httpx.Timeout | None, policy: RetryPolicy | None) -> str:
    """Timeouts and retries as every client's repr shows them."""
    timeouts = (
        f"timeout=(connect={timeout.connect}, read={timeout.read}, write={timeout.write}, pool={timeout.pool})"
        if timeout is not None
        else "timeout=None"
    )
    retries = (
        f"retries=(max_attempts={policy.max_attempts}, deadline={policy.deadline}, "
        f"non_idempotent={policy.retry_non_idempotent})"
        if policy is not None
        else "retries=None"
    )
    return f"{timeouts}, {retries}"


def describe_client(name: str, base_url: str, signer: Any, timeout: httpx.Timeout | None, policy: Any) -> str:
    """A product client's repr: where it sends requests and how, never a key, a signature or a token."""
    settings = describe_settings(timeout, policy if isinstance(policy, RetryPolicy) else None)
    return f"{name}(base_url={base_url!r}, signer={signer!r}, {settings})"
