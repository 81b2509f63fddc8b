from enum import Enum


class OrderGroupUpdatesPayloadMsgEventType(str, Enum):
    CREATED = "created"
    DELETED = "deleted"
    LIMIT_UPDATED = "limit_updated"
    RESET = "reset"
    TRIGGERED = "triggered"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderGroupUpdatesPayloadMsgEventType | None":
        # Unknown to this client (added upstream later): keep the raw value.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
