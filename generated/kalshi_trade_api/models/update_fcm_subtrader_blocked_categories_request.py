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

T = TypeVar("T", bound="UpdateFCMSubtraderBlockedCategoriesRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class UpdateFCMSubtraderBlockedCategoriesRequest:
    """Attributes:
    subtrader_id (str): The subtrader whose blocked categories should be updated. Must belong to the requesting FCM.
    category (str): A single event category to add to or remove from the blocked set, 1-100 characters (e.g.
        \"Politics\").
    blocked (bool): True adds the category to the blocked set; false removes it. Removing a category that is not
        blocked is a no-op.
    """

    subtrader_id: str

    category: str

    blocked: bool

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
        if isinstance(self.subtrader_id, Unset):
            pass
        elif (
            self.subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subtrader_id"] = None
        else:
            field_dict["subtrader_id"] = self.subtrader_id
        if isinstance(self.category, Unset):
            pass
        elif self.category is None:  # a null the spec does not allow, kept as received
            field_dict["category"] = None
        else:
            field_dict["category"] = self.category
        if isinstance(self.blocked, Unset):
            pass
        elif self.blocked is None:  # a null the spec does not allow, kept as received
            field_dict["blocked"] = None
        else:
            field_dict["blocked"] = self.blocked
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
            _v = _get("subtrader_id", UNSET)
            _f_subtrader_id: Any
            if type(_v) is str:
                _f_subtrader_id = _v

            elif _v is UNSET:
                _f_subtrader_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "UpdateFCMSubtraderBlockedCategoriesRequest",
                    "subtrader_id",
                    "missing",
                )
            elif _v is None:
                _f_subtrader_id = None
                _deviations = record_deviation(
                    _deviations,
                    "UpdateFCMSubtraderBlockedCategoriesRequest",
                    "subtrader_id",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("subtrader_id", "str", _v)
                _f_subtrader_id = _v

            _v = _get("category", UNSET)
            _f_category: Any
            if type(_v) is str:
                _f_category = _v

            elif _v is UNSET:
                _f_category = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "UpdateFCMSubtraderBlockedCategoriesRequest",
                    "category",
                    "missing",
                )
            elif _v is None:
                _f_category = None
                _deviations = record_deviation(
                    _deviations,
                    "UpdateFCMSubtraderBlockedCategoriesRequest",
                    "category",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("category", "str", _v)
                _f_category = _v

            _v = _get("blocked", UNSET)
            _f_blocked: Any
            if type(_v) is bool:
                _f_blocked = _v

            elif _v is UNSET:
                _f_blocked = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "UpdateFCMSubtraderBlockedCategoriesRequest",
                    "blocked",
                    "missing",
                )
            elif _v is None:
                _f_blocked = None
                _deviations = record_deviation(
                    _deviations,
                    "UpdateFCMSubtraderBlockedCategoriesRequest",
                    "blocked",
                    "null",
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("blocked", "bool", _v)
                _f_blocked = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        update_fcm_subtrader_blocked_categories_request = _new(cls)
        update_fcm_subtrader_blocked_categories_request.subtrader_id = _f_subtrader_id
        update_fcm_subtrader_blocked_categories_request.category = _f_category
        update_fcm_subtrader_blocked_categories_request.blocked = _f_blocked
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"subtrader_id", "category", "blocked"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            update_fcm_subtrader_blocked_categories_request.additional_properties = (
                _extra_found
            )
        else:
            update_fcm_subtrader_blocked_categories_request.additional_properties = {}
        update_fcm_subtrader_blocked_categories_request._deviations = _deviations
        return update_fcm_subtrader_blocked_categories_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("subtrader_id", "subtrader_id", str, True, None),
            ("category", "category", str, True, None),
            ("blocked", "blocked", bool, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        update_fcm_subtrader_blocked_categories_request = _new(cls)
        update_fcm_subtrader_blocked_categories_request.subtrader_id = w.subtrader_id
        update_fcm_subtrader_blocked_categories_request.category = w.category
        update_fcm_subtrader_blocked_categories_request.blocked = w.blocked
        update_fcm_subtrader_blocked_categories_request.additional_properties = (
            w._extras()
        )
        update_fcm_subtrader_blocked_categories_request._deviations = None
        return update_fcm_subtrader_blocked_categories_request

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
