from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.block_trade_proposal import BlockTradeProposal


T = TypeVar("T", bound="GetBlockTradeProposalsResponse")


@_attrs_define(repr=False)
class GetBlockTradeProposalsResponse:
    """Attributes:
    block_trade_proposals (list[BlockTradeProposal]): List of block trade proposals
    cursor (str | Unset): Cursor for pagination to get the next page of results
    """

    block_trade_proposals: list[BlockTradeProposal]
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        block_trade_proposals = []
        for block_trade_proposals_item_data in self.block_trade_proposals:
            block_trade_proposals_item = block_trade_proposals_item_data.to_dict()
            block_trade_proposals.append(block_trade_proposals_item)

        field_dict["block_trade_proposals"] = block_trade_proposals
        cursor = self.cursor
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_trade_proposal import BlockTradeProposal

        d = dict(src_dict)
        block_trade_proposals = []
        _block_trade_proposals = d.pop("block_trade_proposals")
        for block_trade_proposals_item_data in _block_trade_proposals:
            block_trade_proposals_item = BlockTradeProposal.from_dict(
                block_trade_proposals_item_data
            )

            block_trade_proposals.append(block_trade_proposals_item)

        cursor = d.pop("cursor", UNSET)
        get_block_trade_proposals_response = cls(
            block_trade_proposals=block_trade_proposals,
            cursor=cursor,
        )
        get_block_trade_proposals_response.additional_properties = d
        return get_block_trade_proposals_response

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
