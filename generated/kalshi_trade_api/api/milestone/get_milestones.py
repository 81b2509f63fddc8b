"""Get Milestones

GET /milestones

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(), and pages()/apages()/paginate()/apaginate() to follow cursors. Pass `client=kalshi_auth.kalshi_client()`.
"""

import datetime
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_milestones_response import GetMilestonesResponse
from ...models.milestone import Milestone
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /milestones"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    *,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["limit"] = limit
    json_minimum_start_date: str | Unset = UNSET
    if not isinstance(minimum_start_date, Unset):
        json_minimum_start_date = minimum_start_date.isoformat()
    params["minimum_start_date"] = json_minimum_start_date
    params["category"] = category
    params["competition"] = competition
    params["source_id"] = source_id
    params["type"] = type_
    params["related_event_ticker"] = related_event_ticker
    params["cursor"] = cursor
    params["min_updated_ts"] = min_updated_ts
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/milestones",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetMilestonesResponse:
    if response.status_code == 200:
        response_200 = read_json(GetMilestonesResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetMilestonesResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMilestonesResponse:
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
) -> Response[GetMilestonesResponse]:
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
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetMilestonesResponse]:
    """Get Milestones

    Minimum start date to filter milestones. Format: RFC3339 timestamp

    GET /milestones

    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):  Example: Sports.
        competition (str | Unset):  Example: Pro Football.
        source_id (str | Unset):
        type_ (str | Unset):  Example: football_game.
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMilestonesResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetMilestonesResponse:
    """Get Milestones

    Minimum start date to filter milestones. Format: RFC3339 timestamp

    GET /milestones

    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):  Example: Sports.
        competition (str | Unset):  Example: Pro Football.
        source_id (str | Unset):
        type_ (str | Unset):  Example: football_game.
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMilestonesResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetMilestonesResponse]:
    """Get Milestones

    Minimum start date to filter milestones. Format: RFC3339 timestamp

    GET /milestones

    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):  Example: Sports.
        competition (str | Unset):  Example: Pro Football.
        source_id (str | Unset):
        type_ (str | Unset):  Example: football_game.
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMilestonesResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetMilestonesResponse:
    """Get Milestones

    Minimum start date to filter milestones. Format: RFC3339 timestamp

    GET /milestones

    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):  Example: Sports.
        competition (str | Unset):  Example: Pro Football.
        source_id (str | Unset):
        type_ (str | Unset):  Example: football_game.
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMilestonesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type_,
            related_event_ticker=related_event_ticker,
            cursor=cursor,
            min_updated_ts=min_updated_ts,
        )
    ).parsed


def _next_cursor(
    page: GetMilestonesResponse, cursor: str | Unset, seen: set[str]
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
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[GetMilestonesResponse]:
    """Yield each GetMilestonesResponse page, following cursors from `cursor` (or the first page).

    Stops after the last page, or after `max_pages` pages; a cursor that comes back
    twice raises errors.PaginationError instead of looping. Arguments as for sync().
    """
    seen: set[str] = set()
    count = 0
    while max_pages is None or count < max_pages:
        page = sync(
            client=client,
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type_,
            related_event_ticker=related_event_ticker,
            cursor=cursor,
            min_updated_ts=min_updated_ts,
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
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[GetMilestonesResponse]:
    """The asyncio twin of pages()."""
    seen: set[str] = set()
    count = 0
    while max_pages is None or count < max_pages:
        page = await asyncio(
            client=client,
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type_,
            related_event_ticker=related_event_ticker,
            cursor=cursor,
            min_updated_ts=min_updated_ts,
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
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[Milestone]:
    """Yield every Milestone of `milestones` on every page (see pages())."""
    for page in pages(
        client=client,
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
        max_pages=max_pages,
    ):
        items = page.milestones
        if isinstance(items, list):
            yield from items


async def apaginate(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[Milestone]:
    """The asyncio twin of paginate(): `async for item in apaginate(client=...)`."""
    async for page in apages(
        client=client,
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
        max_pages=max_pages,
    ):
        items = page.milestones
        if isinstance(items, list):
            for item in items:
                yield item
