from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="EndpointTokenCost")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class EndpointTokenCost:
    """Attributes:
    method (str): HTTP method for the endpoint.
    path (str): API route path for the endpoint.
    cost (int): Configured token cost for an endpoint whose cost differs from the default cost.
    """

    method: str

    path: str

    cost: int

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
        if isinstance(self.method, Unset):
            pass
        elif self.method is None:  # a null the spec does not allow, kept as received
            field_dict["method"] = None
        else:
            field_dict["method"] = self.method
        if isinstance(self.path, Unset):
            pass
        elif self.path is None:  # a null the spec does not allow, kept as received
            field_dict["path"] = None
        else:
            field_dict["path"] = self.path
        if isinstance(self.cost, Unset):
            pass
        elif self.cost is None:  # a null the spec does not allow, kept as received
            field_dict["cost"] = None
        else:
            field_dict["cost"] = self.cost
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
            _v = _get("method", UNSET)
            _f_method: Any
            if type(_v) is str:
                _f_method = _v

            elif _v is UNSET:
                _f_method = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EndpointTokenCost", "method", "missing"
                )
            elif _v is None:
                _f_method = None
                _deviations = record_deviation(
                    _deviations, "EndpointTokenCost", "method", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("method", "str", _v)
                _f_method = _v

            _v = _get("path", UNSET)
            _f_path: Any
            if type(_v) is str:
                _f_path = _v

            elif _v is UNSET:
                _f_path = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EndpointTokenCost", "path", "missing"
                )
            elif _v is None:
                _f_path = None
                _deviations = record_deviation(
                    _deviations, "EndpointTokenCost", "path", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("path", "str", _v)
                _f_path = _v

            _v = _get("cost", UNSET)
            _f_cost: Any
            if type(_v) is int:
                _f_cost = _v

            elif _v is UNSET:
                _f_cost = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EndpointTokenCost", "cost", "missing"
                )
            elif _v is None:
                _f_cost = None
                _deviations = record_deviation(
                    _deviations, "EndpointTokenCost", "cost", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("cost", "int", _v)
                _f_cost = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        endpoint_token_cost = _new(cls)
        endpoint_token_cost.method = _f_method
        endpoint_token_cost.path = _f_path
        endpoint_token_cost.cost = _f_cost
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"method", "path", "cost"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            endpoint_token_cost.additional_properties = _extra_found
        else:
            endpoint_token_cost.additional_properties = {}
        endpoint_token_cost._deviations = _deviations
        return endpoint_token_cost

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("method", "method", str, True, None),
            ("path", "path", str, True, None),
            ("cost", "cost", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        endpoint_token_cost = _new(cls)
        endpoint_token_cost.method = w.method
        endpoint_token_cost.path = w.path
        endpoint_token_cost.cost = w.cost
        endpoint_token_cost.additional_properties = w._extras()
        endpoint_token_cost._deviations = None
        return endpoint_token_cost

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
