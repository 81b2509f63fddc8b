from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateQuoteRequest")


@_attrs_define(repr=False)
class CreateQuoteRequest:
    """Attributes:
    rfq_id (str): The UUID of the RFQ to quote on. Pass the RFQ ID unchanged; malformed IDs return HTTP 400.
    yes_bid (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    no_bid (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    rest_remainder (bool): Whether to rest the remainder of the quote after execution
    post_only (bool | Unset): If true, the quote creator's resting order will be cancelled rather than crossed if it
        would take liquidity. Defaults to false.
    subaccount (int | Unset): Optional subaccount number to place the quote under (0 for primary, 1-63 for
        subaccounts)
    """

    rfq_id: str
    yes_bid: str
    no_bid: str
    rest_remainder: bool
    post_only: bool | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        rfq_id = self.rfq_id
        field_dict["rfq_id"] = rfq_id
        yes_bid = self.yes_bid
        field_dict["yes_bid"] = yes_bid
        no_bid = self.no_bid
        field_dict["no_bid"] = no_bid
        rest_remainder = self.rest_remainder
        field_dict["rest_remainder"] = rest_remainder
        post_only = self.post_only
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        subaccount = self.subaccount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rfq_id = d.pop("rfq_id")
        yes_bid = d.pop("yes_bid")
        no_bid = d.pop("no_bid")
        rest_remainder = d.pop("rest_remainder")
        post_only = d.pop("post_only", UNSET)
        subaccount = d.pop("subaccount", UNSET)
        create_quote_request = cls(
            rfq_id=rfq_id,
            yes_bid=yes_bid,
            no_bid=no_bid,
            rest_remainder=rest_remainder,
            post_only=post_only,
            subaccount=subaccount,
        )
        create_quote_request.additional_properties = d
        return create_quote_request

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
