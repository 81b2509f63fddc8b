from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

ProposeBlockTradeRequestMakerSide = Literal["no", "yes"]

PROPOSE_BLOCK_TRADE_REQUEST_MAKER_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_propose_block_trade_request_maker_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> ProposeBlockTradeRequestMakerSide:
    if (
        isinstance(value, str)
        and value in PROPOSE_BLOCK_TRADE_REQUEST_MAKER_SIDE_VALUES
    ):
        return cast(ProposeBlockTradeRequestMakerSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(ProposeBlockTradeRequestMakerSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "ProposeBlockTradeRequestMakerSide (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(PROPOSE_BLOCK_TRADE_REQUEST_MAKER_SIDE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; ProposeBlockTradeRequestMakerSide is one of: {allowed}"
    )
