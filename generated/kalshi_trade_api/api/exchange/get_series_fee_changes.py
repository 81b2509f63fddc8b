"""Get Series Fee Changes

GET /series/fee_changes

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_series_fee_changes_response import GetSeriesFeeChangesResponse
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /series/fee_changes"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    *,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["series_ticker"] = series_ticker
    params["show_historical"] = show_historical
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/fee_changes",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetSeriesFeeChangesResponse:
    if response.status_code == 200:
        response_200 = read_json(GetSeriesFeeChangesResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetSeriesFeeChangesResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSeriesFeeChangesResponse:
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
) -> Response[GetSeriesFeeChangesResponse]:
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
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> Response[GetSeriesFeeChangesResponse]:
    """Get Series Fee Changes

    GET /series/fee_changes

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetSeriesFeeChangesResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> GetSeriesFeeChangesResponse:
    """Get Series Fee Changes

    GET /series/fee_changes

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetSeriesFeeChangesResponse
    """

    return sync_detailed(
        client=client,
        series_ticker=series_ticker,
        show_historical=show_historical,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> Response[GetSeriesFeeChangesResponse]:
    """Get Series Fee Changes

    GET /series/fee_changes

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetSeriesFeeChangesResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> GetSeriesFeeChangesResponse:
    """Get Series Fee Changes

    GET /series/fee_changes

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetSeriesFeeChangesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            series_ticker=series_ticker,
            show_historical=show_historical,
        )
    ).parsed
