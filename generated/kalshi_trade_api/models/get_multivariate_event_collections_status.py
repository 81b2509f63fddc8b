from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

GetMultivariateEventCollectionsStatus = Literal["closed", "open", "unopened"]

GET_MULTIVARIATE_EVENT_COLLECTIONS_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "closed",
        "open",
        "unopened",
    }
)


def check_get_multivariate_event_collections_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetMultivariateEventCollectionsStatus:
    if (
        isinstance(value, str)
        and value in GET_MULTIVARIATE_EVENT_COLLECTIONS_STATUS_VALUES
    ):
        return cast(GetMultivariateEventCollectionsStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(GetMultivariateEventCollectionsStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "GetMultivariateEventCollectionsStatus (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(GET_MULTIVARIATE_EVENT_COLLECTIONS_STATUS_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; GetMultivariateEventCollectionsStatus is one of: {allowed}"
    )
