"""Get Event Candlesticks

GET /series/{series_ticker}/events/{ticker}/candlesticks

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_event_candlesticks_response import GetEventCandlesticksResponse
from ...models.get_market_candlesticks_by_event_period_interval import (
    GetMarketCandlesticksByEventPeriodInterval,
    check_get_market_candlesticks_by_event_period_interval,
)
from ...types import UNSET, BadValue, Response, read_json

_OPERATION = "GET /series/{series_ticker}/events/{ticker}/candlesticks"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    series_ticker: str,
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksByEventPeriodInterval,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["start_ts"] = start_ts
    params["end_ts"] = end_ts
    json_period_interval: int = check_get_market_candlesticks_by_event_period_interval(
        period_interval, "period_interval"
    )
    params["period_interval"] = json_period_interval
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/{series_ticker}/events/{ticker}/candlesticks".format(
            series_ticker=quote(str(series_ticker), safe=""),
            ticker=quote(str(ticker), safe=""),
        ),
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetEventCandlesticksResponse:
    if response.status_code == 200:
        response_200 = read_json(GetEventCandlesticksResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetEventCandlesticksResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetEventCandlesticksResponse:
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
) -> Response[GetEventCandlesticksResponse]:
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
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksByEventPeriodInterval,
) -> Response[GetEventCandlesticksResponse]:
    """Get Event Candlesticks

     End-point for returning aggregated data across all markets corresponding to an event.

    GET /series/{series_ticker}/events/{ticker}/candlesticks

    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksByEventPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetEventCandlesticksResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksByEventPeriodInterval,
) -> GetEventCandlesticksResponse:
    """Get Event Candlesticks

     End-point for returning aggregated data across all markets corresponding to an event.

    GET /series/{series_ticker}/events/{ticker}/candlesticks

    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksByEventPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetEventCandlesticksResponse
    """

    return sync_detailed(
        series_ticker=series_ticker,
        ticker=ticker,
        client=client,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    ).parsed


async def asyncio_detailed(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksByEventPeriodInterval,
) -> Response[GetEventCandlesticksResponse]:
    """Get Event Candlesticks

     End-point for returning aggregated data across all markets corresponding to an event.

    GET /series/{series_ticker}/events/{ticker}/candlesticks

    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksByEventPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetEventCandlesticksResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksByEventPeriodInterval,
) -> GetEventCandlesticksResponse:
    """Get Event Candlesticks

     End-point for returning aggregated data across all markets corresponding to an event.

    GET /series/{series_ticker}/events/{ticker}/candlesticks

    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksByEventPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetEventCandlesticksResponse
    """

    return (
        await asyncio_detailed(
            series_ticker=series_ticker,
            ticker=ticker,
            client=client,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        )
    ).parsed
