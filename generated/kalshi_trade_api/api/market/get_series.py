"""Get Series

GET /series/{series_ticker}

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_series_response import GetSeriesResponse
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /series/{series_ticker}"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    series_ticker: str,
    *,
    include_volume: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["include_volume"] = include_volume
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/{series_ticker}".format(
            series_ticker=quote(str(series_ticker), safe=""),
        ),
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetSeriesResponse:
    if response.status_code == 200:
        response_200 = read_json(GetSeriesResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetSeriesResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSeriesResponse:
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
) -> Response[GetSeriesResponse]:
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
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> Response[GetSeriesResponse]:
    """Get Series

     Endpoint for getting data about a specific series by its ticker.  A series represents a template
    for recurring events that follow the same format and rules (e.g., \"Monthly Jobs Report\", \"Weekly
    Initial Jobless Claims\", \"Daily Weather in NYC\"). Series define the structure, settlement sources,
    and metadata that will be applied to each recurring event instance within that series.

    GET /series/{series_ticker}

    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetSeriesResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> GetSeriesResponse:
    """Get Series

     Endpoint for getting data about a specific series by its ticker.  A series represents a template
    for recurring events that follow the same format and rules (e.g., \"Monthly Jobs Report\", \"Weekly
    Initial Jobless Claims\", \"Daily Weather in NYC\"). Series define the structure, settlement sources,
    and metadata that will be applied to each recurring event instance within that series.

    GET /series/{series_ticker}

    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetSeriesResponse
    """

    return sync_detailed(
        series_ticker=series_ticker,
        client=client,
        include_volume=include_volume,
    ).parsed


async def asyncio_detailed(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> Response[GetSeriesResponse]:
    """Get Series

     Endpoint for getting data about a specific series by its ticker.  A series represents a template
    for recurring events that follow the same format and rules (e.g., \"Monthly Jobs Report\", \"Weekly
    Initial Jobless Claims\", \"Daily Weather in NYC\"). Series define the structure, settlement sources,
    and metadata that will be applied to each recurring event instance within that series.

    GET /series/{series_ticker}

    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetSeriesResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> GetSeriesResponse:
    """Get Series

     Endpoint for getting data about a specific series by its ticker.  A series represents a template
    for recurring events that follow the same format and rules (e.g., \"Monthly Jobs Report\", \"Weekly
    Initial Jobless Claims\", \"Daily Weather in NYC\"). Series define the structure, settlement sources,
    and metadata that will be applied to each recurring event instance within that series.

    GET /series/{series_ticker}

    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetSeriesResponse
    """

    return (
        await asyncio_detailed(
            series_ticker=series_ticker,
            client=client,
            include_volume=include_volume,
        )
    ).parsed
