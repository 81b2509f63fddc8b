from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.propose_block_trade_request_maker_side import (
    PROPOSE_BLOCK_TRADE_REQUEST_MAKER_SIDE_VALUES,
    ProposeBlockTradeRequestMakerSide,
    check_propose_block_trade_request_maker_side,
)
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    record_deviation,
)

T = TypeVar("T", bound="ProposeBlockTradeRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class ProposeBlockTradeRequest:
    """Attributes:
    buyer_user_id (str): User ID of the buyer
    seller_user_id (str): User ID of the seller
    market_ticker (str): The ticker of the market for this block trade
    price_centi_cents (int): Price in centi-cents
    centicount (int): Number of contracts in centicounts
    maker_side (ProposeBlockTradeRequestMakerSide): The maker side of the trade
    expiration_ts (datetime.datetime): Expiration time of the proposal
    buyer_subtrader_id (str | Unset): Subtrader ID of the buyer. Provide either this or buyer_subaccount, not both.
    buyer_subaccount (int | Unset): User-managed subaccount number of the buyer (0 for primary, 1-63 for numbered
        subaccounts). Provide either this or buyer_subtrader_id, not both.
    seller_subtrader_id (str | Unset): Subtrader ID of the seller. Provide either this or seller_subaccount, not
        both.
    seller_subaccount (int | Unset): User-managed subaccount number of the seller (0 for primary, 1-63 for numbered
        subaccounts). Provide either this or seller_subtrader_id, not both.
    """

    buyer_user_id: str

    seller_user_id: str

    market_ticker: str

    price_centi_cents: int

    centicount: int

    maker_side: ProposeBlockTradeRequestMakerSide

    expiration_ts: datetime.datetime

    buyer_subtrader_id: str | Unset = UNSET

    buyer_subaccount: int | Unset = UNSET

    seller_subtrader_id: str | Unset = UNSET

    seller_subaccount: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.buyer_user_id, Unset):
            pass
        elif (
            self.buyer_user_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["buyer_user_id"] = None
        else:
            field_dict["buyer_user_id"] = self.buyer_user_id
        if isinstance(self.seller_user_id, Unset):
            pass
        elif (
            self.seller_user_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["seller_user_id"] = None
        else:
            field_dict["seller_user_id"] = self.seller_user_id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.price_centi_cents, Unset):
            pass
        elif (
            self.price_centi_cents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["price_centi_cents"] = None
        else:
            field_dict["price_centi_cents"] = self.price_centi_cents
        if isinstance(self.centicount, Unset):
            pass
        elif (
            self.centicount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["centicount"] = None
        else:
            field_dict["centicount"] = self.centicount
        if isinstance(self.maker_side, Unset):
            pass
        elif (
            self.maker_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maker_side"] = None
        else:
            _maker_side: str = check_propose_block_trade_request_maker_side(
                self.maker_side, "maker_side"
            )
            field_dict["maker_side"] = _maker_side
        if isinstance(self.expiration_ts, Unset):
            pass
        elif (
            self.expiration_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["expiration_ts"] = None
        else:
            _expiration_ts = self.expiration_ts.isoformat()
            field_dict["expiration_ts"] = _expiration_ts
        if isinstance(self.buyer_subtrader_id, Unset):
            pass
        elif (
            self.buyer_subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["buyer_subtrader_id"] = None
        else:
            field_dict["buyer_subtrader_id"] = self.buyer_subtrader_id
        if isinstance(self.buyer_subaccount, Unset):
            pass
        elif (
            self.buyer_subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["buyer_subaccount"] = None
        else:
            field_dict["buyer_subaccount"] = self.buyer_subaccount
        if isinstance(self.seller_subtrader_id, Unset):
            pass
        elif (
            self.seller_subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["seller_subtrader_id"] = None
        else:
            field_dict["seller_subtrader_id"] = self.seller_subtrader_id
        if isinstance(self.seller_subaccount, Unset):
            pass
        elif (
            self.seller_subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["seller_subaccount"] = None
        else:
            field_dict["seller_subaccount"] = self.seller_subaccount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("buyer_user_id", UNSET)
            _f_buyer_user_id: Any
            if type(_v) is str:
                _f_buyer_user_id = _v

            elif _v is UNSET:
                _f_buyer_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "buyer_user_id", "missing"
                )
            elif _v is None:
                _f_buyer_user_id = None
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "buyer_user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("buyer_user_id", "str", _v)
                _f_buyer_user_id = _v

            _v = _get("seller_user_id", UNSET)
            _f_seller_user_id: Any
            if type(_v) is str:
                _f_seller_user_id = _v

            elif _v is UNSET:
                _f_seller_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "seller_user_id", "missing"
                )
            elif _v is None:
                _f_seller_user_id = None
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "seller_user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("seller_user_id", "str", _v)
                _f_seller_user_id = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("price_centi_cents", UNSET)
            _f_price_centi_cents: Any
            if type(_v) is int:
                _f_price_centi_cents = _v

            elif _v is UNSET:
                _f_price_centi_cents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "ProposeBlockTradeRequest",
                    "price_centi_cents",
                    "missing",
                )
            elif _v is None:
                _f_price_centi_cents = None
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "price_centi_cents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("price_centi_cents", "int", _v)
                _f_price_centi_cents = _v

            _v = _get("centicount", UNSET)
            _f_centicount: Any
            if type(_v) is int:
                _f_centicount = _v

            elif _v is UNSET:
                _f_centicount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "centicount", "missing"
                )
            elif _v is None:
                _f_centicount = None
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "centicount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("centicount", "int", _v)
                _f_centicount = _v

            _v = _get("maker_side", UNSET)
            _f_maker_side: Any
            if type(_v) is str and _v in PROPOSE_BLOCK_TRADE_REQUEST_MAKER_SIDE_VALUES:
                _f_maker_side = _v

            elif _v is UNSET:
                _f_maker_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "maker_side", "missing"
                )
            elif _v is None:
                _f_maker_side = None
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "maker_side", "null"
                )
            else:
                _f_maker_side = check_propose_block_trade_request_maker_side(
                    _v, "maker_side", received=True
                )

            _v = _get("expiration_ts", UNSET)
            _f_expiration_ts: Any
            if type(_v) is str:
                try:
                    _f_expiration_ts = fromisoformat(_v)
                except ValueError:
                    _f_expiration_ts = parse_datetime(_v, "expiration_ts")

            elif _v is UNSET:
                _f_expiration_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "expiration_ts", "missing"
                )
            elif _v is None:
                _f_expiration_ts = None
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "expiration_ts", "null"
                )
            else:
                _f_expiration_ts = parse_datetime(_v, "expiration_ts")

            _v = _get("buyer_subtrader_id", UNSET)
            _f_buyer_subtrader_id: Any
            if type(_v) is str:
                _f_buyer_subtrader_id = _v

            elif _v is UNSET:
                _f_buyer_subtrader_id = UNSET
                _absent += 1
            elif _v is None:
                _f_buyer_subtrader_id = None
                _deviations = record_deviation(
                    _deviations,
                    "ProposeBlockTradeRequest",
                    "buyer_subtrader_id",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("buyer_subtrader_id", "str", _v)
                _f_buyer_subtrader_id = _v

            _v = _get("buyer_subaccount", UNSET)
            _f_buyer_subaccount: Any
            if type(_v) is int:
                _f_buyer_subaccount = _v

            elif _v is UNSET:
                _f_buyer_subaccount = UNSET
                _absent += 1
            elif _v is None:
                _f_buyer_subaccount = None
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "buyer_subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("buyer_subaccount", "int", _v)
                _f_buyer_subaccount = _v

            _v = _get("seller_subtrader_id", UNSET)
            _f_seller_subtrader_id: Any
            if type(_v) is str:
                _f_seller_subtrader_id = _v

            elif _v is UNSET:
                _f_seller_subtrader_id = UNSET
                _absent += 1
            elif _v is None:
                _f_seller_subtrader_id = None
                _deviations = record_deviation(
                    _deviations,
                    "ProposeBlockTradeRequest",
                    "seller_subtrader_id",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("seller_subtrader_id", "str", _v)
                _f_seller_subtrader_id = _v

            _v = _get("seller_subaccount", UNSET)
            _f_seller_subaccount: Any
            if type(_v) is int:
                _f_seller_subaccount = _v

            elif _v is UNSET:
                _f_seller_subaccount = UNSET
                _absent += 1
            elif _v is None:
                _f_seller_subaccount = None
                _deviations = record_deviation(
                    _deviations, "ProposeBlockTradeRequest", "seller_subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("seller_subaccount", "int", _v)
                _f_seller_subaccount = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        propose_block_trade_request = _new(cls)
        propose_block_trade_request.buyer_user_id = _f_buyer_user_id
        propose_block_trade_request.seller_user_id = _f_seller_user_id
        propose_block_trade_request.market_ticker = _f_market_ticker
        propose_block_trade_request.price_centi_cents = _f_price_centi_cents
        propose_block_trade_request.centicount = _f_centicount
        propose_block_trade_request.maker_side = _f_maker_side
        propose_block_trade_request.expiration_ts = _f_expiration_ts
        propose_block_trade_request.buyer_subtrader_id = _f_buyer_subtrader_id
        propose_block_trade_request.buyer_subaccount = _f_buyer_subaccount
        propose_block_trade_request.seller_subtrader_id = _f_seller_subtrader_id
        propose_block_trade_request.seller_subaccount = _f_seller_subaccount
        if len(src_dict) + _absent > 11:
            _known: set[str] = {
                "buyer_user_id",
                "seller_user_id",
                "market_ticker",
                "price_centi_cents",
                "centicount",
                "maker_side",
                "expiration_ts",
                "buyer_subtrader_id",
                "buyer_subaccount",
                "seller_subtrader_id",
                "seller_subaccount",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            propose_block_trade_request.additional_properties = _extra_found
        else:
            propose_block_trade_request.additional_properties = {}
        propose_block_trade_request._deviations = _deviations
        return propose_block_trade_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("buyer_user_id", "buyer_user_id", str, True, None),
            ("seller_user_id", "seller_user_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("price_centi_cents", "price_centi_cents", int, True, None),
            ("centicount", "centicount", int, True, None),
            ("maker_side", "maker_side", str, True, None),
            ("expiration_ts", "expiration_ts", str, True, None),
            ("buyer_subtrader_id", "buyer_subtrader_id", str, False, None),
            ("buyer_subaccount", "buyer_subaccount", int, False, None),
            ("seller_subtrader_id", "seller_subtrader_id", str, False, None),
            ("seller_subaccount", "seller_subaccount", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        propose_block_trade_request = _new(cls)
        propose_block_trade_request.buyer_user_id = w.buyer_user_id
        propose_block_trade_request.seller_user_id = w.seller_user_id
        propose_block_trade_request.market_ticker = w.market_ticker
        propose_block_trade_request.price_centi_cents = w.price_centi_cents
        propose_block_trade_request.centicount = w.centicount
        propose_block_trade_request.maker_side = (
            w.maker_side
            if w.maker_side in PROPOSE_BLOCK_TRADE_REQUEST_MAKER_SIDE_VALUES
            else check_propose_block_trade_request_maker_side(
                w.maker_side, "maker_side", received=True
            )
        )
        propose_block_trade_request.expiration_ts = fromisoformat(w.expiration_ts)
        propose_block_trade_request.buyer_subtrader_id = w.buyer_subtrader_id
        propose_block_trade_request.buyer_subaccount = w.buyer_subaccount
        propose_block_trade_request.seller_subtrader_id = w.seller_subtrader_id
        propose_block_trade_request.seller_subaccount = w.seller_subaccount
        propose_block_trade_request.additional_properties = w._extras()
        propose_block_trade_request._deviations = None
        return propose_block_trade_request

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
