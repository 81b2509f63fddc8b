from typing import Literal, cast

from ..types import BadValue, UnknownIntEnumValue

GetEventForecastPercentilesHistoryPeriodInterval = Literal[0, 1, 60, 1440]

GET_EVENT_FORECAST_PERCENTILES_HISTORY_PERIOD_INTERVAL_VALUES: frozenset[int] = (
    frozenset(
        {
            0,
            1,
            60,
            1440,
        }
    )
)


def check_get_event_forecast_percentiles_history_period_interval(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetEventForecastPercentilesHistoryPeriodInterval:
    if (
        isinstance(value, int)
        and type(value) is not bool
        and value in GET_EVENT_FORECAST_PERCENTILES_HISTORY_PERIOD_INTERVAL_VALUES
    ):
        return cast(GetEventForecastPercentilesHistoryPeriodInterval, value)
    if isinstance(value, UnknownIntEnumValue) or (received and type(value) is int):
        return cast(
            GetEventForecastPercentilesHistoryPeriodInterval, UnknownIntEnumValue(value)
        )
    if received:
        raise BadValue(
            field, "GetEventForecastPercentilesHistoryPeriodInterval (int)", value
        )
    allowed = ", ".join(
        repr(v)
        for v in sorted(GET_EVENT_FORECAST_PERCENTILES_HISTORY_PERIOD_INTERVAL_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; GetEventForecastPercentilesHistoryPeriodInterval is one of: {allowed}"
    )
