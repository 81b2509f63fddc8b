"""Create Order (V2)

POST /portfolio/events/orders

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_order_v2_request import CreateOrderV2Request
from ...models.create_order_v2_response import CreateOrderV2Response
from ...types import (
    CLIENT_ORDER_IDS,
    BadValue,
    Response,
    client_order_ids,
    read_json,
    sent_client_order_ids,
)

_OPERATION = "POST /portfolio/events/orders"
_NEEDS_CREDENTIALS = True


def _get_kwargs(
    *,
    body: CreateOrderV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders",
    }

    _kwargs["json"] = body.to_dict()

    # Every order gets a client_order_id (a fresh UUID where none was given), the same on every attempt.
    _kwargs["extensions"] = {CLIENT_ORDER_IDS: client_order_ids(_kwargs["json"], None)}
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> CreateOrderV2Response:
    if response.status_code == 201:
        response_201 = read_json(CreateOrderV2Response, response.content)
        return response_201

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_201 = read_json(CreateOrderV2Response, response.content)
    return response_201


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateOrderV2Response:
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
) -> Response[CreateOrderV2Response]:
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
    body: CreateOrderV2Request,
) -> Response[CreateOrderV2Response]:
    """Create Order (V2)

    Endpoint for submitting event-market orders using the V2 request/response shape (single-book
    `bid`/`ask` side and fixed-point dollar prices). The legacy `/portfolio/orders` endpoint will be
    deprecated no earlier than May 6, 2026 — clients should migrate to this path.

    POST /portfolio/events/orders

    Args:
        body (CreateOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count': '10.00', 'price':
            '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'post_only': False, 'cancel_order_on_pause': False, 'reduce_only':
            False, 'subaccount': 0, 'exchange_index': 0}.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[CreateOrderV2Response]: status, headers, raw content and the parsed model.
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
    body: CreateOrderV2Request,
) -> CreateOrderV2Response:
    """Create Order (V2)

    Endpoint for submitting event-market orders using the V2 request/response shape (single-book
    `bid`/`ask` side and fixed-point dollar prices). The legacy `/portfolio/orders` endpoint will be
    deprecated no earlier than May 6, 2026 — clients should migrate to this path.

    POST /portfolio/events/orders

    Args:
        body (CreateOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count': '10.00', 'price':
            '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'post_only': False, 'cancel_order_on_pause': False, 'reduce_only':
            False, 'subaccount': 0, 'exchange_index': 0}.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        CreateOrderV2Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderV2Request,
) -> Response[CreateOrderV2Response]:
    """Create Order (V2)

    Endpoint for submitting event-market orders using the V2 request/response shape (single-book
    `bid`/`ask` side and fixed-point dollar prices). The legacy `/portfolio/orders` endpoint will be
    deprecated no earlier than May 6, 2026 — clients should migrate to this path.

    POST /portfolio/events/orders

    Args:
        body (CreateOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count': '10.00', 'price':
            '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'post_only': False, 'cancel_order_on_pause': False, 'reduce_only':
            False, 'subaccount': 0, 'exchange_index': 0}.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[CreateOrderV2Response]: status, headers, raw content and the parsed model.
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
    body: CreateOrderV2Request,
) -> CreateOrderV2Response:
    """Create Order (V2)

    Endpoint for submitting event-market orders using the V2 request/response shape (single-book
    `bid`/`ask` side and fixed-point dollar prices). The legacy `/portfolio/orders` endpoint will be
    deprecated no earlier than May 6, 2026 — clients should migrate to this path.

    POST /portfolio/events/orders

    Args:
        body (CreateOrderV2Request):  Example: {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid', 'count': '10.00', 'price':
            '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'post_only': False, 'cancel_order_on_pause': False, 'reduce_only':
            False, 'subaccount': 0, 'exchange_index': 0}.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        CreateOrderV2Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
