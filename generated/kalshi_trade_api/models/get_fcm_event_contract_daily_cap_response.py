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

T = TypeVar("T", bound="GetFCMEventContractDailyCapResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetFCMEventContractDailyCapResponse:
    """Attributes:
    subtrader_id (str):
    limit (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    executed_utilization (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    resting_order_utilization (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    pending_order_utilization (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    cap_date (str): The New York calendar date the executed utilization applies to. Executed utilization resets at
        midnight New York time; resting and pending reservations persist while their orders remain open.
    """

    subtrader_id: str

    limit: Decimal = _attrs_field(converter=to_dollars)

    executed_utilization: Decimal = _attrs_field(converter=to_dollars)

    resting_order_utilization: Decimal = _attrs_field(converter=to_dollars)

    pending_order_utilization: Decimal = _attrs_field(converter=to_dollars)

    cap_date: str

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
        if isinstance(self.executed_utilization, Unset):
            pass
        elif (
            self.executed_utilization is None
        ):  # a null the spec does not allow, kept as received
            field_dict["executed_utilization"] = None
        else:
            field_dict["executed_utilization"] = fixed_point_text(
                self.executed_utilization, "executed_utilization", counts=False
            )
        if isinstance(self.resting_order_utilization, Unset):
            pass
        elif (
            self.resting_order_utilization is None
        ):  # a null the spec does not allow, kept as received
            field_dict["resting_order_utilization"] = None
        else:
            field_dict["resting_order_utilization"] = fixed_point_text(
                self.resting_order_utilization,
                "resting_order_utilization",
                counts=False,
            )
        if isinstance(self.pending_order_utilization, Unset):
            pass
        elif (
            self.pending_order_utilization is None
        ):  # a null the spec does not allow, kept as received
            field_dict["pending_order_utilization"] = None
        else:
            field_dict["pending_order_utilization"] = fixed_point_text(
                self.pending_order_utilization,
                "pending_order_utilization",
                counts=False,
            )
        if isinstance(self.cap_date, Unset):
            pass
        elif self.cap_date is None:  # a null the spec does not allow, kept as received
            field_dict["cap_date"] = None
        else:
            field_dict["cap_date"] = self.cap_date
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
                    "GetFCMEventContractDailyCapResponse",
                    "subtrader_id",
                    "missing",
                )
            elif _v is None:
                _f_subtrader_id = None
                _deviations = record_deviation(
                    _deviations,
                    "GetFCMEventContractDailyCapResponse",
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
                    "GetFCMEventContractDailyCapResponse",
                    "limit",
                    "missing",
                )
            elif _v is None:
                _f_limit = None
                _deviations = record_deviation(
                    _deviations, "GetFCMEventContractDailyCapResponse", "limit", "null"
                )
            else:
                _f_limit = parse_fixed_point(_v, "limit")

            _v = _get("executed_utilization", UNSET)
            _f_executed_utilization: Any
            if type(_v) is str:
                try:
                    _f_executed_utilization = FIXED_POINT[_v]
                except KeyError:
                    _f_executed_utilization = parse_fixed_point(
                        _v, "executed_utilization"
                    )

            elif _v is UNSET:
                _f_executed_utilization = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetFCMEventContractDailyCapResponse",
                    "executed_utilization",
                    "missing",
                )
            elif _v is None:
                _f_executed_utilization = None
                _deviations = record_deviation(
                    _deviations,
                    "GetFCMEventContractDailyCapResponse",
                    "executed_utilization",
                    "null",
                )
            else:
                _f_executed_utilization = parse_fixed_point(_v, "executed_utilization")

            _v = _get("resting_order_utilization", UNSET)
            _f_resting_order_utilization: Any
            if type(_v) is str:
                try:
                    _f_resting_order_utilization = FIXED_POINT[_v]
                except KeyError:
                    _f_resting_order_utilization = parse_fixed_point(
                        _v, "resting_order_utilization"
                    )

            elif _v is UNSET:
                _f_resting_order_utilization = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetFCMEventContractDailyCapResponse",
                    "resting_order_utilization",
                    "missing",
                )
            elif _v is None:
                _f_resting_order_utilization = None
                _deviations = record_deviation(
                    _deviations,
                    "GetFCMEventContractDailyCapResponse",
                    "resting_order_utilization",
                    "null",
                )
            else:
                _f_resting_order_utilization = parse_fixed_point(
                    _v, "resting_order_utilization"
                )

            _v = _get("pending_order_utilization", UNSET)
            _f_pending_order_utilization: Any
            if type(_v) is str:
                try:
                    _f_pending_order_utilization = FIXED_POINT[_v]
                except KeyError:
                    _f_pending_order_utilization = parse_fixed_point(
                        _v, "pending_order_utilization"
                    )

            elif _v is UNSET:
                _f_pending_order_utilization = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetFCMEventContractDailyCapResponse",
                    "pending_order_utilization",
                    "missing",
                )
            elif _v is None:
                _f_pending_order_utilization = None
                _deviations = record_deviation(
                    _deviations,
                    "GetFCMEventContractDailyCapResponse",
                    "pending_order_utilization",
                    "null",
                )
            else:
                _f_pending_order_utilization = parse_fixed_point(
                    _v, "pending_order_utilization"
                )

            _v = _get("cap_date", UNSET)
            _f_cap_date: Any
            if type(_v) is str:
                _f_cap_date = _v

            elif _v is UNSET:
                _f_cap_date = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetFCMEventContractDailyCapResponse",
                    "cap_date",
                    "missing",
                )
            elif _v is None:
                _f_cap_date = None
                _deviations = record_deviation(
                    _deviations,
                    "GetFCMEventContractDailyCapResponse",
                    "cap_date",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("cap_date", "str", _v)
                _f_cap_date = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_fcm_event_contract_daily_cap_response = _new(cls)
        get_fcm_event_contract_daily_cap_response.subtrader_id = _f_subtrader_id
        get_fcm_event_contract_daily_cap_response.limit = _f_limit
        get_fcm_event_contract_daily_cap_response.executed_utilization = (
            _f_executed_utilization
        )
        get_fcm_event_contract_daily_cap_response.resting_order_utilization = (
            _f_resting_order_utilization
        )
        get_fcm_event_contract_daily_cap_response.pending_order_utilization = (
            _f_pending_order_utilization
        )
        get_fcm_event_contract_daily_cap_response.cap_date = _f_cap_date
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "subtrader_id",
                "limit",
                "executed_utilization",
                "resting_order_utilization",
                "pending_order_utilization",
                "cap_date",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_fcm_event_contract_daily_cap_response.additional_properties = (
                _extra_found
            )
        else:
            get_fcm_event_contract_daily_cap_response.additional_properties = {}
        get_fcm_event_contract_daily_cap_response._deviations = _deviations
        return get_fcm_event_contract_daily_cap_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("subtrader_id", "subtrader_id", str, True, None),
            ("limit", "limit", str, True, None),
            ("executed_utilization", "executed_utilization", str, True, None),
            ("resting_order_utilization", "resting_order_utilization", str, True, None),
            ("pending_order_utilization", "pending_order_utilization", str, True, None),
            ("cap_date", "cap_date", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        get_fcm_event_contract_daily_cap_response = _new(cls)
        get_fcm_event_contract_daily_cap_response.subtrader_id = w.subtrader_id
        try:
            get_fcm_event_contract_daily_cap_response.limit = FIXED_POINT[w.limit]
        except KeyError:
            get_fcm_event_contract_daily_cap_response.limit = parse_fixed_point(
                w.limit, "limit"
            )
        try:
            get_fcm_event_contract_daily_cap_response.executed_utilization = (
                FIXED_POINT[w.executed_utilization]
            )
        except KeyError:
            get_fcm_event_contract_daily_cap_response.executed_utilization = (
                parse_fixed_point(w.executed_utilization, "executed_utilization")
            )
        try:
            get_fcm_event_contract_daily_cap_response.resting_order_utilization = (
                FIXED_POINT[w.resting_order_utilization]
            )
        except KeyError:
            get_fcm_event_contract_daily_cap_response.resting_order_utilization = (
                parse_fixed_point(
                    w.resting_order_utilization, "resting_order_utilization"
                )
            )
        try:
            get_fcm_event_contract_daily_cap_response.pending_order_utilization = (
                FIXED_POINT[w.pending_order_utilization]
            )
        except KeyError:
            get_fcm_event_contract_daily_cap_response.pending_order_utilization = (
                parse_fixed_point(
                    w.pending_order_utilization, "pending_order_utilization"
                )
            )
        get_fcm_event_contract_daily_cap_response.cap_date = w.cap_date
        get_fcm_event_contract_daily_cap_response.additional_properties = w._extras()
        get_fcm_event_contract_daily_cap_response._deviations = None
        return get_fcm_event_contract_daily_cap_response

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
