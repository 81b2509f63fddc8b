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
    check_items,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="UpdateFCMSubtraderBlockedCategoriesResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class UpdateFCMSubtraderBlockedCategoriesResponse:
    """Attributes:
    categories (list[str]): The subtrader's full resulting blocked set, sorted ascending.
    """

    categories: list[str]

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
        if isinstance(self.categories, Unset):
            pass
        elif (
            self.categories is None
        ):  # a null the spec does not allow, kept as received
            field_dict["categories"] = None
        else:
            _categories = self.categories

            field_dict["categories"] = _categories
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
            _v = _get("categories", UNSET)
            _f_categories: Any
            if _v is UNSET:
                _f_categories = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "UpdateFCMSubtraderBlockedCategoriesResponse",
                    "categories",
                    "missing",
                )
            elif _v is None:
                _f_categories = None
                _deviations = record_deviation(
                    _deviations,
                    "UpdateFCMSubtraderBlockedCategoriesResponse",
                    "categories",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("categories", "array", _v)
                check_items(_v, str, "categories")
                _f_categories = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        update_fcm_subtrader_blocked_categories_response = _new(cls)
        update_fcm_subtrader_blocked_categories_response.categories = _f_categories
        if len(src_dict) + _absent > 1:
            _known: set[str] = {"categories"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            update_fcm_subtrader_blocked_categories_response.additional_properties = (
                _extra_found
            )
        else:
            update_fcm_subtrader_blocked_categories_response.additional_properties = {}
        update_fcm_subtrader_blocked_categories_response._deviations = _deviations
        return update_fcm_subtrader_blocked_categories_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("categories", "categories", list[str], True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        update_fcm_subtrader_blocked_categories_response = _new(cls)
        update_fcm_subtrader_blocked_categories_response.categories = w.categories
        update_fcm_subtrader_blocked_categories_response.additional_properties = (
            w._extras()
        )
        update_fcm_subtrader_blocked_categories_response._deviations = None
        return update_fcm_subtrader_blocked_categories_response

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
