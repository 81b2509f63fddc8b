from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_order_groups_response import GetOrderGroupsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/order_groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetOrderGroupsResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderGroupsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetOrderGroupsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[ErrorResponse | GetOrderGroupsResponse]:
    """Get Order Groups

      Retrieves all order groups for the authenticated user.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrderGroupsResponse]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> ErrorResponse | GetOrderGroupsResponse | None:
    """Get Order Groups

      Retrieves all order groups for the authenticated user.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrderGroupsResponse
    """

    return sync_detailed(
        client=client,
        subaccount=subaccount,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[ErrorResponse | GetOrderGroupsResponse]:
    """Get Order Groups

      Retrieves all order groups for the authenticated user.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetOrderGroupsResponse]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> ErrorResponse | GetOrderGroupsResponse | None:
    """Get Order Groups

      Retrieves all order groups for the authenticated user.

    Args:
        subaccount (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetOrderGroupsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            subaccount=subaccount,
        )
    ).parsed


_parse_documented_response = _parse_response


def _parse_response(  # type: ignore[no-redef]
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetOrderGroupsResponse | None:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.KalshiSDKError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise errors.ResponseParseError(
            response.status_code,
            response.content,
            "GET /portfolio/order_groups",
            repr(exc),
        ) from exc
