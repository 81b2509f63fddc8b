"""Get Markets

GET /markets

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(), and pages()/apages()/paginate()/apaginate() to follow cursors. Pass `client=kalshi_auth.kalshi_client()`.
"""

from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_markets_mve_filter import (
    GetMarketsMveFilter,
    check_get_markets_mve_filter,
)
from ...models.get_markets_response import GetMarketsResponse
from ...models.get_markets_status import GetMarketsStatus, check_get_markets_status
from ...models.market import Market
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /markets"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["limit"] = limit
    params["cursor"] = cursor
    params["event_ticker"] = event_ticker
    params["series_ticker"] = series_ticker
    params["min_created_ts"] = min_created_ts
    params["max_created_ts"] = max_created_ts
    params["min_updated_ts"] = min_updated_ts
    params["max_updated_ts"] = max_updated_ts
    params["max_close_ts"] = max_close_ts
    params["min_close_ts"] = min_close_ts
    params["min_settled_ts"] = min_settled_ts
    params["max_settled_ts"] = max_settled_ts
    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = check_get_markets_status(status, "status")

    params["status"] = json_status
    params["tickers"] = tickers
    json_mve_filter: str | Unset = UNSET
    if not isinstance(mve_filter, Unset):
        json_mve_filter = check_get_markets_mve_filter(mve_filter, "mve_filter")

    params["mve_filter"] = json_mve_filter
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetMarketsResponse:
    if response.status_code == 200:
        response_200 = read_json(GetMarketsResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetMarketsResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMarketsResponse:
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
) -> Response[GetMarketsResponse]:
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
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Get Markets

    Filter by market status. Possible values: `unopened`, `open`, `closed`, `settled`. Leave empty to
    return markets with any status.
     - Only one `status` filter may be supplied at a time.
     - Timestamp filters will be mutually exclusive from other timestamp filters and certain status
    filters.

     | Compatible Timestamp Filters | Additional Status Filters| Extra Notes |
     |------------------------------|--------------------------|-------------|
     | min_created_ts, max_created_ts | `unopened`, `open`, *empty* | |
     | min_close_ts, max_close_ts | `closed`, *empty* | |
     | min_settled_ts, max_settled_ts | `settled`, *empty* | |
     | min_updated_ts, max_updated_ts | *empty* | Incompatible with all filters besides
    `mve_filter=exclude`. May be combined with `series_ticker`, which requires `mve_filter=exclude` |

     Markets that settled before the historical cutoff are only available via `GET /historical/markets`.
    See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.

    GET /markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarketsResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> GetMarketsResponse:
    """Get Markets

    Filter by market status. Possible values: `unopened`, `open`, `closed`, `settled`. Leave empty to
    return markets with any status.
     - Only one `status` filter may be supplied at a time.
     - Timestamp filters will be mutually exclusive from other timestamp filters and certain status
    filters.

     | Compatible Timestamp Filters | Additional Status Filters| Extra Notes |
     |------------------------------|--------------------------|-------------|
     | min_created_ts, max_created_ts | `unopened`, `open`, *empty* | |
     | min_close_ts, max_close_ts | `closed`, *empty* | |
     | min_settled_ts, max_settled_ts | `settled`, *empty* | |
     | min_updated_ts, max_updated_ts | *empty* | Incompatible with all filters besides
    `mve_filter=exclude`. May be combined with `series_ticker`, which requires `mve_filter=exclude` |

     Markets that settled before the historical cutoff are only available via `GET /historical/markets`.
    See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.

    GET /markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarketsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Get Markets

    Filter by market status. Possible values: `unopened`, `open`, `closed`, `settled`. Leave empty to
    return markets with any status.
     - Only one `status` filter may be supplied at a time.
     - Timestamp filters will be mutually exclusive from other timestamp filters and certain status
    filters.

     | Compatible Timestamp Filters | Additional Status Filters| Extra Notes |
     |------------------------------|--------------------------|-------------|
     | min_created_ts, max_created_ts | `unopened`, `open`, *empty* | |
     | min_close_ts, max_close_ts | `closed`, *empty* | |
     | min_settled_ts, max_settled_ts | `settled`, *empty* | |
     | min_updated_ts, max_updated_ts | *empty* | Incompatible with all filters besides
    `mve_filter=exclude`. May be combined with `series_ticker`, which requires `mve_filter=exclude` |

     Markets that settled before the historical cutoff are only available via `GET /historical/markets`.
    See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.

    GET /markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarketsResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
) -> GetMarketsResponse:
    """Get Markets

    Filter by market status. Possible values: `unopened`, `open`, `closed`, `settled`. Leave empty to
    return markets with any status.
     - Only one `status` filter may be supplied at a time.
     - Timestamp filters will be mutually exclusive from other timestamp filters and certain status
    filters.

     | Compatible Timestamp Filters | Additional Status Filters| Extra Notes |
     |------------------------------|--------------------------|-------------|
     | min_created_ts, max_created_ts | `unopened`, `open`, *empty* | |
     | min_close_ts, max_close_ts | `closed`, *empty* | |
     | min_settled_ts, max_settled_ts | `settled`, *empty* | |
     | min_updated_ts, max_updated_ts | *empty* | Incompatible with all filters besides
    `mve_filter=exclude`. May be combined with `series_ticker`, which requires `mve_filter=exclude` |

     Markets that settled before the historical cutoff are only available via `GET /historical/markets`.
    See [Historical Data](https://docs.kalshi.com/getting_started/historical_data) for details.

    GET /markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarketsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            min_created_ts=min_created_ts,
            max_created_ts=max_created_ts,
            min_updated_ts=min_updated_ts,
            max_updated_ts=max_updated_ts,
            max_close_ts=max_close_ts,
            min_close_ts=min_close_ts,
            min_settled_ts=min_settled_ts,
            max_settled_ts=max_settled_ts,
            status=status,
            tickers=tickers,
            mve_filter=mve_filter,
        )
    ).parsed


def _next_cursor(
    page: GetMarketsResponse, cursor: str | Unset, seen: set[str]
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
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[GetMarketsResponse]:
    """Yield each GetMarketsResponse page, following cursors from `cursor` (or the first page).

    Stops after the last page, or after `max_pages` pages; a cursor that comes back
    twice raises errors.PaginationError instead of looping. Arguments as for sync().
    """
    seen: set[str] = set()
    count = 0
    while max_pages is None or count < max_pages:
        page = sync(
            client=client,
            limit=limit,
            cursor=cursor,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            min_created_ts=min_created_ts,
            max_created_ts=max_created_ts,
            min_updated_ts=min_updated_ts,
            max_updated_ts=max_updated_ts,
            max_close_ts=max_close_ts,
            min_close_ts=min_close_ts,
            min_settled_ts=min_settled_ts,
            max_settled_ts=max_settled_ts,
            status=status,
            tickers=tickers,
            mve_filter=mve_filter,
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
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[GetMarketsResponse]:
    """The asyncio twin of pages()."""
    seen: set[str] = set()
    count = 0
    while max_pages is None or count < max_pages:
        page = await asyncio(
            client=client,
            limit=limit,
            cursor=cursor,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            min_created_ts=min_created_ts,
            max_created_ts=max_created_ts,
            min_updated_ts=min_updated_ts,
            max_updated_ts=max_updated_ts,
            max_close_ts=max_close_ts,
            min_close_ts=min_close_ts,
            min_settled_ts=min_settled_ts,
            max_settled_ts=max_settled_ts,
            status=status,
            tickers=tickers,
            mve_filter=mve_filter,
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
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[Market]:
    """Yield every Market of `markets` on every page (see pages())."""
    for page in pages(
        client=client,
        limit=limit,
        cursor=cursor,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
        max_pages=max_pages,
    ):
        items = page.markets
        if isinstance(items, list):
            yield from items


async def apaginate(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[Market]:
    """The asyncio twin of paginate(): `async for item in apaginate(client=...)`."""
    async for page in apages(
        client=client,
        limit=limit,
        cursor=cursor,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
        max_pages=max_pages,
    ):
        items = page.markets
        if isinstance(items, list):
            for item in items:
                yield item
