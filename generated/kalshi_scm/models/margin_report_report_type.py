from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

MarginReportReportType = Literal[
    "funding_periods",
    "market_price_snapshot",
    "position_snapshot",
    "settlement_periods",
    "trade_audit",
]

MARGIN_REPORT_REPORT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "funding_periods",
        "market_price_snapshot",
        "position_snapshot",
        "settlement_periods",
        "trade_audit",
    }
)


def check_margin_report_report_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> MarginReportReportType:
    if isinstance(value, str) and value in MARGIN_REPORT_REPORT_TYPE_VALUES:
        return cast(MarginReportReportType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarginReportReportType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "MarginReportReportType (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(MARGIN_REPORT_REPORT_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; MarginReportReportType is one of: {allowed}"
    )
