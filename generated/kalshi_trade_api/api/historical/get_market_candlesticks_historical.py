"""Get Historical Market Candlesticks

GET /historical/markets/{ticker}/candlesticks

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_market_candlesticks_historical_period_interval import (
    GetMarketCandlesticksHistoricalPeriodInterval,
    check_get_market_candlesticks_historical_period_interval,
)
from ...models.get_market_candlesticks_historical_response import (
    GetMarketCandlesticksHistoricalResponse,
)
from ...types import UNSET, BadValue, Response, read_json

_OPERATION = "GET /historical/markets/{ticker}/candlesticks"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["start_ts"] = start_ts
    params["end_ts"] = end_ts
    json_period_interval: int = (
        check_get_market_candlesticks_historical_period_interval(
            period_interval, "period_interval"
        )
    )
    params["period_interval"] = json_period_interval
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/markets/{ticker}/candlesticks".format(
            ticker=quote(str(ticker), safe=""),
        ),
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetMarketCandlesticksHistoricalResponse:
    if response.status_code == 200:
        response_200 = read_json(
            GetMarketCandlesticksHistoricalResponse, response.content
        )
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetMarketCandlesticksHistoricalResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMarketCandlesticksHistoricalResponse:
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
) -> Response[GetMarketCandlesticksHistoricalResponse]:
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
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    """Get Historical Market Candlesticks

     Endpoint for fetching historical candlestick data for markets that have been archived from the live
    data set. Time period length of each candlestick in minutes. Valid values: 1 (1 minute), 60 (1
    hour), 1440 (1 day).

    GET /historical/markets/{ticker}/candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarketCandlesticksHistoricalResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
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
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> GetMarketCandlesticksHistoricalResponse:
    """Get Historical Market Candlesticks

     Endpoint for fetching historical candlestick data for markets that have been archived from the live
    data set. Time period length of each candlestick in minutes. Valid values: 1 (1 minute), 60 (1
    hour), 1440 (1 day).

    GET /historical/markets/{ticker}/candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarketCandlesticksHistoricalResponse
    """

    return sync_detailed(
        ticker=ticker,
        client=client,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    ).parsed


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    """Get Historical Market Candlesticks

     Endpoint for fetching historical candlestick data for markets that have been archived from the live
    data set. Time period length of each candlestick in minutes. Valid values: 1 (1 minute), 60 (1
    hour), 1440 (1 day).

    GET /historical/markets/{ticker}/candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarketCandlesticksHistoricalResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval,
) -> GetMarketCandlesticksHistoricalResponse:
    """Get Historical Market Candlesticks

     Endpoint for fetching historical candlestick data for markets that have been archived from the live
    data set. Time period length of each candlestick in minutes. Valid values: 1 (1 minute), 60 (1
    hour), 1440 (1 day).

    GET /historical/markets/{ticker}/candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarketCandlesticksHistoricalResponse
    """

    return (
        await asyncio_detailed(
            ticker=ticker,
            client=client,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        )
    ).parsed
