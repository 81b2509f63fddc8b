"""Get Large Trader Positions

GET /margin/large_trader_positions

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.scm_client()`.
"""

import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_large_trader_positions_response import (
    GetLargeTraderPositionsResponse,
)
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /margin/large_trader_positions"
_NEEDS_CREDENTIALS = True


def _get_kwargs(
    *,
    report_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    json_report_date: str | Unset = UNSET
    if not isinstance(report_date, Unset):
        json_report_date = report_date.isoformat()
    params["report_date"] = json_report_date
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/large_trader_positions",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetLargeTraderPositionsResponse:
    if response.status_code == 200:
        response_200 = read_json(GetLargeTraderPositionsResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetLargeTraderPositionsResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetLargeTraderPositionsResponse:
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
) -> Response[GetLargeTraderPositionsResponse]:
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
    report_date: datetime.date | Unset = UNSET,
) -> Response[GetLargeTraderPositionsResponse]:
    """Get Large Trader Positions

    Positions of the authenticated clearing member that meet the CFTC large-trader reporting levels for
    a settlement day (17 CFR 15.03(b); currently 25 contracts for crypto). Members with reportable
    positions are subject to their own CFTC Part 17 large-trader reporting obligations; this endpoint
    provides the position data needed to meet them. Empty when no positions meet the reporting levels.
    See the CFTC's Large Trader Reporting Program
    (https://www.cftc.gov/IndustryOversight/MarketSurveillance/LargeTraderReportingProgram/index.htm)
    and reporting levels at 17 CFR 15.03 (https://www.ecfr.gov/current/title-17/chapter-I/part-15).

    GET /margin/large_trader_positions

    Args:
        report_date (datetime.date | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetLargeTraderPositionsResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        report_date=report_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    report_date: datetime.date | Unset = UNSET,
) -> GetLargeTraderPositionsResponse:
    """Get Large Trader Positions

    Positions of the authenticated clearing member that meet the CFTC large-trader reporting levels for
    a settlement day (17 CFR 15.03(b); currently 25 contracts for crypto). Members with reportable
    positions are subject to their own CFTC Part 17 large-trader reporting obligations; this endpoint
    provides the position data needed to meet them. Empty when no positions meet the reporting levels.
    See the CFTC's Large Trader Reporting Program
    (https://www.cftc.gov/IndustryOversight/MarketSurveillance/LargeTraderReportingProgram/index.htm)
    and reporting levels at 17 CFR 15.03 (https://www.ecfr.gov/current/title-17/chapter-I/part-15).

    GET /margin/large_trader_positions

    Args:
        report_date (datetime.date | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetLargeTraderPositionsResponse
    """

    return sync_detailed(
        client=client,
        report_date=report_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    report_date: datetime.date | Unset = UNSET,
) -> Response[GetLargeTraderPositionsResponse]:
    """Get Large Trader Positions

    Positions of the authenticated clearing member that meet the CFTC large-trader reporting levels for
    a settlement day (17 CFR 15.03(b); currently 25 contracts for crypto). Members with reportable
    positions are subject to their own CFTC Part 17 large-trader reporting obligations; this endpoint
    provides the position data needed to meet them. Empty when no positions meet the reporting levels.
    See the CFTC's Large Trader Reporting Program
    (https://www.cftc.gov/IndustryOversight/MarketSurveillance/LargeTraderReportingProgram/index.htm)
    and reporting levels at 17 CFR 15.03 (https://www.ecfr.gov/current/title-17/chapter-I/part-15).

    GET /margin/large_trader_positions

    Args:
        report_date (datetime.date | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetLargeTraderPositionsResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        report_date=report_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    report_date: datetime.date | Unset = UNSET,
) -> GetLargeTraderPositionsResponse:
    """Get Large Trader Positions

    Positions of the authenticated clearing member that meet the CFTC large-trader reporting levels for
    a settlement day (17 CFR 15.03(b); currently 25 contracts for crypto). Members with reportable
    positions are subject to their own CFTC Part 17 large-trader reporting obligations; this endpoint
    provides the position data needed to meet them. Empty when no positions meet the reporting levels.
    See the CFTC's Large Trader Reporting Program
    (https://www.cftc.gov/IndustryOversight/MarketSurveillance/LargeTraderReportingProgram/index.htm)
    and reporting levels at 17 CFR 15.03 (https://www.ecfr.gov/current/title-17/chapter-I/part-15).

    GET /margin/large_trader_positions

    Args:
        report_date (datetime.date | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetLargeTraderPositionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            report_date=report_date,
        )
    ).parsed
