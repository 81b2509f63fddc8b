"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_response_payload import ErrorResponsePayload
    from .error_response_payload_msg import ErrorResponsePayloadMsg
    from .event_lifecycle_payload import EventLifecyclePayload
    from .event_lifecycle_payload_msg import EventLifecyclePayloadMsg
    from .event_lifecycle_payload_msg_collateral_return_type import (
        EventLifecyclePayloadMsgCollateralReturnType,
    )
    from .fill_payload import FillPayload
    from .fill_payload_msg import FillPayloadMsg
    from .list_subscriptions_command_payload import ListSubscriptionsCommandPayload
    from .list_subscriptions_response_payload import ListSubscriptionsResponsePayload
    from .list_subscriptions_response_payload_msg_item import (
        ListSubscriptionsResponsePayloadMsgItem,
    )
    from .market_lifecycle_v2_payload import MarketLifecycleV2Payload
    from .market_lifecycle_v2_payload_msg import MarketLifecycleV2PayloadMsg
    from .market_lifecycle_v2_payload_msg_additional_metadata import (
        MarketLifecycleV2PayloadMsgAdditionalMetadata,
    )
    from .market_lifecycle_v2_payload_msg_additional_metadata_custom_strike import (
        MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike,
    )
    from .market_lifecycle_v2_payload_msg_event_type import (
        MarketLifecycleV2PayloadMsgEventType,
    )
    from .market_position_payload import MarketPositionPayload
    from .market_position_payload_msg import MarketPositionPayloadMsg
    from .market_side import MarketSide
    from .multivariate_lookup_payload import MultivariateLookupPayload
    from .multivariate_lookup_payload_msg import MultivariateLookupPayloadMsg
    from .multivariate_lookup_payload_msg_selected_markets_item import (
        MultivariateLookupPayloadMsgSelectedMarketsItem,
    )
    from .ok_response_payload import OkResponsePayload
    from .ok_response_payload_msg import OkResponsePayloadMsg
    from .order_action import OrderAction
    from .order_group_updates_payload import OrderGroupUpdatesPayload
    from .order_group_updates_payload_msg import OrderGroupUpdatesPayloadMsg
    from .order_group_updates_payload_msg_event_type import (
        OrderGroupUpdatesPayloadMsgEventType,
    )
    from .orderbook_delta_payload import OrderbookDeltaPayload
    from .orderbook_delta_payload_msg import OrderbookDeltaPayloadMsg
    from .orderbook_snapshot_payload import OrderbookSnapshotPayload
    from .orderbook_snapshot_payload_msg import OrderbookSnapshotPayloadMsg
    from .quote_accepted_payload import QuoteAcceptedPayload
    from .quote_accepted_payload_msg import QuoteAcceptedPayloadMsg
    from .quote_accepted_payload_msg_accepted_side import (
        QuoteAcceptedPayloadMsgAcceptedSide,
    )
    from .quote_created_payload import QuoteCreatedPayload
    from .quote_created_payload_msg import QuoteCreatedPayloadMsg
    from .quote_executed_payload import QuoteExecutedPayload
    from .quote_executed_payload_msg import QuoteExecutedPayloadMsg
    from .rfq_created_payload import RfqCreatedPayload
    from .rfq_created_payload_msg import RfqCreatedPayloadMsg
    from .rfq_created_payload_msg_mve_selected_legs_item import (
        RfqCreatedPayloadMsgMveSelectedLegsItem,
    )
    from .rfq_deleted_payload import RfqDeletedPayload
    from .rfq_deleted_payload_msg import RfqDeletedPayloadMsg
    from .subscribe_command_payload import SubscribeCommandPayload
    from .subscribe_command_payload_params import SubscribeCommandPayloadParams
    from .subscribe_command_payload_params_channels_item import (
        SubscribeCommandPayloadParamsChannelsItem,
    )
    from .subscribed_response_payload import SubscribedResponsePayload
    from .subscribed_response_payload_msg import SubscribedResponsePayloadMsg
    from .ticker_payload import TickerPayload
    from .ticker_payload_msg import TickerPayloadMsg
    from .trade_payload import TradePayload
    from .trade_payload_msg import TradePayloadMsg
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
    from .user_order_payload import UserOrderPayload
    from .user_order_payload_msg import UserOrderPayloadMsg
    from .user_order_payload_msg_self_trade_prevention_type import (
        UserOrderPayloadMsgSelfTradePreventionType,
    )
    from .user_order_payload_msg_status import UserOrderPayloadMsgStatus

_MODULE_OF: dict[str, str] = {
    "SubscribeCommandPayload": ".subscribe_command_payload",
    "UnsubscribeCommandPayload": ".unsubscribe_command_payload",
    "UpdateSubscriptionCommandPayload": ".update_subscription_command_payload",
    "SubscribedResponsePayload": ".subscribed_response_payload",
    "UnsubscribedResponsePayload": ".unsubscribed_response_payload",
    "OkResponsePayload": ".ok_response_payload",
    "ErrorResponsePayload": ".error_response_payload",
    "ListSubscriptionsCommandPayload": ".list_subscriptions_command_payload",
    "ListSubscriptionsResponsePayload": ".list_subscriptions_response_payload",
    "OrderbookSnapshotPayload": ".orderbook_snapshot_payload",
    "OrderbookDeltaPayload": ".orderbook_delta_payload",
    "TickerPayload": ".ticker_payload",
    "TradePayload": ".trade_payload",
    "FillPayload": ".fill_payload",
    "MarketLifecycleV2Payload": ".market_lifecycle_v2_payload",
    "EventLifecyclePayload": ".event_lifecycle_payload",
    "MultivariateLookupPayload": ".multivariate_lookup_payload",
    "MarketPositionPayload": ".market_position_payload",
    "OrderGroupUpdatesPayload": ".order_group_updates_payload",
    "UserOrderPayload": ".user_order_payload",
    "RfqCreatedPayload": ".rfq_created_payload",
    "RfqDeletedPayload": ".rfq_deleted_payload",
    "QuoteCreatedPayload": ".quote_created_payload",
    "QuoteAcceptedPayload": ".quote_accepted_payload",
    "QuoteExecutedPayload": ".quote_executed_payload",
    "SubscribeCommandPayloadParams": ".subscribe_command_payload_params",
    "UnsubscribeCommandPayloadParams": ".unsubscribe_command_payload_params",
    "UpdateSubscriptionCommandPayloadParams": ".update_subscription_command_payload_params",
    "SubscribedResponsePayloadMsg": ".subscribed_response_payload_msg",
    "OkResponsePayloadMsg": ".ok_response_payload_msg",
    "ErrorResponsePayloadMsg": ".error_response_payload_msg",
    "ListSubscriptionsResponsePayloadMsgItem": ".list_subscriptions_response_payload_msg_item",
    "OrderbookSnapshotPayloadMsg": ".orderbook_snapshot_payload_msg",
    "OrderbookDeltaPayloadMsg": ".orderbook_delta_payload_msg",
    "TickerPayloadMsg": ".ticker_payload_msg",
    "TradePayloadMsg": ".trade_payload_msg",
    "FillPayloadMsg": ".fill_payload_msg",
    "MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike": ".market_lifecycle_v2_payload_msg_additional_metadata_custom_strike",
    "MarketLifecycleV2PayloadMsgAdditionalMetadata": ".market_lifecycle_v2_payload_msg_additional_metadata",
    "MarketLifecycleV2PayloadMsg": ".market_lifecycle_v2_payload_msg",
    "EventLifecyclePayloadMsg": ".event_lifecycle_payload_msg",
    "MultivariateLookupPayloadMsgSelectedMarketsItem": ".multivariate_lookup_payload_msg_selected_markets_item",
    "MultivariateLookupPayloadMsg": ".multivariate_lookup_payload_msg",
    "MarketPositionPayloadMsg": ".market_position_payload_msg",
    "OrderGroupUpdatesPayloadMsg": ".order_group_updates_payload_msg",
    "UserOrderPayloadMsg": ".user_order_payload_msg",
    "RfqCreatedPayloadMsgMveSelectedLegsItem": ".rfq_created_payload_msg_mve_selected_legs_item",
    "RfqCreatedPayloadMsg": ".rfq_created_payload_msg",
    "RfqDeletedPayloadMsg": ".rfq_deleted_payload_msg",
    "QuoteCreatedPayloadMsg": ".quote_created_payload_msg",
    "QuoteAcceptedPayloadMsg": ".quote_accepted_payload_msg",
    "QuoteExecutedPayloadMsg": ".quote_executed_payload_msg",
    "MarketSide": ".market_side",
    "OrderAction": ".order_action",
    "SubscribeCommandPayloadParamsChannelsItem": ".subscribe_command_payload_params_channels_item",
    "UpdateSubscriptionCommandPayloadParamsAction": ".update_subscription_command_payload_params_action",
    "MarketLifecycleV2PayloadMsgEventType": ".market_lifecycle_v2_payload_msg_event_type",
    "EventLifecyclePayloadMsgCollateralReturnType": ".event_lifecycle_payload_msg_collateral_return_type",
    "OrderGroupUpdatesPayloadMsgEventType": ".order_group_updates_payload_msg_event_type",
    "UserOrderPayloadMsgStatus": ".user_order_payload_msg_status",
    "UserOrderPayloadMsgSelfTradePreventionType": ".user_order_payload_msg_self_trade_prevention_type",
    "QuoteAcceptedPayloadMsgAcceptedSide": ".quote_accepted_payload_msg_accepted_side",
}

__all__ = (
    "ErrorResponsePayload",
    "ErrorResponsePayloadMsg",
    "EventLifecyclePayload",
    "EventLifecyclePayloadMsg",
    "EventLifecyclePayloadMsgCollateralReturnType",
    "FillPayload",
    "FillPayloadMsg",
    "ListSubscriptionsCommandPayload",
    "ListSubscriptionsResponsePayload",
    "ListSubscriptionsResponsePayloadMsgItem",
    "MarketLifecycleV2Payload",
    "MarketLifecycleV2PayloadMsg",
    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
    "MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike",
    "MarketLifecycleV2PayloadMsgEventType",
    "MarketPositionPayload",
    "MarketPositionPayloadMsg",
    "MarketSide",
    "MultivariateLookupPayload",
    "MultivariateLookupPayloadMsg",
    "MultivariateLookupPayloadMsgSelectedMarketsItem",
    "OkResponsePayload",
    "OkResponsePayloadMsg",
    "OrderAction",
    "OrderbookDeltaPayload",
    "OrderbookDeltaPayloadMsg",
    "OrderbookSnapshotPayload",
    "OrderbookSnapshotPayloadMsg",
    "OrderGroupUpdatesPayload",
    "OrderGroupUpdatesPayloadMsg",
    "OrderGroupUpdatesPayloadMsgEventType",
    "QuoteAcceptedPayload",
    "QuoteAcceptedPayloadMsg",
    "QuoteAcceptedPayloadMsgAcceptedSide",
    "QuoteCreatedPayload",
    "QuoteCreatedPayloadMsg",
    "QuoteExecutedPayload",
    "QuoteExecutedPayloadMsg",
    "RfqCreatedPayload",
    "RfqCreatedPayloadMsg",
    "RfqCreatedPayloadMsgMveSelectedLegsItem",
    "RfqDeletedPayload",
    "RfqDeletedPayloadMsg",
    "SubscribeCommandPayload",
    "SubscribeCommandPayloadParams",
    "SubscribeCommandPayloadParamsChannelsItem",
    "SubscribedResponsePayload",
    "SubscribedResponsePayloadMsg",
    "TickerPayload",
    "TickerPayloadMsg",
    "TradePayload",
    "TradePayloadMsg",
    "UnsubscribeCommandPayload",
    "UnsubscribeCommandPayloadParams",
    "UnsubscribedResponsePayload",
    "UpdateSubscriptionCommandPayload",
    "UpdateSubscriptionCommandPayloadParams",
    "UpdateSubscriptionCommandPayloadParamsAction",
    "UserOrderPayload",
    "UserOrderPayloadMsg",
    "UserOrderPayloadMsgSelfTradePreventionType",
    "UserOrderPayloadMsgStatus",
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
