"""Get FCM Subtrader Event Contract Daily Cap

GET /fcm/subtraders/event_contract_daily_cap

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_fcm_event_contract_daily_cap_response import (
    GetFCMEventContractDailyCapResponse,
)
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /fcm/subtraders/event_contract_daily_cap"
_NEEDS_CREDENTIALS = True


def _get_kwargs(
    *,
    subtrader_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["subtrader_id"] = subtrader_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/subtraders/event_contract_daily_cap",
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetFCMEventContractDailyCapResponse:
    if response.status_code == 200:
        response_200 = read_json(GetFCMEventContractDailyCapResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetFCMEventContractDailyCapResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFCMEventContractDailyCapResponse:
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
) -> Response[GetFCMEventContractDailyCapResponse]:
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
    subtrader_id: str | Unset = UNSET,
) -> Response[GetFCMEventContractDailyCapResponse]:
    """Get FCM Subtrader Event Contract Daily Cap

    Returns the event-contract daily premium cap configured for an FCM member's subtrader,
    together with its live utilization. Executed utilization is the net premium deployed by
    fills today (sells and settlements credit back); resting and pending utilization reserve
    open and in-flight orders at their full worst-case cost plus fees. Executed utilization
    resets at midnight New York time on the returned cap date; resting and pending
    reservations persist for as long as their orders remain open, including across the reset.
    Returns 404 when the subtrader has no cap configured — in that state every order placed
    through the subtrader's bound API keys is rejected.
    API keys bound to a single FCM subtrader may also call this endpoint: `subtrader_id` may be
    omitted and defaults to the key's bound subtrader, and if supplied it must equal the bound
    subtrader or the request is rejected.

    GET /fcm/subtraders/event_contract_daily_cap

    Args:
        subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetFCMEventContractDailyCapResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
) -> GetFCMEventContractDailyCapResponse:
    """Get FCM Subtrader Event Contract Daily Cap

    Returns the event-contract daily premium cap configured for an FCM member's subtrader,
    together with its live utilization. Executed utilization is the net premium deployed by
    fills today (sells and settlements credit back); resting and pending utilization reserve
    open and in-flight orders at their full worst-case cost plus fees. Executed utilization
    resets at midnight New York time on the returned cap date; resting and pending
    reservations persist for as long as their orders remain open, including across the reset.
    Returns 404 when the subtrader has no cap configured — in that state every order placed
    through the subtrader's bound API keys is rejected.
    API keys bound to a single FCM subtrader may also call this endpoint: `subtrader_id` may be
    omitted and defaults to the key's bound subtrader, and if supplied it must equal the bound
    subtrader or the request is rejected.

    GET /fcm/subtraders/event_contract_daily_cap

    Args:
        subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetFCMEventContractDailyCapResponse
    """

    return sync_detailed(
        client=client,
        subtrader_id=subtrader_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
) -> Response[GetFCMEventContractDailyCapResponse]:
    """Get FCM Subtrader Event Contract Daily Cap

    Returns the event-contract daily premium cap configured for an FCM member's subtrader,
    together with its live utilization. Executed utilization is the net premium deployed by
    fills today (sells and settlements credit back); resting and pending utilization reserve
    open and in-flight orders at their full worst-case cost plus fees. Executed utilization
    resets at midnight New York time on the returned cap date; resting and pending
    reservations persist for as long as their orders remain open, including across the reset.
    Returns 404 when the subtrader has no cap configured — in that state every order placed
    through the subtrader's bound API keys is rejected.
    API keys bound to a single FCM subtrader may also call this endpoint: `subtrader_id` may be
    omitted and defaults to the key's bound subtrader, and if supplied it must equal the bound
    subtrader or the request is rejected.

    GET /fcm/subtraders/event_contract_daily_cap

    Args:
        subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetFCMEventContractDailyCapResponse]: status, headers, raw content and the parsed model.
    """

    # A copy of this package generated elsewhere has its own AuthenticatedClient class: its
    # clients (kalshi_auth's included) are known by the token field that Client lacks.
    if not isinstance(client, AuthenticatedClient) and not hasattr(client, "token"):
        raise errors.CredentialsRequiredError(_OPERATION, client)
    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
) -> GetFCMEventContractDailyCapResponse:
    """Get FCM Subtrader Event Contract Daily Cap

    Returns the event-contract daily premium cap configured for an FCM member's subtrader,
    together with its live utilization. Executed utilization is the net premium deployed by
    fills today (sells and settlements credit back); resting and pending utilization reserve
    open and in-flight orders at their full worst-case cost plus fees. Executed utilization
    resets at midnight New York time on the returned cap date; resting and pending
    reservations persist for as long as their orders remain open, including across the reset.
    Returns 404 when the subtrader has no cap configured — in that state every order placed
    through the subtrader's bound API keys is rejected.
    API keys bound to a single FCM subtrader may also call this endpoint: `subtrader_id` may be
    omitted and defaults to the key's bound subtrader, and if supplied it must equal the bound
    subtrader or the request is rejected.

    GET /fcm/subtraders/event_contract_daily_cap

    Args:
        subtrader_id (str | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetFCMEventContractDailyCapResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            subtrader_id=subtrader_id,
        )
    ).parsed
