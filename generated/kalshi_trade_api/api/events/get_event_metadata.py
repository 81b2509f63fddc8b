"""Get Event Metadata

GET /events/{event_ticker}/metadata

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_event_metadata_response import GetEventMetadataResponse
from ...types import BadValue, Response, read_json

_OPERATION = "GET /events/{event_ticker}/metadata"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    event_ticker: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events/{event_ticker}/metadata".format(
            event_ticker=quote(str(event_ticker), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> GetEventMetadataResponse:
    if response.status_code == 200:
        response_200 = read_json(GetEventMetadataResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetEventMetadataResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetEventMetadataResponse:
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
) -> Response[GetEventMetadataResponse]:
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
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetEventMetadataResponse]:
    """Get Event Metadata

     Endpoint for getting metadata about an event by its ticker.  Returns only the metadata information
    for an event.

    GET /events/{event_ticker}/metadata

    Args:
        event_ticker (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetEventMetadataResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        event_ticker=event_ticker,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetEventMetadataResponse:
    """Get Event Metadata

     Endpoint for getting metadata about an event by its ticker.  Returns only the metadata information
    for an event.

    GET /events/{event_ticker}/metadata

    Args:
        event_ticker (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetEventMetadataResponse
    """

    return sync_detailed(
        event_ticker=event_ticker,
        client=client,
    ).parsed


async def asyncio_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetEventMetadataResponse]:
    """Get Event Metadata

     Endpoint for getting metadata about an event by its ticker.  Returns only the metadata information
    for an event.

    GET /events/{event_ticker}/metadata

    Args:
        event_ticker (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetEventMetadataResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        event_ticker=event_ticker,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetEventMetadataResponse:
    """Get Event Metadata

     Endpoint for getting metadata about an event by its ticker.  Returns only the metadata information
    for an event.

    GET /events/{event_ticker}/metadata

    Args:
        event_ticker (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetEventMetadataResponse
    """

    return (
        await asyncio_detailed(
            event_ticker=event_ticker,
            client=client,
        )
    ).parsed
