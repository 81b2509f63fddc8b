from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amend_order_request_action import (
    AmendOrderRequestAction,
    check_amend_order_request_action,
)
from ..models.amend_order_request_side import (
    AmendOrderRequestSide,
    check_amend_order_request_side,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AmendOrderRequest")


@_attrs_define(repr=False)
class AmendOrderRequest:
    """Attributes:
    ticker (str): Market ticker
    side (AmendOrderRequestSide): Side of the order
    action (AmendOrderRequestAction): Action of the order
    subaccount (int | Unset): Optional subaccount number to use for this amendment (0 for primary, 1-63 for
        subaccounts) Default: 0.
    client_order_id (str | Unset): The original client-specified order ID to be amended
    updated_client_order_id (str | Unset): The new client-specified order ID after amendment
    yes_price (int | Unset): Updated yes price for the order in cents
    no_price (int | Unset): Updated no price for the order in cents
    yes_price_dollars (str | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    no_price_dollars (str | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    count (int | Unset): Updated quantity for the order (whole contracts only). If updating quantity, provide count
        or count_fp; if both provided they must match.
    count_fp (None | str | Unset): String representation of the updated quantity for the order. If updating
        quantity, provide count or count_fp; if both provided they must match.
    exchange_index (int | Unset): Identifier for an exchange shard. Default: 0.
    """

    ticker: str
    side: AmendOrderRequestSide
    action: AmendOrderRequestAction
    subaccount: int | Unset = 0
    client_order_id: str | Unset = UNSET
    updated_client_order_id: str | Unset = UNSET
    yes_price: int | Unset = UNSET
    no_price: int | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    no_price_dollars: str | Unset = UNSET
    count: int | Unset = UNSET
    count_fp: None | str | Unset = UNSET
    exchange_index: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ticker = self.ticker
        field_dict["ticker"] = ticker
        side: str = check_amend_order_request_side(self.side, "side")
        field_dict["side"] = side
        action: str = check_amend_order_request_action(self.action, "action")
        field_dict["action"] = action
        subaccount = self.subaccount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        client_order_id = self.client_order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        updated_client_order_id = self.updated_client_order_id
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
        yes_price = self.yes_price
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        no_price = self.no_price
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        yes_price_dollars = self.yes_price_dollars
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        no_price_dollars = self.no_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        count = self.count
        if count is not UNSET:
            field_dict["count"] = count
        count_fp: None | str | Unset
        if isinstance(self.count_fp, Unset):
            count_fp = UNSET
        else:
            count_fp = self.count_fp
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        exchange_index = self.exchange_index
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")
        side = check_amend_order_request_side(d.pop("side"), "side", received=True)

        action = check_amend_order_request_action(
            d.pop("action"), "action", received=True
        )

        subaccount = d.pop("subaccount", UNSET)
        client_order_id = d.pop("client_order_id", UNSET)
        updated_client_order_id = d.pop("updated_client_order_id", UNSET)
        yes_price = d.pop("yes_price", UNSET)
        no_price = d.pop("no_price", UNSET)
        yes_price_dollars = d.pop("yes_price_dollars", UNSET)
        no_price_dollars = d.pop("no_price_dollars", UNSET)
        count = d.pop("count", UNSET)

        def _parse_count_fp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        count_fp = _parse_count_fp(d.pop("count_fp", UNSET))

        exchange_index = d.pop("exchange_index", UNSET)
        amend_order_request = cls(
            ticker=ticker,
            side=side,
            action=action,
            subaccount=subaccount,
            client_order_id=client_order_id,
            updated_client_order_id=updated_client_order_id,
            yes_price=yes_price,
            no_price=no_price,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            count=count,
            count_fp=count_fp,
            exchange_index=exchange_index,
        )
        amend_order_request.additional_properties = d
        return amend_order_request

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
