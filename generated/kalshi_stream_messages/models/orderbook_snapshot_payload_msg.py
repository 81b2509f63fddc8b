from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OrderbookSnapshotPayloadMsg")


@_attrs_define(repr=False)
class OrderbookSnapshotPayloadMsg:
    """Attributes:
    market_ticker (str): Unique market identifier
    market_id (UUID): Unique market UUID
    yes_dollars_fp (list[list[str]] | Unset): Optional - This key will not exist if there are no Yes offers in the
        orderbook.
        Price levels represented as [price_in_dollars, contract_count_fp].
        Format: [price_in_dollars, contract_count_fp]
    no_dollars_fp (list[list[str]] | Unset): Optional - Same format as "yes_dollars_fp" but for the NO side of the
        orderbook.
        This key will not exist if there are no No offers in the orderbook.
        Format: [price_in_dollars, contract_count_fp]
    """

    market_ticker: str
    market_id: UUID
    yes_dollars_fp: list[list[str]] | Unset = UNSET
    no_dollars_fp: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        market_id = str(self.market_id)
        field_dict["market_id"] = market_id
        yes_dollars_fp: list[list[str]] | Unset = UNSET
        if not isinstance(self.yes_dollars_fp, Unset):
            yes_dollars_fp = []
            for yes_dollars_fp_item_data in self.yes_dollars_fp:
                yes_dollars_fp_item = yes_dollars_fp_item_data

                yes_dollars_fp.append(yes_dollars_fp_item)

        if yes_dollars_fp is not UNSET:
            field_dict["yes_dollars_fp"] = yes_dollars_fp
        no_dollars_fp: list[list[str]] | Unset = UNSET
        if not isinstance(self.no_dollars_fp, Unset):
            no_dollars_fp = []
            for no_dollars_fp_item_data in self.no_dollars_fp:
                no_dollars_fp_item = no_dollars_fp_item_data

                no_dollars_fp.append(no_dollars_fp_item)

        if no_dollars_fp is not UNSET:
            field_dict["no_dollars_fp"] = no_dollars_fp
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker")
        market_id = UUID(d.pop("market_id"))

        _yes_dollars_fp = d.pop("yes_dollars_fp", UNSET)
        yes_dollars_fp: list[list[str]] | Unset = UNSET
        if _yes_dollars_fp is not UNSET:
            yes_dollars_fp = []
            for yes_dollars_fp_item_data in _yes_dollars_fp:
                yes_dollars_fp_item = cast(list[str], yes_dollars_fp_item_data)

                yes_dollars_fp.append(yes_dollars_fp_item)

        _no_dollars_fp = d.pop("no_dollars_fp", UNSET)
        no_dollars_fp: list[list[str]] | Unset = UNSET
        if _no_dollars_fp is not UNSET:
            no_dollars_fp = []
            for no_dollars_fp_item_data in _no_dollars_fp:
                no_dollars_fp_item = cast(list[str], no_dollars_fp_item_data)

                no_dollars_fp.append(no_dollars_fp_item)

        orderbook_snapshot_payload_msg = cls(
            market_ticker=market_ticker,
            market_id=market_id,
            yes_dollars_fp=yes_dollars_fp,
            no_dollars_fp=no_dollars_fp,
        )
        orderbook_snapshot_payload_msg.additional_properties = d
        return orderbook_snapshot_payload_msg

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
