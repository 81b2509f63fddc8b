from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DecreaseOrderV2Request")


@_attrs_define(repr=False)
class DecreaseOrderV2Request:
    """Example:
        {'reduce_by': '2.00', 'exchange_index': 0}

    Attributes:
        reduce_by (None | str | Unset): String representation of the number of contracts to reduce by. Exactly one of
            `reduce_by` or `reduce_to` must be provided.
        reduce_to (None | str | Unset): String representation of the number of contracts to reduce to. Exactly one of
            `reduce_by` or `reduce_to` must be provided.
        exchange_index (int | Unset): Identifier for an exchange shard.
        market_ticker (str | Unset): Market ticker used for auto-routing when exchange_index is omitted or -1.
    """

    reduce_by: None | str | Unset = UNSET
    reduce_to: None | str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    market_ticker: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        reduce_by: None | str | Unset
        if isinstance(self.reduce_by, Unset):
            reduce_by = UNSET
        else:
            reduce_by = self.reduce_by
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        reduce_to: None | str | Unset
        if isinstance(self.reduce_to, Unset):
            reduce_to = UNSET
        else:
            reduce_to = self.reduce_to
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
        exchange_index = self.exchange_index
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        market_ticker = self.market_ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_reduce_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reduce_by = _parse_reduce_by(d.pop("reduce_by", UNSET))

        def _parse_reduce_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reduce_to = _parse_reduce_to(d.pop("reduce_to", UNSET))

        exchange_index = d.pop("exchange_index", UNSET)
        market_ticker = d.pop("market_ticker", UNSET)
        decrease_order_v2_request = cls(
            reduce_by=reduce_by,
            reduce_to=reduce_to,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        )
        decrease_order_v2_request.additional_properties = d
        return decrease_order_v2_request

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
