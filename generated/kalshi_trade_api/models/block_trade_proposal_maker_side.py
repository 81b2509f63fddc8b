from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

BlockTradeProposalMakerSide = Literal["no", "yes"]

BLOCK_TRADE_PROPOSAL_MAKER_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_block_trade_proposal_maker_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> BlockTradeProposalMakerSide:
    if isinstance(value, str) and value in BLOCK_TRADE_PROPOSAL_MAKER_SIDE_VALUES:
        return cast(BlockTradeProposalMakerSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(BlockTradeProposalMakerSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "BlockTradeProposalMakerSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(BLOCK_TRADE_PROPOSAL_MAKER_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; BlockTradeProposalMakerSide is one of: {allowed}"
    )
