"""Get Orders

GET /margin/orders

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(), and pages()/apages()/paginate()/apaginate() to follow cursors. Pass `client=kalshi_auth.perps_client()`.
"""

from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_margin_orders_response import GetMarginOrdersResponse
from ...models.margin_order import MarginOrder
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /margin/orders"
_NEEDS_CREDENTIALS = True


def _get_kwargs(
    *,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["ticker"] = ticker
    params["min_ts"] = min_ts
    params["max_ts"] = max_ts
    params["status"] = status
    params["limit"] = limit
    params["cursor"] = cursor
    params["subaccount"] = subaccount
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/orders",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetMarginOrdersResponse:
    if response.status_code == 200:
        response_200 = read_json(GetMarginOrdersResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetMarginOrdersResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMarginOrdersResponse:
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
) -> Response[GetMarginOrdersResponse]:
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
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetMarginOrdersResponse]:
    """Get Orders

    Endpoint for listing margin orders with optional filtering.

    GET /margin/orders

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarginOrdersResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetMarginOrdersResponse:
    """Get Orders

    Endpoint for listing margin orders with optional filtering.

    GET /margin/orders

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarginOrdersResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetMarginOrdersResponse]:
    """Get Orders

    Endpoint for listing margin orders with optional filtering.

    GET /margin/orders

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarginOrdersResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetMarginOrdersResponse:
    """Get Orders

    Endpoint for listing margin orders with optional filtering.

    GET /margin/orders

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        subaccount (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarginOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        )
    ).parsed


def _next_cursor(
    page: GetMarginOrdersResponse, cursor: str | Unset, seen: set[str]
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
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[GetMarginOrdersResponse]:
    """Yield each GetMarginOrdersResponse page, following cursors from `cursor` (or the first page).

    Stops after the last page, or after `max_pages` pages; a cursor that comes back
    twice raises errors.PaginationError instead of looping. Arguments as for sync().
    """
    seen: set[str] = set()
    count = 0
    while max_pages is None or count < max_pages:
        page = sync(
            client=client,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        )
        count += 1
        yield page
        following = _next_cursor(page, cursor, seen)
        if following is None:
            return
        cursor = following


async def apages(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[GetMarginOrdersResponse]:
    """The asyncio twin of pages()."""
    seen: set[str] = set()
    count = 0
    while max_pages is None or count < max_pages:
        page = await asyncio(
            client=client,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        )
        count += 1
        yield page
        following = _next_cursor(page, cursor, seen)
        if following is None:
            return
        cursor = following


def paginate(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[MarginOrder]:
    """Yield every MarginOrder of `orders` on every page (see pages())."""
    for page in pages(
        client=client,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
        max_pages=max_pages,
    ):
        items = page.orders
        if isinstance(items, list):
            yield from items


async def apaginate(
    *,
    client: AuthenticatedClient,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[MarginOrder]:
    """The asyncio twin of paginate(): `async for item in apaginate(client=...)`."""
    async for page in apages(
        client=client,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
        cursor=cursor,
        subaccount=subaccount,
        max_pages=max_pages,
    ):
        items = page.orders
        if isinstance(items, list):
            for item in items:
                yield item
