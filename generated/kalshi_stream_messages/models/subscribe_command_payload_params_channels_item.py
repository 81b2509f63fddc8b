from enum import Enum


class SubscribeCommandPayloadParamsChannelsItem(str, Enum):
    COMMUNICATIONS = "communications"
    FILL = "fill"
    MARKET_LIFECYCLE_V2 = "market_lifecycle_v2"
    MARKET_POSITIONS = "market_positions"
    MULTIVARIATE = "multivariate"
    ORDERBOOK_DELTA = "orderbook_delta"
    ORDER_GROUP_UPDATES = "order_group_updates"
    TICKER = "ticker"
    TRADE = "trade"
    USER_ORDERS = "user_orders"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "SubscribeCommandPayloadParamsChannelsItem | None":
        # Unknown to this client (added upstream later): keep the raw value.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
