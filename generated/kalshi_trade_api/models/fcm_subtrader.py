from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="FCMSubtrader")


@_attrs_define(repr=False)
class FCMSubtrader:
    """Attributes:
    subtrader_id (str): Full subtrader identifier owned by the authenticated FCM.
    exchange_indices (list[int]): Exchange indices where this subtrader has been observed.
    trading_blocked (bool): Effective trading block, including firm-wide and Kalshi restrictions.
    fcm_trading_blocked (bool): Whether an FCM-owned per-subtrader trading block is configured.
    propagation_pending (bool): Whether a configured per-subtrader block is awaiting engine application.
    """

    subtrader_id: str
    exchange_indices: list[int]
    trading_blocked: bool
    fcm_trading_blocked: bool
    propagation_pending: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        subtrader_id = self.subtrader_id
        field_dict["subtrader_id"] = subtrader_id
        exchange_indices = self.exchange_indices

        field_dict["exchange_indices"] = exchange_indices
        trading_blocked = self.trading_blocked
        field_dict["trading_blocked"] = trading_blocked
        fcm_trading_blocked = self.fcm_trading_blocked
        field_dict["fcm_trading_blocked"] = fcm_trading_blocked
        propagation_pending = self.propagation_pending
        field_dict["propagation_pending"] = propagation_pending
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id")
        exchange_indices = cast(list[int], d.pop("exchange_indices"))

        trading_blocked = d.pop("trading_blocked")
        fcm_trading_blocked = d.pop("fcm_trading_blocked")
        propagation_pending = d.pop("propagation_pending")
        fcm_subtrader = cls(
            subtrader_id=subtrader_id,
            exchange_indices=exchange_indices,
            trading_blocked=trading_blocked,
            fcm_trading_blocked=fcm_trading_blocked,
            propagation_pending=propagation_pending,
        )
        fcm_subtrader.additional_properties = d
        return fcm_subtrader

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
