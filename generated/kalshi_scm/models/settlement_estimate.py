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

T = TypeVar("T", bound="SettlementEstimate")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class SettlementEstimate:
    """Attributes:
    variation_margin_centicents (int): Variation margin.
    total_fees_centicents (int): Total fees.
    maintenance_margin_delta_centicents (int): Change in maintenance margin requirement.
    maintenance_margin_required_centicents (int): Maintenance margin requirement.
    total_amount_centicents (int): Estimated total settlement amount.
    """

    variation_margin_centicents: int

    total_fees_centicents: int

    maintenance_margin_delta_centicents: int

    maintenance_margin_required_centicents: int

    total_amount_centicents: int

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
        if isinstance(self.variation_margin_centicents, Unset):
            pass
        elif (
            self.variation_margin_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["variation_margin_centicents"] = None
        else:
            field_dict["variation_margin_centicents"] = self.variation_margin_centicents
        if isinstance(self.total_fees_centicents, Unset):
            pass
        elif (
            self.total_fees_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["total_fees_centicents"] = None
        else:
            field_dict["total_fees_centicents"] = self.total_fees_centicents
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
        if isinstance(self.maintenance_margin_required_centicents, Unset):
            pass
        elif (
            self.maintenance_margin_required_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maintenance_margin_required_centicents"] = None
        else:
            field_dict["maintenance_margin_required_centicents"] = (
                self.maintenance_margin_required_centicents
            )
        if isinstance(self.total_amount_centicents, Unset):
            pass
        elif (
            self.total_amount_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["total_amount_centicents"] = None
        else:
            field_dict["total_amount_centicents"] = self.total_amount_centicents
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
            _v = _get("variation_margin_centicents", UNSET)
            _f_variation_margin_centicents: Any
            if type(_v) is int:
                _f_variation_margin_centicents = _v

            elif _v is UNSET:
                _f_variation_margin_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "SettlementEstimate",
                    "variation_margin_centicents",
                    "missing",
                )
            elif _v is None:
                _f_variation_margin_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "SettlementEstimate",
                    "variation_margin_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("variation_margin_centicents", "int", _v)
                _f_variation_margin_centicents = _v

            _v = _get("total_fees_centicents", UNSET)
            _f_total_fees_centicents: Any
            if type(_v) is int:
                _f_total_fees_centicents = _v

            elif _v is UNSET:
                _f_total_fees_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "SettlementEstimate",
                    "total_fees_centicents",
                    "missing",
                )
            elif _v is None:
                _f_total_fees_centicents = None
                _deviations = record_deviation(
                    _deviations, "SettlementEstimate", "total_fees_centicents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("total_fees_centicents", "int", _v)
                _f_total_fees_centicents = _v

            _v = _get("maintenance_margin_delta_centicents", UNSET)
            _f_maintenance_margin_delta_centicents: Any
            if type(_v) is int:
                _f_maintenance_margin_delta_centicents = _v

            elif _v is UNSET:
                _f_maintenance_margin_delta_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "SettlementEstimate",
                    "maintenance_margin_delta_centicents",
                    "missing",
                )
            elif _v is None:
                _f_maintenance_margin_delta_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "SettlementEstimate",
                    "maintenance_margin_delta_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("maintenance_margin_delta_centicents", "int", _v)
                _f_maintenance_margin_delta_centicents = _v

            _v = _get("maintenance_margin_required_centicents", UNSET)
            _f_maintenance_margin_required_centicents: Any
            if type(_v) is int:
                _f_maintenance_margin_required_centicents = _v

            elif _v is UNSET:
                _f_maintenance_margin_required_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "SettlementEstimate",
                    "maintenance_margin_required_centicents",
                    "missing",
                )
            elif _v is None:
                _f_maintenance_margin_required_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "SettlementEstimate",
                    "maintenance_margin_required_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("maintenance_margin_required_centicents", "int", _v)
                _f_maintenance_margin_required_centicents = _v

            _v = _get("total_amount_centicents", UNSET)
            _f_total_amount_centicents: Any
            if type(_v) is int:
                _f_total_amount_centicents = _v

            elif _v is UNSET:
                _f_total_amount_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "SettlementEstimate",
                    "total_amount_centicents",
                    "missing",
                )
            elif _v is None:
                _f_total_amount_centicents = None
                _deviations = record_deviation(
                    _deviations, "SettlementEstimate", "total_amount_centicents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("total_amount_centicents", "int", _v)
                _f_total_amount_centicents = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        settlement_estimate = _new(cls)
        settlement_estimate.variation_margin_centicents = _f_variation_margin_centicents
        settlement_estimate.total_fees_centicents = _f_total_fees_centicents
        settlement_estimate.maintenance_margin_delta_centicents = (
            _f_maintenance_margin_delta_centicents
        )
        settlement_estimate.maintenance_margin_required_centicents = (
            _f_maintenance_margin_required_centicents
        )
        settlement_estimate.total_amount_centicents = _f_total_amount_centicents
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "variation_margin_centicents",
                "total_fees_centicents",
                "maintenance_margin_delta_centicents",
                "maintenance_margin_required_centicents",
                "total_amount_centicents",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            settlement_estimate.additional_properties = _extra_found
        else:
            settlement_estimate.additional_properties = {}
        settlement_estimate._deviations = _deviations
        return settlement_estimate

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            (
                "variation_margin_centicents",
                "variation_margin_centicents",
                int,
                True,
                None,
            ),
            ("total_fees_centicents", "total_fees_centicents", int, True, None),
            (
                "maintenance_margin_delta_centicents",
                "maintenance_margin_delta_centicents",
                int,
                True,
                None,
            ),
            (
                "maintenance_margin_required_centicents",
                "maintenance_margin_required_centicents",
                int,
                True,
                None,
            ),
            ("total_amount_centicents", "total_amount_centicents", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        settlement_estimate = _new(cls)
        settlement_estimate.variation_margin_centicents = w.variation_margin_centicents
        settlement_estimate.total_fees_centicents = w.total_fees_centicents
        settlement_estimate.maintenance_margin_delta_centicents = (
            w.maintenance_margin_delta_centicents
        )
        settlement_estimate.maintenance_margin_required_centicents = (
            w.maintenance_margin_required_centicents
        )
        settlement_estimate.total_amount_centicents = w.total_amount_centicents
        settlement_estimate.additional_properties = w._extras()
        settlement_estimate._deviations = None
        return settlement_estimate

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
