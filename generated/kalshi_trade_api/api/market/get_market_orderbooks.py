"""Get Multiple Market Orderbooks

GET /markets/orderbooks

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_market_orderbooks_response import GetMarketOrderbooksResponse
from ...types import UNSET, BadValue, Response, read_json

_OPERATION = "GET /markets/orderbooks"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    *,
    tickers: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    json_tickers = tickers

    params["tickers"] = json_tickers
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/orderbooks",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetMarketOrderbooksResponse:
    if response.status_code == 200:
        response_200 = read_json(GetMarketOrderbooksResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetMarketOrderbooksResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMarketOrderbooksResponse:
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
) -> Response[GetMarketOrderbooksResponse]:
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
    tickers: list[str],
) -> Response[GetMarketOrderbooksResponse]:
    """Get Multiple Market Orderbooks

    Endpoint for getting the current order books for multiple markets in a single request. The order
    book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids
    and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X
    is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no
    ask at 93¢, with identical contract sizes. Each side shows price levels with their corresponding
    quantities and order counts, organized from best to worst prices. Returns one orderbook per
    requested market ticker.

    GET /markets/orderbooks

    Args:
        tickers (list[str]):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarketOrderbooksResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        tickers=tickers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Get Multiple Market Orderbooks

    Endpoint for getting the current order books for multiple markets in a single request. The order
    book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids
    and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X
    is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no
    ask at 93¢, with identical contract sizes. Each side shows price levels with their corresponding
    quantities and order counts, organized from best to worst prices. Returns one orderbook per
    requested market ticker.

    GET /markets/orderbooks

    Args:
        tickers (list[str]):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarketOrderbooksResponse
    """

    return sync_detailed(
        client=client,
        tickers=tickers,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> Response[GetMarketOrderbooksResponse]:
    """Get Multiple Market Orderbooks

    Endpoint for getting the current order books for multiple markets in a single request. The order
    book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids
    and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X
    is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no
    ask at 93¢, with identical contract sizes. Each side shows price levels with their corresponding
    quantities and order counts, organized from best to worst prices. Returns one orderbook per
    requested market ticker.

    GET /markets/orderbooks

    Args:
        tickers (list[str]):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetMarketOrderbooksResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        tickers=tickers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Get Multiple Market Orderbooks

    Endpoint for getting the current order books for multiple markets in a single request. The order
    book shows all active bid orders for both yes and no sides of a binary market. It returns yes bids
    and no bids only (no asks are returned). This is because in binary markets, a bid for yes at price X
    is equivalent to an ask for no at price (100-X). For example, a yes bid at 7¢ is the same as a no
    ask at 93¢, with identical contract sizes. Each side shows price levels with their corresponding
    quantities and order counts, organized from best to worst prices. Returns one orderbook per
    requested market ticker.

    GET /markets/orderbooks

    Args:
        tickers (list[str]):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetMarketOrderbooksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            tickers=tickers,
        )
    ).parsed
