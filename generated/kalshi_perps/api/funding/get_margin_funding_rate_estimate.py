"""Get Funding Rate Estimate

GET /margin/funding_rates/estimate

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.perps_client()`.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_margin_funding_rate_estimate_response import (
    GetMarginFundingRateEstimateResponse,
)
from ...types import UNSET, BadValue, Response, read_json

_OPERATION = "GET /margin/funding_rates/estimate"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    *,
    ticker: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["ticker"] = ticker
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/funding_rates/estimate",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetMarginFundingRateEstimateResponse:
    if response.status_code == 200:
        response_200 = read_json(GetMarginFundingRateEstimateResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetMarginFundingRateEstimateResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMarginFundingRateEstimateResponse:
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
) -> Response[GetMarginFundingRateEstimateResponse]:
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
    ticker: str,
) -> Response[GetMarginFundingRateEstimateResponse]:
    """Get Funding Rate Estimate

    Returns the estimated funding rate for the current, in-progress funding period. The value is a time-
    weighted average of the premium index computed over `[last_funding_time, now)`, so it continues to
    move as new data accumulates through the window and is only finalized at `next_funding_time`.

    GET /margin/funding_rates/estimate

    Args:
        ticker (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarginFundingRateEstimateResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        ticker=ticker,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
) -> GetMarginFundingRateEstimateResponse:
    """Get Funding Rate Estimate

    Returns the estimated funding rate for the current, in-progress funding period. The value is a time-
    weighted average of the premium index computed over `[last_funding_time, now)`, so it continues to
    move as new data accumulates through the window and is only finalized at `next_funding_time`.

    GET /margin/funding_rates/estimate

    Args:
        ticker (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarginFundingRateEstimateResponse
    """

    return sync_detailed(
        client=client,
        ticker=ticker,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
) -> Response[GetMarginFundingRateEstimateResponse]:
    """Get Funding Rate Estimate

    Returns the estimated funding rate for the current, in-progress funding period. The value is a time-
    weighted average of the premium index computed over `[last_funding_time, now)`, so it continues to
    move as new data accumulates through the window and is only finalized at `next_funding_time`.

    GET /margin/funding_rates/estimate

    Args:
        ticker (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarginFundingRateEstimateResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        ticker=ticker,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ticker: str,
) -> GetMarginFundingRateEstimateResponse:
    """Get Funding Rate Estimate

    Returns the estimated funding rate for the current, in-progress funding period. The value is a time-
    weighted average of the premium index computed over `[last_funding_time, now)`, so it continues to
    move as new data accumulates through the window and is only finalized at `next_funding_time`.

    GET /margin/funding_rates/estimate

    Args:
        ticker (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarginFundingRateEstimateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticker=ticker,
        )
    ).parsed
