"""Get RFQs

GET /communications/rfqs

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(), and pages()/apages()/paginate()/apaginate() to follow cursors. Pass `client=kalshi_auth.kalshi_client()`.
"""

from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_rfqs_response import GetRFQsResponse
from ...models.rfq import RFQ
from ...models.user_filter import UserFilter, check_user_filter
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /communications/rfqs"
_NEEDS_CREDENTIALS = True


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["cursor"] = cursor
    params["event_ticker"] = event_ticker
    params["market_ticker"] = market_ticker
    params["subaccount"] = subaccount
    params["limit"] = limit
    params["status"] = status
    params["creator_user_id"] = creator_user_id
    json_user_filter: str | Unset = UNSET
    if not isinstance(user_filter, Unset):
        json_user_filter = check_user_filter(user_filter, "user_filter")

    params["user_filter"] = json_user_filter
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/rfqs",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetRFQsResponse:
    if response.status_code == 200:
        response_200 = read_json(GetRFQsResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetRFQsResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetRFQsResponse:
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
) -> Response[GetRFQsResponse]:
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
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> Response[GetRFQsResponse]:
    """Get RFQs

    List RFQs. Pass pagination cursors back unchanged. A malformed cursor or invalid creator_user_id
    UUID returns HTTP 400. Use user_filter=self to filter by the authenticated user.

    GET /communications/rfqs

    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset): Omit or leave empty to return all results. Use `self` to
            filter by the authenticated user.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetRFQsResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> GetRFQsResponse:
    """Get RFQs

    List RFQs. Pass pagination cursors back unchanged. A malformed cursor or invalid creator_user_id
    UUID returns HTTP 400. Use user_filter=self to filter by the authenticated user.

    GET /communications/rfqs

    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset): Omit or leave empty to return all results. Use `self` to
            filter by the authenticated user.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetRFQsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> Response[GetRFQsResponse]:
    """Get RFQs

    List RFQs. Pass pagination cursors back unchanged. A malformed cursor or invalid creator_user_id
    UUID returns HTTP 400. Use user_filter=self to filter by the authenticated user.

    GET /communications/rfqs

    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset): Omit or leave empty to return all results. Use `self` to
            filter by the authenticated user.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetRFQsResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
) -> GetRFQsResponse:
    """Get RFQs

    List RFQs. Pass pagination cursors back unchanged. A malformed cursor or invalid creator_user_id
    UUID returns HTTP 400. Use user_filter=self to filter by the authenticated user.

    GET /communications/rfqs

    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset): Omit or leave empty to return all results. Use `self` to
            filter by the authenticated user.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetRFQsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            subaccount=subaccount,
            limit=limit,
            status=status,
            creator_user_id=creator_user_id,
            user_filter=user_filter,
        )
    ).parsed


def _next_cursor(
    page: GetRFQsResponse, cursor: str | Unset, seen: set[str]
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
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[GetRFQsResponse]:
    """Yield each GetRFQsResponse page, following cursors from `cursor` (or the first page).

    Stops after the last page, or after `max_pages` pages; a cursor that comes back
    twice raises errors.PaginationError instead of looping. Arguments as for sync().
    """
    seen: set[str] = set()
    count = 0
    while max_pages is None or count < max_pages:
        page = sync(
            client=client,
            cursor=cursor,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            subaccount=subaccount,
            limit=limit,
            status=status,
            creator_user_id=creator_user_id,
            user_filter=user_filter,
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
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[GetRFQsResponse]:
    """The asyncio twin of pages()."""
    seen: set[str] = set()
    count = 0
    while max_pages is None or count < max_pages:
        page = await asyncio(
            client=client,
            cursor=cursor,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            subaccount=subaccount,
            limit=limit,
            status=status,
            creator_user_id=creator_user_id,
            user_filter=user_filter,
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
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[RFQ]:
    """Yield every RFQ of `rfqs` on every page (see pages())."""
    for page in pages(
        client=client,
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
        max_pages=max_pages,
    ):
        items = page.rfqs
        if isinstance(items, list):
            yield from items


async def apaginate(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[RFQ]:
    """The asyncio twin of paginate(): `async for item in apaginate(client=...)`."""
    async for page in apages(
        client=client,
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
        max_pages=max_pages,
    ):
        items = page.rfqs
        if isinstance(items, list):
            for item in items:
                yield item
