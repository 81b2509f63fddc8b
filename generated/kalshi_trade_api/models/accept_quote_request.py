from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.accept_quote_request_accepted_side import (
    ACCEPT_QUOTE_REQUEST_ACCEPTED_SIDE_VALUES,
    AcceptQuoteRequestAcceptedSide,
    check_accept_quote_request_accepted_side,
)
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="AcceptQuoteRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class AcceptQuoteRequest:
    """Attributes:
    accepted_side (AcceptQuoteRequestAcceptedSide): The side of the quote to accept (yes or no)
    """

    accepted_side: AcceptQuoteRequestAcceptedSide

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
        if isinstance(self.accepted_side, Unset):
            pass
        elif (
            self.accepted_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["accepted_side"] = None
        else:
            _accepted_side: str = check_accept_quote_request_accepted_side(
                self.accepted_side, "accepted_side"
            )
            field_dict["accepted_side"] = _accepted_side
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
            _v = _get("accepted_side", UNSET)
            _f_accepted_side: Any
            if type(_v) is str and _v in ACCEPT_QUOTE_REQUEST_ACCEPTED_SIDE_VALUES:
                _f_accepted_side = _v

            elif _v is UNSET:
                _f_accepted_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AcceptQuoteRequest", "accepted_side", "missing"
                )
            elif _v is None:
                _f_accepted_side = None
                _deviations = record_deviation(
                    _deviations, "AcceptQuoteRequest", "accepted_side", "null"
                )
            else:
                _f_accepted_side = check_accept_quote_request_accepted_side(
                    _v, "accepted_side", received=True
                )

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        accept_quote_request = _new(cls)
        accept_quote_request.accepted_side = _f_accepted_side
        if len(src_dict) + _absent > 1:
            _known: set[str] = {"accepted_side"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            accept_quote_request.additional_properties = _extra_found
        else:
            accept_quote_request.additional_properties = {}
        accept_quote_request._deviations = _deviations
        return accept_quote_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("accepted_side", "accepted_side", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        accept_quote_request = _new(cls)
        accept_quote_request.accepted_side = (
            w.accepted_side
            if w.accepted_side in ACCEPT_QUOTE_REQUEST_ACCEPTED_SIDE_VALUES
            else check_accept_quote_request_accepted_side(
                w.accepted_side, "accepted_side", received=True
            )
        )
        accept_quote_request.additional_properties = w._extras()
        accept_quote_request._deviations = None
        return accept_quote_request

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
