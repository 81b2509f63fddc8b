"""Get Series List

GET /series

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_series_list_response import GetSeriesListResponse
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /series"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["category"] = category
    params["tags"] = tags
    params["include_product_metadata"] = include_product_metadata
    params["include_volume"] = include_volume
    params["min_updated_ts"] = min_updated_ts
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetSeriesListResponse:
    if response.status_code == 200:
        response_200 = read_json(GetSeriesListResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetSeriesListResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSeriesListResponse:
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
) -> Response[GetSeriesListResponse]:
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
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetSeriesListResponse]:
    """Get Series List

     Endpoint for getting data about multiple series with specified filters.  A series represents a
    template for recurring events that follow the same format and rules (e.g., \"Monthly Jobs Report\",
    \"Weekly Initial Jobless Claims\", \"Daily Weather in NYC\"). This endpoint allows you to browse and
    discover available series templates by category.

    GET /series

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetSeriesListResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> GetSeriesListResponse:
    """Get Series List

     Endpoint for getting data about multiple series with specified filters.  A series represents a
    template for recurring events that follow the same format and rules (e.g., \"Monthly Jobs Report\",
    \"Weekly Initial Jobless Claims\", \"Daily Weather in NYC\"). This endpoint allows you to browse and
    discover available series templates by category.

    GET /series

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetSeriesListResponse
    """

    return sync_detailed(
        client=client,
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetSeriesListResponse]:
    """Get Series List

     Endpoint for getting data about multiple series with specified filters.  A series represents a
    template for recurring events that follow the same format and rules (e.g., \"Monthly Jobs Report\",
    \"Weekly Initial Jobless Claims\", \"Daily Weather in NYC\"). This endpoint allows you to browse and
    discover available series templates by category.

    GET /series

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetSeriesListResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> GetSeriesListResponse:
    """Get Series List

     Endpoint for getting data about multiple series with specified filters.  A series represents a
    template for recurring events that follow the same format and rules (e.g., \"Monthly Jobs Report\",
    \"Weekly Initial Jobless Claims\", \"Daily Weather in NYC\"). This endpoint allows you to browse and
    discover available series templates by category.

    GET /series

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetSeriesListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            tags=tags,
            include_product_metadata=include_product_metadata,
            include_volume=include_volume,
            min_updated_ts=min_updated_ts,
        )
    ).parsed
