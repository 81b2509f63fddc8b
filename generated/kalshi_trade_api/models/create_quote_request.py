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
    to_dollars,
)

T = TypeVar("T", bound="CreateQuoteRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class CreateQuoteRequest:
    """Attributes:
    rfq_id (str): The UUID of the RFQ to quote on. Pass the RFQ ID unchanged; malformed IDs return HTTP 400.
    yes_bid (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    no_bid (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    rest_remainder (bool): Whether to rest the remainder of the quote after execution
    post_only (bool | Unset): If true, the quote creator's resting order will be cancelled rather than crossed if it
        would take liquidity. Defaults to false.
    subaccount (int | Unset): Optional subaccount number to place the quote under (0 for primary, 1-63 for
        subaccounts)
    """

    rfq_id: str

    yes_bid: Decimal = _attrs_field(converter=to_dollars)

    no_bid: Decimal = _attrs_field(converter=to_dollars)

    rest_remainder: bool

    post_only: bool | Unset = UNSET

    subaccount: int | Unset = UNSET

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
        if isinstance(self.rfq_id, Unset):
            pass
        elif self.rfq_id is None:  # a null the spec does not allow, kept as received
            field_dict["rfq_id"] = None
        else:
            field_dict["rfq_id"] = self.rfq_id
        if isinstance(self.yes_bid, Unset):
            pass
        elif self.yes_bid is None:  # a null the spec does not allow, kept as received
            field_dict["yes_bid"] = None
        else:
            field_dict["yes_bid"] = fixed_point_text(
                self.yes_bid, "yes_bid", counts=False
            )
        if isinstance(self.no_bid, Unset):
            pass
        elif self.no_bid is None:  # a null the spec does not allow, kept as received
            field_dict["no_bid"] = None
        else:
            field_dict["no_bid"] = fixed_point_text(self.no_bid, "no_bid", counts=False)
        if isinstance(self.rest_remainder, Unset):
            pass
        elif (
            self.rest_remainder is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rest_remainder"] = None
        else:
            field_dict["rest_remainder"] = self.rest_remainder
        if isinstance(self.post_only, Unset):
            pass
        elif self.post_only is None:  # a null the spec does not allow, kept as received
            field_dict["post_only"] = None
        else:
            field_dict["post_only"] = self.post_only
        if isinstance(self.subaccount, Unset):
            pass
        elif (
            self.subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount"] = None
        else:
            field_dict["subaccount"] = self.subaccount
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
            _v = _get("rfq_id", UNSET)
            _f_rfq_id: Any
            if type(_v) is str:
                _f_rfq_id = _v

            elif _v is UNSET:
                _f_rfq_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateQuoteRequest", "rfq_id", "missing"
                )
            elif _v is None:
                _f_rfq_id = None
                _deviations = record_deviation(
                    _deviations, "CreateQuoteRequest", "rfq_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("rfq_id", "str", _v)
                _f_rfq_id = _v

            _v = _get("yes_bid", UNSET)
            _f_yes_bid: Any
            if type(_v) is str:
                try:
                    _f_yes_bid = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_bid = parse_fixed_point(_v, "yes_bid")

            elif _v is UNSET:
                _f_yes_bid = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateQuoteRequest", "yes_bid", "missing"
                )
            elif _v is None:
                _f_yes_bid = None
                _deviations = record_deviation(
                    _deviations, "CreateQuoteRequest", "yes_bid", "null"
                )
            else:
                _f_yes_bid = parse_fixed_point(_v, "yes_bid")

            _v = _get("no_bid", UNSET)
            _f_no_bid: Any
            if type(_v) is str:
                try:
                    _f_no_bid = FIXED_POINT[_v]
                except KeyError:
                    _f_no_bid = parse_fixed_point(_v, "no_bid")

            elif _v is UNSET:
                _f_no_bid = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateQuoteRequest", "no_bid", "missing"
                )
            elif _v is None:
                _f_no_bid = None
                _deviations = record_deviation(
                    _deviations, "CreateQuoteRequest", "no_bid", "null"
                )
            else:
                _f_no_bid = parse_fixed_point(_v, "no_bid")

            _v = _get("rest_remainder", UNSET)
            _f_rest_remainder: Any
            if type(_v) is bool:
                _f_rest_remainder = _v

            elif _v is UNSET:
                _f_rest_remainder = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateQuoteRequest", "rest_remainder", "missing"
                )
            elif _v is None:
                _f_rest_remainder = None
                _deviations = record_deviation(
                    _deviations, "CreateQuoteRequest", "rest_remainder", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("rest_remainder", "bool", _v)
                _f_rest_remainder = _v

            _v = _get("post_only", UNSET)
            _f_post_only: Any
            if type(_v) is bool:
                _f_post_only = _v

            elif _v is UNSET:
                _f_post_only = UNSET
                _absent += 1
            elif _v is None:
                _f_post_only = None
                _deviations = record_deviation(
                    _deviations, "CreateQuoteRequest", "post_only", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("post_only", "bool", _v)
                _f_post_only = _v

            _v = _get("subaccount", UNSET)
            _f_subaccount: Any
            if type(_v) is int:
                _f_subaccount = _v

            elif _v is UNSET:
                _f_subaccount = UNSET
                _absent += 1
            elif _v is None:
                _f_subaccount = None
                _deviations = record_deviation(
                    _deviations, "CreateQuoteRequest", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        create_quote_request = _new(cls)
        create_quote_request.rfq_id = _f_rfq_id
        create_quote_request.yes_bid = _f_yes_bid
        create_quote_request.no_bid = _f_no_bid
        create_quote_request.rest_remainder = _f_rest_remainder
        create_quote_request.post_only = _f_post_only
        create_quote_request.subaccount = _f_subaccount
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "rfq_id",
                "yes_bid",
                "no_bid",
                "rest_remainder",
                "post_only",
                "subaccount",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            create_quote_request.additional_properties = _extra_found
        else:
            create_quote_request.additional_properties = {}
        create_quote_request._deviations = _deviations
        return create_quote_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("rfq_id", "rfq_id", str, True, None),
            ("yes_bid", "yes_bid", str, True, None),
            ("no_bid", "no_bid", str, True, None),
            ("rest_remainder", "rest_remainder", bool, True, None),
            ("post_only", "post_only", bool, False, None),
            ("subaccount", "subaccount", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        create_quote_request = _new(cls)
        create_quote_request.rfq_id = w.rfq_id
        try:
            create_quote_request.yes_bid = FIXED_POINT[w.yes_bid]
        except KeyError:
            create_quote_request.yes_bid = parse_fixed_point(w.yes_bid, "yes_bid")
        try:
            create_quote_request.no_bid = FIXED_POINT[w.no_bid]
        except KeyError:
            create_quote_request.no_bid = parse_fixed_point(w.no_bid, "no_bid")
        create_quote_request.rest_remainder = w.rest_remainder
        create_quote_request.post_only = w.post_only
        create_quote_request.subaccount = w.subaccount
        create_quote_request.additional_properties = w._extras()
        create_quote_request._deviations = None
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
