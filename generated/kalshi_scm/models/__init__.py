"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .get_active_margin_obligation_response import GetActiveMarginObligationResponse
    from .get_guaranty_fund_balance_response import GetGuarantyFundBalanceResponse
    from .get_large_trader_positions_response import GetLargeTraderPositionsResponse
    from .get_large_trader_positions_response_positions_item import (
        GetLargeTraderPositionsResponsePositionsItem,
    )
    from .get_margin_reports_response import GetMarginReportsResponse
    from .get_obligation_history_response import GetObligationHistoryResponse
    from .get_settlement_balance_history_response import (
        GetSettlementBalanceHistoryResponse,
    )
    from .get_settlement_balance_response import GetSettlementBalanceResponse
    from .get_settlement_balance_withdrawal_response import (
        GetSettlementBalanceWithdrawalResponse,
    )
    from .get_settlement_balance_withdrawal_response_status import (
        GetSettlementBalanceWithdrawalResponseStatus,
    )
    from .get_settlement_estimate_response import GetSettlementEstimateResponse
    from .get_settlement_estimate_response_subtrader_breakdowns import (
        GetSettlementEstimateResponseSubtraderBreakdowns,
    )
    from .maintenance_margin_detail import MaintenanceMarginDetail
    from .margin_report import MarginReport
    from .margin_report_report_type import MarginReportReportType
    from .obligation_entry import ObligationEntry
    from .obligation_info import ObligationInfo
    from .obligation_receive_info import ObligationReceiveInfo
    from .settlement_balance_history_entry import SettlementBalanceHistoryEntry
    from .settlement_detail import SettlementDetail
    from .settlement_estimate import SettlementEstimate
    from .withdraw_settlement_balance_request import WithdrawSettlementBalanceRequest
    from .withdraw_settlement_balance_response import WithdrawSettlementBalanceResponse

_MODULE_OF: dict[str, str] = {
    "Error": ".error",
    "MarginReport": ".margin_report",
    "GetMarginReportsResponse": ".get_margin_reports_response",
    "ObligationInfo": ".obligation_info",
    "ObligationReceiveInfo": ".obligation_receive_info",
    "SettlementDetail": ".settlement_detail",
    "MaintenanceMarginDetail": ".maintenance_margin_detail",
    "ObligationEntry": ".obligation_entry",
    "GetActiveMarginObligationResponse": ".get_active_margin_obligation_response",
    "GetLargeTraderPositionsResponse": ".get_large_trader_positions_response",
    "GetObligationHistoryResponse": ".get_obligation_history_response",
    "SettlementEstimate": ".settlement_estimate",
    "GetSettlementEstimateResponse": ".get_settlement_estimate_response",
    "GetSettlementBalanceResponse": ".get_settlement_balance_response",
    "GetGuarantyFundBalanceResponse": ".get_guaranty_fund_balance_response",
    "GetSettlementBalanceWithdrawalResponse": ".get_settlement_balance_withdrawal_response",
    "WithdrawSettlementBalanceRequest": ".withdraw_settlement_balance_request",
    "WithdrawSettlementBalanceResponse": ".withdraw_settlement_balance_response",
    "SettlementBalanceHistoryEntry": ".settlement_balance_history_entry",
    "GetSettlementBalanceHistoryResponse": ".get_settlement_balance_history_response",
    "GetLargeTraderPositionsResponsePositionsItem": ".get_large_trader_positions_response_positions_item",
    "GetSettlementEstimateResponseSubtraderBreakdowns": ".get_settlement_estimate_response_subtrader_breakdowns",
    "MarginReportReportType": ".margin_report_report_type",
    "GetSettlementBalanceWithdrawalResponseStatus": ".get_settlement_balance_withdrawal_response_status",
}

__all__ = (
    "Error",
    "GetActiveMarginObligationResponse",
    "GetGuarantyFundBalanceResponse",
    "GetLargeTraderPositionsResponse",
    "GetLargeTraderPositionsResponsePositionsItem",
    "GetMarginReportsResponse",
    "GetObligationHistoryResponse",
    "GetSettlementBalanceHistoryResponse",
    "GetSettlementBalanceResponse",
    "GetSettlementBalanceWithdrawalResponse",
    "GetSettlementBalanceWithdrawalResponseStatus",
    "GetSettlementEstimateResponse",
    "GetSettlementEstimateResponseSubtraderBreakdowns",
    "MaintenanceMarginDetail",
    "MarginReport",
    "MarginReportReportType",
    "ObligationEntry",
    "ObligationInfo",
    "ObligationReceiveInfo",
    "SettlementBalanceHistoryEntry",
    "SettlementDetail",
    "SettlementEstimate",
    "WithdrawSettlementBalanceRequest",
    "WithdrawSettlementBalanceResponse",
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
