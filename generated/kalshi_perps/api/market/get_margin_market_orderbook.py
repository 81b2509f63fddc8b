"""Get Market Orderbook

GET /margin/markets/{ticker}/orderbook

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.perps_client()`.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.margin_orderbook_response import MarginOrderbookResponse
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /margin/markets/{ticker}/orderbook"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    ticker: str,
    *,
    depth: int | Unset = 0,
    aggregation_tick_size: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["depth"] = depth
    params["aggregation_tick_size"] = aggregation_tick_size
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/margin/markets/{ticker}/orderbook".format(
            ticker=quote(str(ticker), safe=""),
        ),
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> MarginOrderbookResponse:
    if response.status_code == 200:
        response_200 = read_json(MarginOrderbookResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(MarginOrderbookResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarginOrderbookResponse:
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
) -> Response[MarginOrderbookResponse]:
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
    depth: int | Unset = 0,
    aggregation_tick_size: str | Unset = UNSET,
) -> Response[MarginOrderbookResponse]:
    """Get Market Orderbook

    Endpoint for getting the orderbook for a margin market.

    GET /margin/markets/{ticker}/orderbook

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.
        aggregation_tick_size (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[MarginOrderbookResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        depth=depth,
        aggregation_tick_size=aggregation_tick_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = 0,
    aggregation_tick_size: str | Unset = UNSET,
) -> MarginOrderbookResponse:
    """Get Market Orderbook

    Endpoint for getting the orderbook for a margin market.

    GET /margin/markets/{ticker}/orderbook

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.
        aggregation_tick_size (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        MarginOrderbookResponse
    """

    return sync_detailed(
        ticker=ticker,
        client=client,
        depth=depth,
        aggregation_tick_size=aggregation_tick_size,
    ).parsed


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = 0,
    aggregation_tick_size: str | Unset = UNSET,
) -> Response[MarginOrderbookResponse]:
    """Get Market Orderbook

    Endpoint for getting the orderbook for a margin market.

    GET /margin/markets/{ticker}/orderbook

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.
        aggregation_tick_size (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[MarginOrderbookResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        depth=depth,
        aggregation_tick_size=aggregation_tick_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = 0,
    aggregation_tick_size: str | Unset = UNSET,
) -> MarginOrderbookResponse:
    """Get Market Orderbook

    Endpoint for getting the orderbook for a margin market.

    GET /margin/markets/{ticker}/orderbook

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.
        aggregation_tick_size (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        MarginOrderbookResponse
    """

    return (
        await asyncio_detailed(
            ticker=ticker,
            client=client,
            depth=depth,
            aggregation_tick_size=aggregation_tick_size,
        )
    ).parsed
