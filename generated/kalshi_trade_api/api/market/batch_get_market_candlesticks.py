"""Batch Get Market Candlesticks

GET /markets/candlesticks

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_get_market_candlesticks_response import (
    BatchGetMarketCandlesticksResponse,
)
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /markets/candlesticks"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    *,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["market_tickers"] = market_tickers
    params["start_ts"] = start_ts
    params["end_ts"] = end_ts
    params["period_interval"] = period_interval
    params["include_latest_before_start"] = include_latest_before_start
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/candlesticks",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> BatchGetMarketCandlesticksResponse:
    if response.status_code == 200:
        response_200 = read_json(BatchGetMarketCandlesticksResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(BatchGetMarketCandlesticksResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchGetMarketCandlesticksResponse:
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
) -> Response[BatchGetMarketCandlesticksResponse]:
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
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> Response[BatchGetMarketCandlesticksResponse]:
    """Batch Get Market Candlesticks

    Endpoint for retrieving candlestick data for multiple markets.

    - Accepts up to 100 market tickers per request
    - Returns up to 10,000 candlesticks total across all markets
    - Returns candlesticks grouped by market_id
    - Optionally includes a synthetic initial candlestick for price continuity (see
    `include_latest_before_start` parameter)

    GET /markets/candlesticks

    Args:
        market_tickers (str):
        start_ts (int):
        end_ts (int):
        period_interval (int):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[BatchGetMarketCandlesticksResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        market_tickers=market_tickers,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> BatchGetMarketCandlesticksResponse:
    """Batch Get Market Candlesticks

    Endpoint for retrieving candlestick data for multiple markets.

    - Accepts up to 100 market tickers per request
    - Returns up to 10,000 candlesticks total across all markets
    - Returns candlesticks grouped by market_id
    - Optionally includes a synthetic initial candlestick for price continuity (see
    `include_latest_before_start` parameter)

    GET /markets/candlesticks

    Args:
        market_tickers (str):
        start_ts (int):
        end_ts (int):
        period_interval (int):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        BatchGetMarketCandlesticksResponse
    """

    return sync_detailed(
        client=client,
        market_tickers=market_tickers,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> Response[BatchGetMarketCandlesticksResponse]:
    """Batch Get Market Candlesticks

    Endpoint for retrieving candlestick data for multiple markets.

    - Accepts up to 100 market tickers per request
    - Returns up to 10,000 candlesticks total across all markets
    - Returns candlesticks grouped by market_id
    - Optionally includes a synthetic initial candlestick for price continuity (see
    `include_latest_before_start` parameter)

    GET /markets/candlesticks

    Args:
        market_tickers (str):
        start_ts (int):
        end_ts (int):
        period_interval (int):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[BatchGetMarketCandlesticksResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        market_tickers=market_tickers,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = False,
) -> BatchGetMarketCandlesticksResponse:
    """Batch Get Market Candlesticks

    Endpoint for retrieving candlestick data for multiple markets.

    - Accepts up to 100 market tickers per request
    - Returns up to 10,000 candlesticks total across all markets
    - Returns candlesticks grouped by market_id
    - Optionally includes a synthetic initial candlestick for price continuity (see
    `include_latest_before_start` parameter)

    GET /markets/candlesticks

    Args:
        market_tickers (str):
        start_ts (int):
        end_ts (int):
        period_interval (int):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        BatchGetMarketCandlesticksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            market_tickers=market_tickers,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        )
    ).parsed
