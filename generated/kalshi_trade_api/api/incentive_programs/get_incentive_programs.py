"""Get Incentives

GET /incentive_programs

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_incentive_programs_response import GetIncentiveProgramsResponse
from ...models.get_incentive_programs_status import (
    GetIncentiveProgramsStatus,
    check_get_incentive_programs_status,
)
from ...models.get_incentive_programs_type import (
    GetIncentiveProgramsType,
    check_get_incentive_programs_type,
)
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /incentive_programs"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    *,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = check_get_incentive_programs_status(status, "status")

    params["status"] = json_status
    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = check_get_incentive_programs_type(type_, "type")

    params["type"] = json_type_
    params["incentive_description"] = incentive_description
    params["limit"] = limit
    params["cursor"] = cursor
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/incentive_programs",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetIncentiveProgramsResponse:
    if response.status_code == 200:
        response_200 = read_json(GetIncentiveProgramsResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetIncentiveProgramsResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetIncentiveProgramsResponse:
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
) -> Response[GetIncentiveProgramsResponse]:
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
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Get Incentives

     List incentives with optional filters. Incentives are rewards programs for trading activity on
    specific markets.

    GET /incentive_programs

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetIncentiveProgramsResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Get Incentives

     List incentives with optional filters. Incentives are rewards programs for trading activity on
    specific markets.

    GET /incentive_programs

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetIncentiveProgramsResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Get Incentives

     List incentives with optional filters. Incentives are rewards programs for trading activity on
    specific markets.

    GET /incentive_programs

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetIncentiveProgramsResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus | Unset = UNSET,
    type_: GetIncentiveProgramsType | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Get Incentives

     List incentives with optional filters. Incentives are rewards programs for trading activity on
    specific markets.

    GET /incentive_programs

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetIncentiveProgramsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            type_=type_,
            incentive_description=incentive_description,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
