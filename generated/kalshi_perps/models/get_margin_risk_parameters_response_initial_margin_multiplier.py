from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    BadValue,
    _new,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="GetMarginRiskParametersResponseInitialMarginMultiplier")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetMarginRiskParametersResponseInitialMarginMultiplier:
    """Map of market ticker to initial margin multiplier. The initial margin requirement is the maintenance margin
    multiplied by this value.

    """

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_margin_risk_parameters_response_initial_margin_multiplier = _new(cls)
        if len(src_dict) + _absent > 0:
            _known: set[str] = set()
            _extra: dict[str, Any] = {}
            try:
                for _key, _v in src_dict.items():
                    if _key in _known:
                        continue
                    if _v is None:
                        _extra[_key] = None
                        _deviations = record_deviation(
                            _deviations,
                            "GetMarginRiskParametersResponseInitialMarginMultiplier",
                            _key,
                            "null",
                        )
                        continue
                    if type(_v) is not float:
                        if type(_v) is not int or float(_v) != _v:
                            raise BadValue(_key, "number", _v)
                        _v = float(_v)
                    _extra[_key] = _v

            except BadValue as _bad:
                _bad.source = src_dict
                raise
            get_margin_risk_parameters_response_initial_margin_multiplier.additional_properties = _extra
        else:
            get_margin_risk_parameters_response_initial_margin_multiplier.additional_properties = {}
        get_margin_risk_parameters_response_initial_margin_multiplier._deviations = (
            _deviations
        )
        return get_margin_risk_parameters_response_initial_margin_multiplier

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return []

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        return cls.from_dict(w)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
