from enum import Enum


class MarketLifecycleV2PayloadMsgEventType(str, Enum):
    ACTIVATED = "activated"
    CLOSE_DATE_UPDATED = "close_date_updated"
    CREATED = "created"
    DEACTIVATED = "deactivated"
    DETERMINED = "determined"
    SETTLED = "settled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MarketLifecycleV2PayloadMsgEventType | None":
        # Unknown to this client (added upstream later): keep the raw value.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
