"""Get Obligation History

GET /margin/obligation_history

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(), and pages()/apages()/paginate()/apaginate() to follow cursors. Pass `client=kalshi_auth.scm_client()`.
"""

from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_obligation_history_response import GetObligationHistoryResponse
from ...models.obligation_entry import ObligationEntry
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /margin/obligation_history"
_NEEDS_CREDENTIALS = True


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["limit"] = limit
    params["cursor"] = cursor
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/obligation_history",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetObligationHistoryResponse:
    if response.status_code == 200:
        response_200 = read_json(GetObligationHistoryResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetObligationHistoryResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetObligationHistoryResponse:
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
) -> Response[GetObligationHistoryResponse]:
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
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> Response[GetObligationHistoryResponse]:
    """Get Obligation History

    Completed obligations from previous settlements, ordered by most recent first.

    GET /margin/obligation_history

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetObligationHistoryResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> GetObligationHistoryResponse:
    """Get Obligation History

    Completed obligations from previous settlements, ordered by most recent first.

    GET /margin/obligation_history

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetObligationHistoryResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> Response[GetObligationHistoryResponse]:
    """Get Obligation History

    Completed obligations from previous settlements, ordered by most recent first.

    GET /margin/obligation_history

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetObligationHistoryResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> GetObligationHistoryResponse:
    """Get Obligation History

    Completed obligations from previous settlements, ordered by most recent first.

    GET /margin/obligation_history

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetObligationHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed


def _next_cursor(
    page: GetObligationHistoryResponse, cursor: str | Unset, seen: set[str]
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
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[GetObligationHistoryResponse]:
    """Yield each GetObligationHistoryResponse page, following cursors from `cursor` (or the first page).

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
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[GetObligationHistoryResponse]:
    """The asyncio twin of pages()."""
    seen: set[str] = set()
    count = 0
    while max_pages is None or count < max_pages:
        page = await asyncio(
            client=client,
            limit=limit,
            cursor=cursor,
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
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    max_pages: int | None = None,
) -> Iterator[ObligationEntry]:
    """Yield every ObligationEntry of `obligations` on every page (see pages())."""
    for page in pages(
        client=client,
        limit=limit,
        cursor=cursor,
        max_pages=max_pages,
    ):
        items = page.obligations
        if isinstance(items, list):
            yield from items


async def apaginate(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    max_pages: int | None = None,
) -> AsyncIterator[ObligationEntry]:
    """The asyncio twin of paginate(): `async for item in apaginate(client=...)`."""
    async for page in apages(
        client=client,
        limit=limit,
        cursor=cursor,
        max_pages=max_pages,
    ):
        items = page.obligations
        if isinstance(items, list):
            for item in items:
                yield item
