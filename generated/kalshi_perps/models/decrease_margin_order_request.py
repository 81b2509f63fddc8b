from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    model_repr,
)

T = TypeVar("T", bound="DecreaseMarginOrderRequest")


@_attrs_define(repr=False)
class DecreaseMarginOrderRequest:
    """Attributes:
    reduce_by (None | str | Unset): String representation of the number of contracts to reduce by. Exactly one of
        `reduce_by` or `reduce_to` must be provided.
    reduce_to (None | str | Unset): String representation of the number of contracts to reduce to. Exactly one of
        `reduce_by` or `reduce_to` must be provided.
    """

    reduce_by: None | str | Unset = UNSET
    reduce_to: None | str | Unset = UNSET
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
        if isinstance(self.reduce_by, Unset):
            pass
        else:
            _reduce_by: None | str | Unset
            if isinstance(self.reduce_by, Unset):
                _reduce_by = UNSET
            else:
                _reduce_by = self.reduce_by
            field_dict["reduce_by"] = _reduce_by
        if isinstance(self.reduce_to, Unset):
            pass
        else:
            _reduce_to: None | str | Unset
            if isinstance(self.reduce_to, Unset):
                _reduce_to = UNSET
            else:
                _reduce_to = self.reduce_to
            field_dict["reduce_to"] = _reduce_to
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
            _v = _get("reduce_by", UNSET)
            _f_reduce_by: Any
            if type(_v) is str:
                _f_reduce_by = _v

            elif _v is UNSET:
                _f_reduce_by = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_reduce_by = None
                else:
                    if type(_v) is not str:
                        raise BadValue("reduce_by", "str", _v)
                    _f_reduce_by = _v

            _v = _get("reduce_to", UNSET)
            _f_reduce_to: Any
            if type(_v) is str:
                _f_reduce_to = _v

            elif _v is UNSET:
                _f_reduce_to = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_reduce_to = None
                else:
                    if type(_v) is not str:
                        raise BadValue("reduce_to", "str", _v)
                    _f_reduce_to = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        decrease_margin_order_request = _new(cls)
        decrease_margin_order_request.reduce_by = _f_reduce_by
        decrease_margin_order_request.reduce_to = _f_reduce_to
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"reduce_by", "reduce_to"}
            decrease_margin_order_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _known
            }
        else:
            decrease_margin_order_request.additional_properties = {}
        decrease_margin_order_request._deviations = _deviations
        return decrease_margin_order_request

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
