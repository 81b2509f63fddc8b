from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    FIXED_POINT,
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_text,
    learn_extras,
    model_repr,
    parse_fixed_point,
    record_deviation,
    to_dollars_or_unset,
)

T = TypeVar("T", bound="RfqCreatedPayloadMsgMveSelectedLegsItem")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class RfqCreatedPayloadMsgMveSelectedLegsItem:
    """Attributes:
    event_ticker (str | Unset):
    market_ticker (str | Unset):
    side (str | Unset):
    yes_settlement_value_dollars (Decimal | Unset): Yes settlement value in dollars for the selected leg (optional)
    """

    event_ticker: str | Unset = UNSET

    market_ticker: str | Unset = UNSET

    side: str | Unset = UNSET

    yes_settlement_value_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

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
        if isinstance(self.event_ticker, Unset):
            pass
        elif (
            self.event_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_ticker"] = None
        else:
            field_dict["event_ticker"] = self.event_ticker
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.side, Unset):
            pass
        elif self.side is None:  # a null the spec does not allow, kept as received
            field_dict["side"] = None
        else:
            field_dict["side"] = self.side
        if isinstance(self.yes_settlement_value_dollars, Unset):
            pass
        elif (
            self.yes_settlement_value_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_settlement_value_dollars"] = None
        else:
            field_dict["yes_settlement_value_dollars"] = fixed_point_text(
                self.yes_settlement_value_dollars,
                "yes_settlement_value_dollars",
                counts=False,
            )
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
            _v = _get("event_ticker", UNSET)
            _f_event_ticker: Any
            if type(_v) is str:
                _f_event_ticker = _v

            elif _v is UNSET:
                _f_event_ticker = UNSET
                _absent += 1
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations,
                    "RfqCreatedPayloadMsgMveSelectedLegsItem",
                    "event_ticker",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("event_ticker", "str", _v)
                _f_event_ticker = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations,
                    "RfqCreatedPayloadMsgMveSelectedLegsItem",
                    "market_ticker",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations,
                    "RfqCreatedPayloadMsgMveSelectedLegsItem",
                    "side",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("side", "str", _v)
                _f_side = _v

            _v = _get("yes_settlement_value_dollars", UNSET)
            _f_yes_settlement_value_dollars: Any
            if type(_v) is str:
                try:
                    _f_yes_settlement_value_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_settlement_value_dollars = parse_fixed_point(
                        _v, "yes_settlement_value_dollars"
                    )

            elif _v is UNSET:
                _f_yes_settlement_value_dollars = UNSET
                _absent += 1
            elif _v is None:
                _f_yes_settlement_value_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "RfqCreatedPayloadMsgMveSelectedLegsItem",
                    "yes_settlement_value_dollars",
                    "null",
                )
            else:
                _f_yes_settlement_value_dollars = parse_fixed_point(
                    _v, "yes_settlement_value_dollars"
                )

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        rfq_created_payload_msg_mve_selected_legs_item = _new(cls)
        rfq_created_payload_msg_mve_selected_legs_item.event_ticker = _f_event_ticker
        rfq_created_payload_msg_mve_selected_legs_item.market_ticker = _f_market_ticker
        rfq_created_payload_msg_mve_selected_legs_item.side = _f_side
        rfq_created_payload_msg_mve_selected_legs_item.yes_settlement_value_dollars = (
            _f_yes_settlement_value_dollars
        )
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "event_ticker",
                "market_ticker",
                "side",
                "yes_settlement_value_dollars",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            rfq_created_payload_msg_mve_selected_legs_item.additional_properties = (
                _extra_found
            )
        else:
            rfq_created_payload_msg_mve_selected_legs_item.additional_properties = {}
        rfq_created_payload_msg_mve_selected_legs_item._deviations = _deviations
        return rfq_created_payload_msg_mve_selected_legs_item

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("event_ticker", "event_ticker", str, False, None),
            ("market_ticker", "market_ticker", str, False, None),
            ("side", "side", str, False, None),
            (
                "yes_settlement_value_dollars",
                "yes_settlement_value_dollars",
                str,
                False,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        rfq_created_payload_msg_mve_selected_legs_item = _new(cls)
        rfq_created_payload_msg_mve_selected_legs_item.event_ticker = w.event_ticker
        rfq_created_payload_msg_mve_selected_legs_item.market_ticker = w.market_ticker
        rfq_created_payload_msg_mve_selected_legs_item.side = w.side
        if w.yes_settlement_value_dollars is UNSET:
            rfq_created_payload_msg_mve_selected_legs_item.yes_settlement_value_dollars = w.yes_settlement_value_dollars
        else:
            try:
                rfq_created_payload_msg_mve_selected_legs_item.yes_settlement_value_dollars = FIXED_POINT[
                    w.yes_settlement_value_dollars
                ]
            except KeyError:
                rfq_created_payload_msg_mve_selected_legs_item.yes_settlement_value_dollars = parse_fixed_point(
                    w.yes_settlement_value_dollars, "yes_settlement_value_dollars"
                )
        rfq_created_payload_msg_mve_selected_legs_item.additional_properties = (
            w._extras()
        )
        rfq_created_payload_msg_mve_selected_legs_item._deviations = None
        return rfq_created_payload_msg_mve_selected_legs_item

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
