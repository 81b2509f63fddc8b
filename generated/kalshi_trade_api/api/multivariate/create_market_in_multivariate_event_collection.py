"""Create Market In Multivariate Event Collection

POST /multivariate_event_collections/{collection_ticker}

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_market_in_multivariate_event_collection_request import (
    CreateMarketInMultivariateEventCollectionRequest,
)
from ...models.create_market_in_multivariate_event_collection_response import (
    CreateMarketInMultivariateEventCollectionResponse,
)
from ...types import BadValue, Response, read_json

_OPERATION = "POST /multivariate_event_collections/{collection_ticker}"
_NEEDS_CREDENTIALS = True


def _get_kwargs(
    collection_ticker: str,
    *,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/multivariate_event_collections/{collection_ticker}".format(
            collection_ticker=quote(str(collection_ticker), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(
    response: httpx.Response,
) -> CreateMarketInMultivariateEventCollectionResponse:
    if response.status_code == 200:
        response_200 = read_json(
            CreateMarketInMultivariateEventCollectionResponse, response.content
        )
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(
        CreateMarketInMultivariateEventCollectionResponse, response.content
    )
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateMarketInMultivariateEventCollectionResponse:
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
) -> Response[CreateMarketInMultivariateEventCollectionResponse]:
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
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> Response[CreateMarketInMultivariateEventCollectionResponse]:
    """Create Market In Multivariate Event Collection

    Endpoint for creating an individual market in a multivariate event collection. This endpoint must be
    hit at least once before trading or looking up a market. Users are limited to 5000 creations per
    week.

    POST /multivariate_event_collections/{collection_ticker}

    Args:
        collection_ticker (str):
        body (CreateMarketInMultivariateEventCollectionRequest):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[CreateMarketInMultivariateEventCollectionResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        collection_ticker=collection_ticker,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> CreateMarketInMultivariateEventCollectionResponse:
    """Create Market In Multivariate Event Collection

    Endpoint for creating an individual market in a multivariate event collection. This endpoint must be
    hit at least once before trading or looking up a market. Users are limited to 5000 creations per
    week.

    POST /multivariate_event_collections/{collection_ticker}

    Args:
        collection_ticker (str):
        body (CreateMarketInMultivariateEventCollectionRequest):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        CreateMarketInMultivariateEventCollectionResponse
    """

    return sync_detailed(
        collection_ticker=collection_ticker,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> Response[CreateMarketInMultivariateEventCollectionResponse]:
    """Create Market In Multivariate Event Collection

    Endpoint for creating an individual market in a multivariate event collection. This endpoint must be
    hit at least once before trading or looking up a market. Users are limited to 5000 creations per
    week.

    POST /multivariate_event_collections/{collection_ticker}

    Args:
        collection_ticker (str):
        body (CreateMarketInMultivariateEventCollectionRequest):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[CreateMarketInMultivariateEventCollectionResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        collection_ticker=collection_ticker,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> CreateMarketInMultivariateEventCollectionResponse:
    """Create Market In Multivariate Event Collection

    Endpoint for creating an individual market in a multivariate event collection. This endpoint must be
    hit at least once before trading or looking up a market. Users are limited to 5000 creations per
    week.

    POST /multivariate_event_collections/{collection_ticker}

    Args:
        collection_ticker (str):
        body (CreateMarketInMultivariateEventCollectionRequest):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        CreateMarketInMultivariateEventCollectionResponse
    """

    return (
        await asyncio_detailed(
            collection_ticker=collection_ticker,
            client=client,
            body=body,
        )
    ).parsed
