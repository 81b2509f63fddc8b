"""Get Event Forecast Percentile History

GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_event_forecast_percentiles_history_period_interval import (
    GetEventForecastPercentilesHistoryPeriodInterval,
    check_get_event_forecast_percentiles_history_period_interval,
)
from ...models.get_event_forecast_percentiles_history_response import (
    GetEventForecastPercentilesHistoryResponse,
)
from ...types import UNSET, BadValue, Response, read_json

_OPERATION = "GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history"
_NEEDS_CREDENTIALS = True


def _get_kwargs(
    series_ticker: str,
    ticker: str,
    *,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    json_percentiles = percentiles

    params["percentiles"] = json_percentiles
    params["start_ts"] = start_ts
    params["end_ts"] = end_ts
    json_period_interval: int = (
        check_get_event_forecast_percentiles_history_period_interval(
            period_interval, "period_interval"
        )
    )
    params["period_interval"] = json_period_interval
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/{series_ticker}/events/{ticker}/forecast_percentile_history".format(
            series_ticker=quote(str(series_ticker), safe=""),
            ticker=quote(str(ticker), safe=""),
        ),
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(
    response: httpx.Response,
) -> GetEventForecastPercentilesHistoryResponse:
    if response.status_code == 200:
        response_200 = read_json(
            GetEventForecastPercentilesHistoryResponse, response.content
        )
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(
        GetEventForecastPercentilesHistoryResponse, response.content
    )
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetEventForecastPercentilesHistoryResponse:
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
) -> Response[GetEventForecastPercentilesHistoryResponse]:
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
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval,
) -> Response[GetEventForecastPercentilesHistoryResponse]:
    """Get Event Forecast Percentile History

    Endpoint for getting the historical raw and formatted forecast numbers for an event at specific
    percentiles.

    GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history

    Args:
        series_ticker (str):
        ticker (str):
        percentiles (list[int]):
        start_ts (int):
        end_ts (int):
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetEventForecastPercentilesHistoryResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        ticker=ticker,
        percentiles=percentiles,
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
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval,
) -> GetEventForecastPercentilesHistoryResponse:
    """Get Event Forecast Percentile History

    Endpoint for getting the historical raw and formatted forecast numbers for an event at specific
    percentiles.

    GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history

    Args:
        series_ticker (str):
        ticker (str):
        percentiles (list[int]):
        start_ts (int):
        end_ts (int):
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetEventForecastPercentilesHistoryResponse
    """

    return sync_detailed(
        series_ticker=series_ticker,
        ticker=ticker,
        client=client,
        percentiles=percentiles,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    ).parsed


async def asyncio_detailed(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval,
) -> Response[GetEventForecastPercentilesHistoryResponse]:
    """Get Event Forecast Percentile History

    Endpoint for getting the historical raw and formatted forecast numbers for an event at specific
    percentiles.

    GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history

    Args:
        series_ticker (str):
        ticker (str):
        percentiles (list[int]):
        start_ts (int):
        end_ts (int):
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetEventForecastPercentilesHistoryResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        ticker=ticker,
        percentiles=percentiles,
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
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval,
) -> GetEventForecastPercentilesHistoryResponse:
    """Get Event Forecast Percentile History

    Endpoint for getting the historical raw and formatted forecast numbers for an event at specific
    percentiles.

    GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history

    Args:
        series_ticker (str):
        ticker (str):
        percentiles (list[int]):
        start_ts (int):
        end_ts (int):
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetEventForecastPercentilesHistoryResponse
    """

    return (
        await asyncio_detailed(
            series_ticker=series_ticker,
            ticker=ticker,
            client=client,
            percentiles=percentiles,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        )
    ).parsed
