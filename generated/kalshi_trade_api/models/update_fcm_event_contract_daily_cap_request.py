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

T = TypeVar("T", bound="UpdateFCMEventContractDailyCapRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class UpdateFCMEventContractDailyCapRequest:
    """Attributes:
    subtrader_id (str): The subtrader whose daily cap should be set. Must belong to the requesting FCM.
    limit (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    """

    subtrader_id: str

    limit: Decimal = _attrs_field(converter=to_dollars)

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
        if isinstance(self.limit, Unset):
            pass
        elif self.limit is None:  # a null the spec does not allow, kept as received
            field_dict["limit"] = None
        else:
            field_dict["limit"] = fixed_point_text(self.limit, "limit", counts=False)
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
                    "UpdateFCMEventContractDailyCapRequest",
                    "subtrader_id",
                    "missing",
                )
            elif _v is None:
                _f_subtrader_id = None
                _deviations = record_deviation(
                    _deviations,
                    "UpdateFCMEventContractDailyCapRequest",
                    "subtrader_id",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("subtrader_id", "str", _v)
                _f_subtrader_id = _v

            _v = _get("limit", UNSET)
            _f_limit: Any
            if type(_v) is str:
                try:
                    _f_limit = FIXED_POINT[_v]
                except KeyError:
                    _f_limit = parse_fixed_point(_v, "limit")

            elif _v is UNSET:
                _f_limit = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "UpdateFCMEventContractDailyCapRequest",
                    "limit",
                    "missing",
                )
            elif _v is None:
                _f_limit = None
                _deviations = record_deviation(
                    _deviations,
                    "UpdateFCMEventContractDailyCapRequest",
                    "limit",
                    "null",
                )
            else:
                _f_limit = parse_fixed_point(_v, "limit")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        update_fcm_event_contract_daily_cap_request = _new(cls)
        update_fcm_event_contract_daily_cap_request.subtrader_id = _f_subtrader_id
        update_fcm_event_contract_daily_cap_request.limit = _f_limit
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"subtrader_id", "limit"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            update_fcm_event_contract_daily_cap_request.additional_properties = (
                _extra_found
            )
        else:
            update_fcm_event_contract_daily_cap_request.additional_properties = {}
        update_fcm_event_contract_daily_cap_request._deviations = _deviations
        return update_fcm_event_contract_daily_cap_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("subtrader_id", "subtrader_id", str, True, None),
            ("limit", "limit", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        update_fcm_event_contract_daily_cap_request = _new(cls)
        update_fcm_event_contract_daily_cap_request.subtrader_id = w.subtrader_id
        try:
            update_fcm_event_contract_daily_cap_request.limit = FIXED_POINT[w.limit]
        except KeyError:
            update_fcm_event_contract_daily_cap_request.limit = parse_fixed_point(
                w.limit, "limit"
            )
        update_fcm_event_contract_daily_cap_request.additional_properties = w._extras()
        update_fcm_event_contract_daily_cap_request._deviations = None
        return update_fcm_event_contract_daily_cap_request

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
