"""Create Order

POST /margin/orders

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_margin_order_request import CreateMarginOrderRequest
from ...models.create_margin_order_response import CreateMarginOrderResponse
from ...types import (
    CLIENT_ORDER_IDS,
    BadValue,
    Response,
    client_order_ids,
    read_json,
    sent_client_order_ids,
)

_OPERATION = "POST /margin/orders"
_NEEDS_CREDENTIALS = True


def _get_kwargs(
    *,
    body: CreateMarginOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/margin/orders",
    }

    _kwargs["json"] = body.to_dict()

    # Every order gets a client_order_id (a fresh UUID where none was given), the same on every attempt.
    _kwargs["extensions"] = {CLIENT_ORDER_IDS: client_order_ids(_kwargs["json"], None)}
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> CreateMarginOrderResponse:
    if response.status_code == 201:
        response_201 = read_json(CreateMarginOrderResponse, response.content)
        return response_201

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_201 = read_json(CreateMarginOrderResponse, response.content)
    return response_201


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateMarginOrderResponse:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    try:
        return _parse_success(response)
    except errors.KalshiSDKError:
        raise
    except BadValue as exc:
        raise errors.ResponseParseError(
            response.status_code,
            response.content,
            _OPERATION,
            str(exc),
            path=exc.path,
            client_order_ids=sent_client_order_ids(response),
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
            response.status_code,
            response.content,
            _OPERATION,
            repr(exc),
            client_order_ids=sent_client_order_ids(response),
        ) from exc


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateMarginOrderResponse]:
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
    body: CreateMarginOrderRequest,
) -> Response[CreateMarginOrderResponse]:
    """Create Order

    Endpoint for submitting orders in a market.

    POST /margin/orders

    Args:
        body (CreateMarginOrderRequest):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[CreateMarginOrderResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateMarginOrderRequest,
) -> CreateMarginOrderResponse:
    """Create Order

    Endpoint for submitting orders in a market.

    POST /margin/orders

    Args:
        body (CreateMarginOrderRequest):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        CreateMarginOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateMarginOrderRequest,
) -> Response[CreateMarginOrderResponse]:
    """Create Order

    Endpoint for submitting orders in a market.

    POST /margin/orders

    Args:
        body (CreateMarginOrderRequest):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[CreateMarginOrderResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateMarginOrderRequest,
) -> CreateMarginOrderResponse:
    """Create Order

    Endpoint for submitting orders in a market.

    POST /margin/orders

    Args:
        body (CreateMarginOrderRequest):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        CreateMarginOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
