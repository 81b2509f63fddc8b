"""Get Event Live Data

GET /live_data/events/{event_ticker}

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_event_live_data_response import GetEventLiveDataResponse
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /live_data/events/{event_ticker}"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    event_ticker: str,
    *,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["range"] = range_
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/events/{event_ticker}".format(
            event_ticker=quote(str(event_ticker), safe=""),
        ),
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetEventLiveDataResponse:
    if response.status_code == 200:
        response_200 = read_json(GetEventLiveDataResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetEventLiveDataResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetEventLiveDataResponse:
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
) -> Response[GetEventLiveDataResponse]:
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
    range_: str | Unset = UNSET,
) -> Response[GetEventLiveDataResponse]:
    """Get Event Live Data

    Get live data for an event by its event ticker. Serves event-keyed live data such as crypto price
    charts, commodity price timeseries, and weather observations. The `type` field in the response names
    the schema of the `details` object.

    GET /live_data/events/{event_ticker}

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetEventLiveDataResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        event_ticker=event_ticker,
        range_=range_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> GetEventLiveDataResponse:
    """Get Event Live Data

    Get live data for an event by its event ticker. Serves event-keyed live data such as crypto price
    charts, commodity price timeseries, and weather observations. The `type` field in the response names
    the schema of the `details` object.

    GET /live_data/events/{event_ticker}

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetEventLiveDataResponse
    """

    return sync_detailed(
        event_ticker=event_ticker,
        client=client,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> Response[GetEventLiveDataResponse]:
    """Get Event Live Data

    Get live data for an event by its event ticker. Serves event-keyed live data such as crypto price
    charts, commodity price timeseries, and weather observations. The `type` field in the response names
    the schema of the `details` object.

    GET /live_data/events/{event_ticker}

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetEventLiveDataResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        event_ticker=event_ticker,
        range_=range_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> GetEventLiveDataResponse:
    """Get Event Live Data

    Get live data for an event by its event ticker. Serves event-keyed live data such as crypto price
    charts, commodity price timeseries, and weather observations. The `type` field in the response names
    the schema of the `details` object.

    GET /live_data/events/{event_ticker}

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetEventLiveDataResponse
    """

    return (
        await asyncio_detailed(
            event_ticker=event_ticker,
            client=client,
            range_=range_,
        )
    ).parsed
