"""Get Weather Index Calibrations

GET /live_data/weather/{city}/calibrations

Call styles: sync(), sync_detailed(), asyncio(), asyncio_detailed(). Pass `client=kalshi_auth.kalshi_client()`.
"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_weather_index_calibrations_response import (
    GetWeatherIndexCalibrationsResponse,
)
from ...types import BadValue, Response, read_json

_OPERATION = "GET /live_data/weather/{city}/calibrations"
_NEEDS_CREDENTIALS = False


def _get_kwargs(
    city: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/weather/{city}/calibrations".format(
            city=quote(str(city), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> GetWeatherIndexCalibrationsResponse:
    if response.status_code == 200:
        response_200 = read_json(GetWeatherIndexCalibrationsResponse, response.content)
        return response_200

    # Another 2xx than documented (the live API answers 200 where the spec says 201):
    # read it as the documented success body.
    response_200 = read_json(GetWeatherIndexCalibrationsResponse, response.content)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWeatherIndexCalibrationsResponse:
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
) -> Response[GetWeatherIndexCalibrationsResponse]:
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
) -> Response[GetWeatherIndexCalibrationsResponse]:
    """Get Weather Index Calibrations

    Get a city's published weather-index configuration timeline: the launch configuration plus every
    weekly offset calibration and methodology update, ascending by effective time. Each record carries
    the station weights, station offsets (Celsius), and the city reference used to compute index values
    from the record's effective time until the next record — everything needed to reproduce published
    index values for minutes computed under that configuration version. Offsets are re-estimated weekly
    after each complete UTC week; weights never change through calibration. The timeline is append-only
    and complete: it is never trimmed.

    GET /live_data/weather/{city}/calibrations

    Args:
        city (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetWeatherIndexCalibrationsResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        city=city,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetWeatherIndexCalibrationsResponse:
    """Get Weather Index Calibrations

    Get a city's published weather-index configuration timeline: the launch configuration plus every
    weekly offset calibration and methodology update, ascending by effective time. Each record carries
    the station weights, station offsets (Celsius), and the city reference used to compute index values
    from the record's effective time until the next record — everything needed to reproduce published
    index values for minutes computed under that configuration version. Offsets are re-estimated weekly
    after each complete UTC week; weights never change through calibration. The timeline is append-only
    and complete: it is never trimmed.

    GET /live_data/weather/{city}/calibrations

    Args:
        city (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetWeatherIndexCalibrationsResponse
    """

    return sync_detailed(
        city=city,
        client=client,
    ).parsed


async def asyncio_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetWeatherIndexCalibrationsResponse]:
    """Get Weather Index Calibrations

    Get a city's published weather-index configuration timeline: the launch configuration plus every
    weekly offset calibration and methodology update, ascending by effective time. Each record carries
    the station weights, station offsets (Celsius), and the city reference used to compute index values
    from the record's effective time until the next record — everything needed to reproduce published
    index values for minutes computed under that configuration version. Offsets are re-estimated weekly
    after each complete UTC week; weights never change through calibration. The timeline is append-only
    and complete: it is never trimmed.

    GET /live_data/weather/{city}/calibrations

    Args:
        city (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        Response[GetWeatherIndexCalibrationsResponse]: status, headers, raw content and the parsed model.
    """

    kwargs = _get_kwargs(
        city=city,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetWeatherIndexCalibrationsResponse:
    """Get Weather Index Calibrations

    Get a city's published weather-index configuration timeline: the launch configuration plus every
    weekly offset calibration and methodology update, ascending by effective time. Each record carries
    the station weights, station offsets (Celsius), and the city reference used to compute index values
    from the record's effective time until the next record — everything needed to reproduce published
    index values for minutes computed under that configuration version. Offsets are re-estimated weekly
    after each complete UTC week; weights never change through calibration. The timeline is append-only
    and complete: it is never trimmed.

    GET /live_data/weather/{city}/calibrations

    Args:
        city (str):

    Raises:
        kalshi_auth.KalshiAPIError subclasses (BadRequestError, UnauthorizedError, NotFoundError,
            RateLimitedError, ServerError, ...): the server answered an error status
            (errors.UnexpectedStatus instead when the client is not kalshi_auth's).
        errors.ResponseParseError: a 2xx body that does not match the spec (raw body kept).
        kalshi_auth.APITimeoutError, kalshi_auth.APIConnectionError: no answer, after retries.
        ValueError: an enum argument outside its allowed values, before anything is sent.

    Returns:
        GetWeatherIndexCalibrationsResponse
    """

    return (
        await asyncio_detailed(
            city=city,
            client=client,
        )
    ).parsed
