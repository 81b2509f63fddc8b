"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .book_side import BookSide
    from .error_response_payload import ErrorResponsePayload
    from .error_response_payload_msg import ErrorResponsePayloadMsg
    from .error_response_payload_msg_code import ErrorResponsePayloadMsgCode
    from .funding_rate import FundingRate
    from .last_update_reason import LastUpdateReason
    from .list_subscriptions_command_payload import ListSubscriptionsCommandPayload
    from .list_subscriptions_response_payload import ListSubscriptionsResponsePayload
    from .list_subscriptions_response_payload_msg_item import (
        ListSubscriptionsResponsePayloadMsgItem,
    )
    from .margin_fill_payload import MarginFillPayload
    from .margin_fill_payload_msg import MarginFillPayloadMsg
    from .margin_fill_payload_msg_order_source import MarginFillPayloadMsgOrderSource
    from .margin_orderbook_delta_payload import MarginOrderbookDeltaPayload
    from .margin_orderbook_delta_payload_msg import MarginOrderbookDeltaPayloadMsg
    from .margin_orderbook_snapshot_payload import MarginOrderbookSnapshotPayload
    from .margin_orderbook_snapshot_payload_msg import MarginOrderbookSnapshotPayloadMsg
    from .margin_ticker_payload import MarginTickerPayload
    from .margin_ticker_payload_msg import MarginTickerPayloadMsg
    from .margin_trade_payload import MarginTradePayload
    from .margin_trade_payload_msg import MarginTradePayloadMsg
    from .margin_user_order_payload import MarginUserOrderPayload
    from .margin_user_order_payload_msg import MarginUserOrderPayloadMsg
    from .margin_user_order_payload_msg_order_source import (
        MarginUserOrderPayloadMsgOrderSource,
    )
    from .ok_response_payload import OkResponsePayload
    from .ok_response_payload_msg import OkResponsePayloadMsg
    from .order_group_updates_payload import OrderGroupUpdatesPayload
    from .order_group_updates_payload_msg import OrderGroupUpdatesPayloadMsg
    from .order_group_updates_payload_msg_event_type import (
        OrderGroupUpdatesPayloadMsgEventType,
    )
    from .self_trade_prevention_type import SelfTradePreventionType
    from .subscribe_command_payload import SubscribeCommandPayload
    from .subscribe_command_payload_params import SubscribeCommandPayloadParams
    from .subscribe_command_payload_params_channels_item import (
        SubscribeCommandPayloadParamsChannelsItem,
    )
    from .subscribed_response_payload import SubscribedResponsePayload
    from .subscribed_response_payload_msg import SubscribedResponsePayloadMsg
    from .ticker_price import TickerPrice
    from .unsubscribe_command_payload import UnsubscribeCommandPayload
    from .unsubscribe_command_payload_params import UnsubscribeCommandPayloadParams
    from .unsubscribed_response_payload import UnsubscribedResponsePayload
    from .update_subscription_command_payload import UpdateSubscriptionCommandPayload
    from .update_subscription_command_payload_params import (
        UpdateSubscriptionCommandPayloadParams,
    )
    from .update_subscription_command_payload_params_action import (
        UpdateSubscriptionCommandPayloadParamsAction,
    )

_MODULE_OF: dict[str, str] = {
    "TickerPrice": ".ticker_price",
    "FundingRate": ".funding_rate",
    "SubscribeCommandPayload": ".subscribe_command_payload",
    "UnsubscribeCommandPayload": ".unsubscribe_command_payload",
    "UpdateSubscriptionCommandPayload": ".update_subscription_command_payload",
    "ListSubscriptionsCommandPayload": ".list_subscriptions_command_payload",
    "SubscribedResponsePayload": ".subscribed_response_payload",
    "UnsubscribedResponsePayload": ".unsubscribed_response_payload",
    "OkResponsePayload": ".ok_response_payload",
    "ListSubscriptionsResponsePayload": ".list_subscriptions_response_payload",
    "ErrorResponsePayload": ".error_response_payload",
    "MarginOrderbookSnapshotPayload": ".margin_orderbook_snapshot_payload",
    "MarginOrderbookDeltaPayload": ".margin_orderbook_delta_payload",
    "MarginTickerPayload": ".margin_ticker_payload",
    "MarginTradePayload": ".margin_trade_payload",
    "MarginFillPayload": ".margin_fill_payload",
    "MarginUserOrderPayload": ".margin_user_order_payload",
    "OrderGroupUpdatesPayload": ".order_group_updates_payload",
    "SubscribeCommandPayloadParams": ".subscribe_command_payload_params",
    "UnsubscribeCommandPayloadParams": ".unsubscribe_command_payload_params",
    "UpdateSubscriptionCommandPayloadParams": ".update_subscription_command_payload_params",
    "SubscribedResponsePayloadMsg": ".subscribed_response_payload_msg",
    "OkResponsePayloadMsg": ".ok_response_payload_msg",
    "ListSubscriptionsResponsePayloadMsgItem": ".list_subscriptions_response_payload_msg_item",
    "ErrorResponsePayloadMsg": ".error_response_payload_msg",
    "MarginOrderbookSnapshotPayloadMsg": ".margin_orderbook_snapshot_payload_msg",
    "MarginOrderbookDeltaPayloadMsg": ".margin_orderbook_delta_payload_msg",
    "MarginTickerPayloadMsg": ".margin_ticker_payload_msg",
    "MarginTradePayloadMsg": ".margin_trade_payload_msg",
    "MarginFillPayloadMsg": ".margin_fill_payload_msg",
    "MarginUserOrderPayloadMsg": ".margin_user_order_payload_msg",
    "OrderGroupUpdatesPayloadMsg": ".order_group_updates_payload_msg",
    "BookSide": ".book_side",
    "SelfTradePreventionType": ".self_trade_prevention_type",
    "LastUpdateReason": ".last_update_reason",
    "SubscribeCommandPayloadParamsChannelsItem": ".subscribe_command_payload_params_channels_item",
    "UpdateSubscriptionCommandPayloadParamsAction": ".update_subscription_command_payload_params_action",
    "ErrorResponsePayloadMsgCode": ".error_response_payload_msg_code",
    "MarginFillPayloadMsgOrderSource": ".margin_fill_payload_msg_order_source",
    "MarginUserOrderPayloadMsgOrderSource": ".margin_user_order_payload_msg_order_source",
    "OrderGroupUpdatesPayloadMsgEventType": ".order_group_updates_payload_msg_event_type",
}

__all__ = (
    "BookSide",
    "ErrorResponsePayload",
    "ErrorResponsePayloadMsg",
    "ErrorResponsePayloadMsgCode",
    "FundingRate",
    "LastUpdateReason",
    "ListSubscriptionsCommandPayload",
    "ListSubscriptionsResponsePayload",
    "ListSubscriptionsResponsePayloadMsgItem",
    "MarginFillPayload",
    "MarginFillPayloadMsg",
    "MarginFillPayloadMsgOrderSource",
    "MarginOrderbookDeltaPayload",
    "MarginOrderbookDeltaPayloadMsg",
    "MarginOrderbookSnapshotPayload",
    "MarginOrderbookSnapshotPayloadMsg",
    "MarginTickerPayload",
    "MarginTickerPayloadMsg",
    "MarginTradePayload",
    "MarginTradePayloadMsg",
    "MarginUserOrderPayload",
    "MarginUserOrderPayloadMsg",
    "MarginUserOrderPayloadMsgOrderSource",
    "OkResponsePayload",
    "OkResponsePayloadMsg",
    "OrderGroupUpdatesPayload",
    "OrderGroupUpdatesPayloadMsg",
    "OrderGroupUpdatesPayloadMsgEventType",
    "SelfTradePreventionType",
    "SubscribeCommandPayload",
    "SubscribeCommandPayloadParams",
    "SubscribeCommandPayloadParamsChannelsItem",
    "SubscribedResponsePayload",
    "SubscribedResponsePayloadMsg",
    "TickerPrice",
    "UnsubscribeCommandPayload",
    "UnsubscribeCommandPayloadParams",
    "UnsubscribedResponsePayload",
    "UpdateSubscriptionCommandPayload",
    "UpdateSubscriptionCommandPayloadParams",
    "UpdateSubscriptionCommandPayloadParamsAction",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF))
