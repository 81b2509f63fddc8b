"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .amend_margin_order_request import AmendMarginOrderRequest
    from .amend_margin_order_response import AmendMarginOrderResponse
    from .api_usage_level_grant import ApiUsageLevelGrant
    from .apply_subaccount_transfer_request import ApplySubaccountTransferRequest
    from .apply_subaccount_transfer_response import ApplySubaccountTransferResponse
    from .bid_ask_distribution_historical import BidAskDistributionHistorical
    from .book_side import BookSide
    from .bucket_limit import BucketLimit
    from .cancel_margin_order_response import CancelMarginOrderResponse
    from .create_margin_order_request import CreateMarginOrderRequest
    from .create_margin_order_request_time_in_force import (
        CreateMarginOrderRequestTimeInForce,
    )
    from .create_margin_order_response import CreateMarginOrderResponse
    from .create_order_group_request import CreateOrderGroupRequest
    from .create_order_group_response import CreateOrderGroupResponse
    from .create_subaccount_response import CreateSubaccountResponse
    from .decrease_margin_order_request import DecreaseMarginOrderRequest
    from .decrease_margin_order_response import DecreaseMarginOrderResponse
    from .empty_response import EmptyResponse
    from .error_response import ErrorResponse
    from .exchange_instance import ExchangeInstance
    from .exchange_status import ExchangeStatus
    from .get_account_api_limits_response import GetAccountApiLimitsResponse
    from .get_margin_balance_response import GetMarginBalanceResponse
    from .get_margin_fee_tiers_response import GetMarginFeeTiersResponse
    from .get_margin_fee_tiers_response_maker_fee_rates import (
        GetMarginFeeTiersResponseMakerFeeRates,
    )
    from .get_margin_fee_tiers_response_taker_fee_rates import (
        GetMarginFeeTiersResponseTakerFeeRates,
    )
    from .get_margin_fills_response import GetMarginFillsResponse
    from .get_margin_funding_history_response import GetMarginFundingHistoryResponse
    from .get_margin_funding_rate_estimate_response import (
        GetMarginFundingRateEstimateResponse,
    )
    from .get_margin_historical_funding_rates_response import (
        GetMarginHistoricalFundingRatesResponse,
    )
    from .get_margin_market_candlesticks_period_interval import (
        GetMarginMarketCandlesticksPeriodInterval,
    )
    from .get_margin_market_candlesticks_response import (
        GetMarginMarketCandlesticksResponse,
    )
    from .get_margin_markets_response import GetMarginMarketsResponse
    from .get_margin_order_response import GetMarginOrderResponse
    from .get_margin_orders_response import GetMarginOrdersResponse
    from .get_margin_positions_response import GetMarginPositionsResponse
    from .get_margin_risk_parameters_response import GetMarginRiskParametersResponse
    from .get_margin_risk_parameters_response_initial_margin_multiplier import (
        GetMarginRiskParametersResponseInitialMarginMultiplier,
    )
    from .get_margin_risk_response import GetMarginRiskResponse
    from .get_margin_trades_response import GetMarginTradesResponse
    from .get_order_group_response import GetOrderGroupResponse
    from .get_order_groups_response import GetOrderGroupsResponse
    from .intra_exchange_instance_transfer_request import (
        IntraExchangeInstanceTransferRequest,
    )
    from .intra_exchange_instance_transfer_response import (
        IntraExchangeInstanceTransferResponse,
    )
    from .last_update_reason import LastUpdateReason
    from .margin_enabled_response import MarginEnabledResponse
    from .margin_fill import MarginFill
    from .margin_funding_history_entry import MarginFundingHistoryEntry
    from .margin_funding_rate import MarginFundingRate
    from .margin_market import MarginMarket
    from .margin_market_candlestick import MarginMarketCandlestick
    from .margin_market_leverage_estimates import MarginMarketLeverageEstimates
    from .margin_market_response import MarginMarketResponse
    from .margin_market_status import MarginMarketStatus
    from .margin_order import MarginOrder
    from .margin_orderbook_count import MarginOrderbookCount
    from .margin_orderbook_response import MarginOrderbookResponse
    from .margin_position import MarginPosition
    from .margin_risk_position import MarginRiskPosition
    from .margin_subaccount_balance import MarginSubaccountBalance
    from .margin_trade import MarginTrade
    from .notional_risk_limit_response import NotionalRiskLimitResponse
    from .notional_risk_limit_response_notional_value_risk_limits_by_market_ticker import (
        NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker,
    )
    from .order_group import OrderGroup
    from .order_source import OrderSource
    from .price_distribution_historical import PriceDistributionHistorical
    from .self_trade_prevention_type import SelfTradePreventionType
    from .ticker_price import TickerPrice
    from .update_order_group_limit_request import UpdateOrderGroupLimitRequest

_MODULE_OF: dict[str, str] = {
    "ApplySubaccountTransferRequest": ".apply_subaccount_transfer_request",
    "ApplySubaccountTransferResponse": ".apply_subaccount_transfer_response",
    "CreateOrderGroupRequest": ".create_order_group_request",
    "CreateOrderGroupResponse": ".create_order_group_response",
    "CreateSubaccountResponse": ".create_subaccount_response",
    "EmptyResponse": ".empty_response",
    "ErrorResponse": ".error_response",
    "BucketLimit": ".bucket_limit",
    "GetAccountApiLimitsResponse": ".get_account_api_limits_response",
    "ApiUsageLevelGrant": ".api_usage_level_grant",
    "GetOrderGroupResponse": ".get_order_group_response",
    "GetOrderGroupsResponse": ".get_order_groups_response",
    "IntraExchangeInstanceTransferRequest": ".intra_exchange_instance_transfer_request",
    "IntraExchangeInstanceTransferResponse": ".intra_exchange_instance_transfer_response",
    "OrderGroup": ".order_group",
    "UpdateOrderGroupLimitRequest": ".update_order_group_limit_request",
    "ExchangeStatus": ".exchange_status",
    "GetMarginRiskParametersResponse": ".get_margin_risk_parameters_response",
    "CreateMarginOrderRequest": ".create_margin_order_request",
    "CreateMarginOrderResponse": ".create_margin_order_response",
    "GetMarginOrderResponse": ".get_margin_order_response",
    "GetMarginOrdersResponse": ".get_margin_orders_response",
    "MarginOrder": ".margin_order",
    "CancelMarginOrderResponse": ".cancel_margin_order_response",
    "DecreaseMarginOrderRequest": ".decrease_margin_order_request",
    "DecreaseMarginOrderResponse": ".decrease_margin_order_response",
    "AmendMarginOrderRequest": ".amend_margin_order_request",
    "AmendMarginOrderResponse": ".amend_margin_order_response",
    "MarginOrderbookCount": ".margin_orderbook_count",
    "MarginOrderbookResponse": ".margin_orderbook_response",
    "MarginMarket": ".margin_market",
    "TickerPrice": ".ticker_price",
    "MarginMarketResponse": ".margin_market_response",
    "GetMarginMarketsResponse": ".get_margin_markets_response",
    "GetMarginFillsResponse": ".get_margin_fills_response",
    "MarginFill": ".margin_fill",
    "GetMarginPositionsResponse": ".get_margin_positions_response",
    "MarginPosition": ".margin_position",
    "GetMarginTradesResponse": ".get_margin_trades_response",
    "MarginTrade": ".margin_trade",
    "MarginEnabledResponse": ".margin_enabled_response",
    "NotionalRiskLimitResponse": ".notional_risk_limit_response",
    "MarginSubaccountBalance": ".margin_subaccount_balance",
    "GetMarginBalanceResponse": ".get_margin_balance_response",
    "MarginRiskPosition": ".margin_risk_position",
    "GetMarginRiskResponse": ".get_margin_risk_response",
    "GetMarginFeeTiersResponse": ".get_margin_fee_tiers_response",
    "MarginFundingHistoryEntry": ".margin_funding_history_entry",
    "GetMarginFundingHistoryResponse": ".get_margin_funding_history_response",
    "MarginFundingRate": ".margin_funding_rate",
    "GetMarginHistoricalFundingRatesResponse": ".get_margin_historical_funding_rates_response",
    "GetMarginFundingRateEstimateResponse": ".get_margin_funding_rate_estimate_response",
    "GetMarginMarketCandlesticksResponse": ".get_margin_market_candlesticks_response",
    "MarginMarketCandlestick": ".margin_market_candlestick",
    "BidAskDistributionHistorical": ".bid_ask_distribution_historical",
    "PriceDistributionHistorical": ".price_distribution_historical",
    "GetMarginRiskParametersResponseInitialMarginMultiplier": ".get_margin_risk_parameters_response_initial_margin_multiplier",
    "MarginMarketLeverageEstimates": ".margin_market_leverage_estimates",
    "NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker": ".notional_risk_limit_response_notional_value_risk_limits_by_market_ticker",
    "GetMarginFeeTiersResponseMakerFeeRates": ".get_margin_fee_tiers_response_maker_fee_rates",
    "GetMarginFeeTiersResponseTakerFeeRates": ".get_margin_fee_tiers_response_taker_fee_rates",
    "ExchangeInstance": ".exchange_instance",
    "SelfTradePreventionType": ".self_trade_prevention_type",
    "MarginMarketStatus": ".margin_market_status",
    "OrderSource": ".order_source",
    "LastUpdateReason": ".last_update_reason",
    "BookSide": ".book_side",
    "CreateMarginOrderRequestTimeInForce": ".create_margin_order_request_time_in_force",
    "GetMarginMarketCandlesticksPeriodInterval": ".get_margin_market_candlesticks_period_interval",
}

__all__ = (
    "AmendMarginOrderRequest",
    "AmendMarginOrderResponse",
    "ApiUsageLevelGrant",
    "ApplySubaccountTransferRequest",
    "ApplySubaccountTransferResponse",
    "BidAskDistributionHistorical",
    "BookSide",
    "BucketLimit",
    "CancelMarginOrderResponse",
    "CreateMarginOrderRequest",
    "CreateMarginOrderRequestTimeInForce",
    "CreateMarginOrderResponse",
    "CreateOrderGroupRequest",
    "CreateOrderGroupResponse",
    "CreateSubaccountResponse",
    "DecreaseMarginOrderRequest",
    "DecreaseMarginOrderResponse",
    "EmptyResponse",
    "ErrorResponse",
    "ExchangeInstance",
    "ExchangeStatus",
    "GetAccountApiLimitsResponse",
    "GetMarginBalanceResponse",
    "GetMarginFeeTiersResponse",
    "GetMarginFeeTiersResponseMakerFeeRates",
    "GetMarginFeeTiersResponseTakerFeeRates",
    "GetMarginFillsResponse",
    "GetMarginFundingHistoryResponse",
    "GetMarginFundingRateEstimateResponse",
    "GetMarginHistoricalFundingRatesResponse",
    "GetMarginMarketCandlesticksPeriodInterval",
    "GetMarginMarketCandlesticksResponse",
    "GetMarginMarketsResponse",
    "GetMarginOrderResponse",
    "GetMarginOrdersResponse",
    "GetMarginPositionsResponse",
    "GetMarginRiskParametersResponse",
    "GetMarginRiskParametersResponseInitialMarginMultiplier",
    "GetMarginRiskResponse",
    "GetMarginTradesResponse",
    "GetOrderGroupResponse",
    "GetOrderGroupsResponse",
    "IntraExchangeInstanceTransferRequest",
    "IntraExchangeInstanceTransferResponse",
    "LastUpdateReason",
    "MarginEnabledResponse",
    "MarginFill",
    "MarginFundingHistoryEntry",
    "MarginFundingRate",
    "MarginMarket",
    "MarginMarketCandlestick",
    "MarginMarketLeverageEstimates",
    "MarginMarketResponse",
    "MarginMarketStatus",
    "MarginOrder",
    "MarginOrderbookCount",
    "MarginOrderbookResponse",
    "MarginPosition",
    "MarginRiskPosition",
    "MarginSubaccountBalance",
    "MarginTrade",
    "NotionalRiskLimitResponse",
    "NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker",
    "OrderGroup",
    "OrderSource",
    "PriceDistributionHistorical",
    "SelfTradePreventionType",
    "TickerPrice",
    "UpdateOrderGroupLimitRequest",
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
