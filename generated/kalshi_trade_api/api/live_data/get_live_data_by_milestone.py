"""Get Live Data

GET /live_data/milestone/{milestone_id}

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_live_data_response import GetLiveDataResponse
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /live_data/milestone/{milestone_id}"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    milestone_id: str,
    *,
    include_player_stats: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["include_player_stats"] = include_player_stats
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/milestone/{milestone_id}".format(
            milestone_id=quote(str(milestone_id), safe=""),
        ),
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetLiveDataResponse:
    if response.status_code == 200:
        response_200 = read_json(GetLiveDataResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetLiveDataResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetLiveDataResponse:
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
) -> Response[GetLiveDataResponse]:
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
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> Response[GetLiveDataResponse]:
    """Get Live Data

    Get live data for a specific milestone.

    GET /live_data/milestone/{milestone_id}

    Args:
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetLiveDataResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> GetLiveDataResponse:
    """Get Live Data

    Get live data for a specific milestone.

    GET /live_data/milestone/{milestone_id}

    Args:
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetLiveDataResponse
    """

    return sync_detailed(
        milestone_id=milestone_id,
        client=client,
        include_player_stats=include_player_stats,
    ).parsed


async def asyncio_detailed(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> Response[GetLiveDataResponse]:
    """Get Live Data

    Get live data for a specific milestone.

    GET /live_data/milestone/{milestone_id}

    Args:
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetLiveDataResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> GetLiveDataResponse:
    """Get Live Data

    Get live data for a specific milestone.

    GET /live_data/milestone/{milestone_id}

    Args:
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetLiveDataResponse
    """

    return (
        await asyncio_detailed(
            milestone_id=milestone_id,
            client=client,
            include_player_stats=include_player_stats,
        )
    ).parsed
