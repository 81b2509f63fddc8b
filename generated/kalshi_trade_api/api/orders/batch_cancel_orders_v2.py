"""Batch Cancel Orders (V2)

DELETE /portfolio/events/orders/batched

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_cancel_orders_v2_request import BatchCancelOrdersV2Request
from ...models.batch_cancel_orders_v2_response import BatchCancelOrdersV2Response
from ...types import BadValue, Response, read_json

_OPERATION = "DELETE /portfolio/events/orders/batched"
_NEEDS_CREDENTIALS = True


def _get_kwargs(
    *,
    body: BatchCancelOrdersV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/events/orders/batched",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> BatchCancelOrdersV2Response:
    if response.status_code == 200:
        response_200 = read_json(BatchCancelOrdersV2Response, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(BatchCancelOrdersV2Response, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCancelOrdersV2Response:
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
) -> Response[BatchCancelOrdersV2Response]:
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
    body: BatchCancelOrdersV2Request,
) -> Response[BatchCancelOrdersV2Response]:
    """Batch Cancel Orders (V2)

    Endpoint for cancelling a batch of event-market orders using the V2 response shape. To auto-route a
    cancellation, provide its `market_ticker` and omit `exchange_index` or set it to `-1`. The maximum
    batch size scales with your tier's write budget — see [Rate Limits and
    Tiers](/getting_started/rate_limits).

    DELETE /portfolio/events/orders/batched

    Args:
        body (BatchCancelOrdersV2Request):  Example: {'orders': [{'order_id':
            '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'subaccount': 0, 'exchange_index': 0},
            {'order_id': 'a6d6010d-6d5f-40a1-a7e7-5501386bb621', 'subaccount': 0, 'exchange_index':
            0}]}.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[BatchCancelOrdersV2Response]: status, headers, raw content and the parsed model.
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
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response:
    """Batch Cancel Orders (V2)

    Endpoint for cancelling a batch of event-market orders using the V2 response shape. To auto-route a
    cancellation, provide its `market_ticker` and omit `exchange_index` or set it to `-1`. The maximum
    batch size scales with your tier's write budget — see [Rate Limits and
    Tiers](/getting_started/rate_limits).

    DELETE /portfolio/events/orders/batched

    Args:
        body (BatchCancelOrdersV2Request):  Example: {'orders': [{'order_id':
            '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'subaccount': 0, 'exchange_index': 0},
            {'order_id': 'a6d6010d-6d5f-40a1-a7e7-5501386bb621', 'subaccount': 0, 'exchange_index':
            0}]}.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        BatchCancelOrdersV2Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersV2Request,
) -> Response[BatchCancelOrdersV2Response]:
    """Batch Cancel Orders (V2)

    Endpoint for cancelling a batch of event-market orders using the V2 response shape. To auto-route a
    cancellation, provide its `market_ticker` and omit `exchange_index` or set it to `-1`. The maximum
    batch size scales with your tier's write budget — see [Rate Limits and
    Tiers](/getting_started/rate_limits).

    DELETE /portfolio/events/orders/batched

    Args:
        body (BatchCancelOrdersV2Request):  Example: {'orders': [{'order_id':
            '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'subaccount': 0, 'exchange_index': 0},
            {'order_id': 'a6d6010d-6d5f-40a1-a7e7-5501386bb621', 'subaccount': 0, 'exchange_index':
            0}]}.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[BatchCancelOrdersV2Response]: status, headers, raw content and the parsed model.
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
    body: BatchCancelOrdersV2Request,
) -> BatchCancelOrdersV2Response:
    """Batch Cancel Orders (V2)

    Endpoint for cancelling a batch of event-market orders using the V2 response shape. To auto-route a
    cancellation, provide its `market_ticker` and omit `exchange_index` or set it to `-1`. The maximum
    batch size scales with your tier's write budget — see [Rate Limits and
    Tiers](/getting_started/rate_limits).

    DELETE /portfolio/events/orders/batched

    Args:
        body (BatchCancelOrdersV2Request):  Example: {'orders': [{'order_id':
            '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'subaccount': 0, 'exchange_index': 0},
            {'order_id': 'a6d6010d-6d5f-40a1-a7e7-5501386bb621', 'subaccount': 0, 'exchange_index':
            0}]}.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        BatchCancelOrdersV2Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
