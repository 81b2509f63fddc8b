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

T = TypeVar("T", bound="CreateFCMSubtraderRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class CreateFCMSubtraderRequest:
    """Attributes:
    subtrader_suffix (str): Suffix for the new subtrader, 1-16 case-sensitive ASCII alphanumeric characters
        ([A-Za-z0-9]). The full subtrader id becomes {your_account_id}_{suffix}.
    """

    subtrader_suffix: str

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
        if isinstance(self.subtrader_suffix, Unset):
            pass
        elif (
            self.subtrader_suffix is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subtrader_suffix"] = None
        else:
            field_dict["subtrader_suffix"] = self.subtrader_suffix
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
            _v = _get("subtrader_suffix", UNSET)
            _f_subtrader_suffix: Any
            if type(_v) is str:
                _f_subtrader_suffix = _v

            elif _v is UNSET:
                _f_subtrader_suffix = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "CreateFCMSubtraderRequest",
                    "subtrader_suffix",
                    "missing",
                )
            elif _v is None:
                _f_subtrader_suffix = None
                _deviations = record_deviation(
                    _deviations, "CreateFCMSubtraderRequest", "subtrader_suffix", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("subtrader_suffix", "str", _v)
                _f_subtrader_suffix = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        create_fcm_subtrader_request = _new(cls)
        create_fcm_subtrader_request.subtrader_suffix = _f_subtrader_suffix
        if len(src_dict) + _absent > 1:
            _known: set[str] = {"subtrader_suffix"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            create_fcm_subtrader_request.additional_properties = _extra_found
        else:
            create_fcm_subtrader_request.additional_properties = {}
        create_fcm_subtrader_request._deviations = _deviations
        return create_fcm_subtrader_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("subtrader_suffix", "subtrader_suffix", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        create_fcm_subtrader_request = _new(cls)
        create_fcm_subtrader_request.subtrader_suffix = w.subtrader_suffix
        create_fcm_subtrader_request.additional_properties = w._extras()
        create_fcm_subtrader_request._deviations = None
        return create_fcm_subtrader_request

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
