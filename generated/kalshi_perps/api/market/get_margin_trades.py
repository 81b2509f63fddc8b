"""Get Trades

GET /margin/trades

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(), and pages()/apages()/paginate()/apaginate() to follow cursors. Pass `client=kalshi_auth.perps_client()`.
"""

from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_margin_trades_response import GetMarginTradesResponse
from ...models.margin_trade import MarginTrade
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /margin/trades"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    *,
    ticker: str,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["ticker"] = ticker
    params["limit"] = limit
    params["cursor"] = cursor
    params["min_ts"] = min_ts
    params["max_ts"] = max_ts
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/trades",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetMarginTradesResponse:
    if response.status_code == 200:
        response_200 = read_json(GetMarginTradesResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetMarginTradesResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMarginTradesResponse:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    try:
        return _parse_success(response)
    except errors.KalshiSDKError:
        raise
    except BadValue as exc:
        raise errors.ResponseParseError(
            response.status_code, response.content, _OPERATION, str(exc), path=exc.path
        ) from exc
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
    ) as exc:
        raise errors.ResponseParseError(
            response.status_code, response.content, _OPERATION, repr(exc)
        ) from exc


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetMarginTradesResponse]:
    parsed = _parse_response(client=client, response=response)
    # A status code outside the standard list (e.g. 299) stays an int.
    try:
        status: HTTPStatus | int = HTTPStatus(response.status_code)
    except ValueError:
        status = response.status_code
    return Response(
        status_code=status,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> Response[GetMarginTradesResponse]:
    """Get Trades

    Endpoint for retrieving public margin trades for a given market ticker. Returns a paginated
    response. Use the cursor value from the previous response to get the next page.

    GET /margin/trades

    Args:
        ticker (str):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarginTradesResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        limit=limit,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> GetMarginTradesResponse:
    """Get Trades

    Endpoint for retrieving public margin trades for a given market ticker. Returns a paginated
    response. Use the cursor value from the previous response to get the next page.

    GET /margin/trades

    Args:
        ticker (str):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarginTradesResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
        limit=limit,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> Response[GetMarginTradesResponse]:
    """Get Trades

    Endpoint for retrieving public margin trades for a given market ticker. Returns a paginated
    response. Use the cursor value from the previous response to get the next page.

    GET /margin/trades

    Args:
        ticker (str):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarginTradesResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        limit=limit,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> GetMarginTradesResponse:
    """Get Trades

    Endpoint for retrieving public margin trades for a given market ticker. Returns a paginated
    response. Use the cursor value from the previous response to get the next page.

    GET /margin/trades

    Args:
        ticker (str):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarginTradesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
            limit=limit,
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
        )
    ).parsed


def _next_cursor(
    page: GetMarginTradesResponse, cursor: str | Unset, seen: set[str]
) -> str | None:
    """The cursor of the next page, or None after the last one; raises on a cursor seen before."""
    following = page.cursor
    if not isinstance(following, str) or not following:
        return None
    if following in seen or following == cursor:
        raise errors.PaginationError(_OPERATION, following)
    seen.add(following)
    return following


def pages(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[GetMarginTradesResponse]:
    """Yield each GetMarginTradesResponse page, following cursors from `cursor` (or the first page).

    Stops after the last page, or after `max_pages` pages; a cursor that comes back
    twice raises errors.PaginationError instead of looping. Arguments as for sync().
    """
    seen: set[str] = set()
    count = 0
    while max_pages is None or count < max_pages:
        page = sync(
            client=client,
            ticker=ticker,
            limit=limit,
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
        )
        count += 1
        yield page
        following = _next_cursor(page, cursor, seen)
        if following is None:
            return
        cursor = following


async def apages(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[GetMarginTradesResponse]:
    """The asyncio twin of pages()."""
    seen: set[str] = set()
    count = 0
    while max_pages is None or count < max_pages:
        page = await asyncio(
            client=client,
            ticker=ticker,
            limit=limit,
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
        )
        count += 1
        yield page
        following = _next_cursor(page, cursor, seen)
        if following is None:
            return
        cursor = following


def paginate(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[MarginTrade]:
    """Yield every MarginTrade of `trades` on every page (see pages())."""
    for page in pages(
        client=client,
        ticker=ticker,
        limit=limit,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
        max_pages=max_pages,
    ):
        items = page.trades
        if isinstance(items, list):
            yield from items


async def apaginate(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[MarginTrade]:
    """The asyncio twin of paginate(): `async for item in apaginate(client=...)`."""
    async for page in apages(
        client=client,
        ticker=ticker,
        limit=limit,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
        max_pages=max_pages,
    ):
        items = page.trades
        if isinstance(items, list):
            for item in items:
                yield item
