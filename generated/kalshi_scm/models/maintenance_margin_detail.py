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

T = TypeVar("T", bound="MaintenanceMarginDetail")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MaintenanceMarginDetail:
    """Attributes:
    id (str):
    subtrader_id (str): Empty when not populated.
    maintenance_margin_centicents (int): Maintenance margin requirement after this settlement.
    maintenance_margin_delta_centicents (int): Change in maintenance margin between the previous settlement and this
        one.
    """

    id: str

    subtrader_id: str

    maintenance_margin_centicents: int

    maintenance_margin_delta_centicents: int

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
        if isinstance(self.id, Unset):
            pass
        elif self.id is None:  # a null the spec does not allow, kept as received
            field_dict["id"] = None
        else:
            field_dict["id"] = self.id
        if isinstance(self.subtrader_id, Unset):
            pass
        elif (
            self.subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subtrader_id"] = None
        else:
            field_dict["subtrader_id"] = self.subtrader_id
        if isinstance(self.maintenance_margin_centicents, Unset):
            pass
        elif (
            self.maintenance_margin_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maintenance_margin_centicents"] = None
        else:
            field_dict["maintenance_margin_centicents"] = (
                self.maintenance_margin_centicents
            )
        if isinstance(self.maintenance_margin_delta_centicents, Unset):
            pass
        elif (
            self.maintenance_margin_delta_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maintenance_margin_delta_centicents"] = None
        else:
            field_dict["maintenance_margin_delta_centicents"] = (
                self.maintenance_margin_delta_centicents
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
            _v = _get("id", UNSET)
            _f_id: Any
            if type(_v) is str:
                _f_id = _v

            elif _v is UNSET:
                _f_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MaintenanceMarginDetail", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "MaintenanceMarginDetail", "id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("subtrader_id", UNSET)
            _f_subtrader_id: Any
            if type(_v) is str:
                _f_subtrader_id = _v

            elif _v is UNSET:
                _f_subtrader_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MaintenanceMarginDetail", "subtrader_id", "missing"
                )
            elif _v is None:
                _f_subtrader_id = None
                _deviations = record_deviation(
                    _deviations, "MaintenanceMarginDetail", "subtrader_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("subtrader_id", "str", _v)
                _f_subtrader_id = _v

            _v = _get("maintenance_margin_centicents", UNSET)
            _f_maintenance_margin_centicents: Any
            if type(_v) is int:
                _f_maintenance_margin_centicents = _v

            elif _v is UNSET:
                _f_maintenance_margin_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MaintenanceMarginDetail",
                    "maintenance_margin_centicents",
                    "missing",
                )
            elif _v is None:
                _f_maintenance_margin_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "MaintenanceMarginDetail",
                    "maintenance_margin_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("maintenance_margin_centicents", "int", _v)
                _f_maintenance_margin_centicents = _v

            _v = _get("maintenance_margin_delta_centicents", UNSET)
            _f_maintenance_margin_delta_centicents: Any
            if type(_v) is int:
                _f_maintenance_margin_delta_centicents = _v

            elif _v is UNSET:
                _f_maintenance_margin_delta_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MaintenanceMarginDetail",
                    "maintenance_margin_delta_centicents",
                    "missing",
                )
            elif _v is None:
                _f_maintenance_margin_delta_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "MaintenanceMarginDetail",
                    "maintenance_margin_delta_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("maintenance_margin_delta_centicents", "int", _v)
                _f_maintenance_margin_delta_centicents = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        maintenance_margin_detail = _new(cls)
        maintenance_margin_detail.id = _f_id
        maintenance_margin_detail.subtrader_id = _f_subtrader_id
        maintenance_margin_detail.maintenance_margin_centicents = (
            _f_maintenance_margin_centicents
        )
        maintenance_margin_detail.maintenance_margin_delta_centicents = (
            _f_maintenance_margin_delta_centicents
        )
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "id",
                "subtrader_id",
                "maintenance_margin_centicents",
                "maintenance_margin_delta_centicents",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            maintenance_margin_detail.additional_properties = _extra_found
        else:
            maintenance_margin_detail.additional_properties = {}
        maintenance_margin_detail._deviations = _deviations
        return maintenance_margin_detail

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("subtrader_id", "subtrader_id", str, True, None),
            (
                "maintenance_margin_centicents",
                "maintenance_margin_centicents",
                int,
                True,
                None,
            ),
            (
                "maintenance_margin_delta_centicents",
                "maintenance_margin_delta_centicents",
                int,
                True,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        maintenance_margin_detail = _new(cls)
        maintenance_margin_detail.id = w.id
        maintenance_margin_detail.subtrader_id = w.subtrader_id
        maintenance_margin_detail.maintenance_margin_centicents = (
            w.maintenance_margin_centicents
        )
        maintenance_margin_detail.maintenance_margin_delta_centicents = (
            w.maintenance_margin_delta_centicents
        )
        maintenance_margin_detail.additional_properties = w._extras()
        maintenance_margin_detail._deviations = None
        return maintenance_margin_detail

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
