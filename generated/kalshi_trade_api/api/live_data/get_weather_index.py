"""Get Weather Index

GET /live_data/weather/{city}

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_weather_index_response import GetWeatherIndexResponse
from ...types import UNSET, BadValue, Response, Unset, read_json

_OPERATION = "GET /live_data/weather/{city}"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    city: str,
    *,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["from"] = from_
    params["to"] = to
    params["last_sec"] = last_sec
    params["detailed"] = detailed
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/weather/{city}".format(
            city=quote(str(city), safe=""),
        ),
    }

    if params:  # an empty params= still costs httpx a URL rebuild (~20 us)
        _kwargs["params"] = params
    return _kwargs


def _parse_success(response: httpx.Response) -> GetWeatherIndexResponse:
    if response.status_code == 200:
        response_200 = read_json(GetWeatherIndexResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetWeatherIndexResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWeatherIndexResponse:
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
) -> Response[GetWeatherIndexResponse]:
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
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[GetWeatherIndexResponse]:
    """Get Weather Index

    Get the Kalshi-computed city temperature index: the canonical minute-resolution series behind hourly
    temperature markets. City-keyed and independent of any event — the series exists whenever the city's
    index is configured. Values are Fahrenheit rounded to 0.01. Minutes where the index quorum failed
    carry no value and are never returned as points, so gaps in the series are real gaps. With
    `detailed=true` each point additionally carries every member station's reported reading and quality-
    control disposition — the pre-incorporation breakdown.

    GET /live_data/weather/{city}

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetWeatherIndexResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> GetWeatherIndexResponse:
    """Get Weather Index

    Get the Kalshi-computed city temperature index: the canonical minute-resolution series behind hourly
    temperature markets. City-keyed and independent of any event — the series exists whenever the city's
    index is configured. Values are Fahrenheit rounded to 0.01. Minutes where the index quorum failed
    carry no value and are never returned as points, so gaps in the series are real gaps. With
    `detailed=true` each point additionally carries every member station's reported reading and quality-
    control disposition — the pre-incorporation breakdown.

    GET /live_data/weather/{city}

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetWeatherIndexResponse
    """

    return sync_detailed(
        city=city,
        client=client,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    ).parsed


async def asyncio_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[GetWeatherIndexResponse]:
    """Get Weather Index

    Get the Kalshi-computed city temperature index: the canonical minute-resolution series behind hourly
    temperature markets. City-keyed and independent of any event — the series exists whenever the city's
    index is configured. Values are Fahrenheit rounded to 0.01. Minutes where the index quorum failed
    carry no value and are never returned as points, so gaps in the series are real gaps. With
    `detailed=true` each point additionally carries every member station's reported reading and quality-
    control disposition — the pre-incorporation breakdown.

    GET /live_data/weather/{city}

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetWeatherIndexResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> GetWeatherIndexResponse:
    """Get Weather Index

    Get the Kalshi-computed city temperature index: the canonical minute-resolution series behind hourly
    temperature markets. City-keyed and independent of any event — the series exists whenever the city's
    index is configured. Values are Fahrenheit rounded to 0.01. Minutes where the index quorum failed
    carry no value and are never returned as points, so gaps in the series are real gaps. With
    `detailed=true` each point additionally carries every member station's reported reading and quality-
    control disposition — the pre-incorporation breakdown.

    GET /live_data/weather/{city}

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetWeatherIndexResponse
    """

    return (
        await asyncio_detailed(
            city=city,
            client=client,
            from_=from_,
            to=to,
            last_sec=last_sec,
            detailed=detailed,
        )
    ).parsed
