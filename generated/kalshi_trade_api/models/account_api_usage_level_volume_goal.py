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
    to_count,
)

T = TypeVar("T", bound="AccountApiUsageLevelVolumeGoal")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class AccountApiUsageLevelVolumeGoal:
    """Attributes:
    level (str): API usage level for this Predictions volume goal. Example: expert.
    earn_volume_goal_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\"
        in field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    keep_volume_goal_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\"
        in field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    """

    level: str

    earn_volume_goal_fp: Decimal = _attrs_field(converter=to_count)

    keep_volume_goal_fp: Decimal = _attrs_field(converter=to_count)

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
        if isinstance(self.level, Unset):
            pass
        elif self.level is None:  # a null the spec does not allow, kept as received
            field_dict["level"] = None
        else:
            field_dict["level"] = self.level
        if isinstance(self.earn_volume_goal_fp, Unset):
            pass
        elif (
            self.earn_volume_goal_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["earn_volume_goal_fp"] = None
        else:
            field_dict["earn_volume_goal_fp"] = fixed_point_text(
                self.earn_volume_goal_fp, "earn_volume_goal_fp", counts=True
            )
        if isinstance(self.keep_volume_goal_fp, Unset):
            pass
        elif (
            self.keep_volume_goal_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["keep_volume_goal_fp"] = None
        else:
            field_dict["keep_volume_goal_fp"] = fixed_point_text(
                self.keep_volume_goal_fp, "keep_volume_goal_fp", counts=True
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
            _v = _get("level", UNSET)
            _f_level: Any
            if type(_v) is str:
                _f_level = _v

            elif _v is UNSET:
                _f_level = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AccountApiUsageLevelVolumeGoal", "level", "missing"
                )
            elif _v is None:
                _f_level = None
                _deviations = record_deviation(
                    _deviations, "AccountApiUsageLevelVolumeGoal", "level", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("level", "str", _v)
                _f_level = _v

            _v = _get("earn_volume_goal_fp", UNSET)
            _f_earn_volume_goal_fp: Any
            if type(_v) is str:
                try:
                    _f_earn_volume_goal_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_earn_volume_goal_fp = parse_fixed_point(
                        _v, "earn_volume_goal_fp"
                    )

            elif _v is UNSET:
                _f_earn_volume_goal_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "AccountApiUsageLevelVolumeGoal",
                    "earn_volume_goal_fp",
                    "missing",
                )
            elif _v is None:
                _f_earn_volume_goal_fp = None
                _deviations = record_deviation(
                    _deviations,
                    "AccountApiUsageLevelVolumeGoal",
                    "earn_volume_goal_fp",
                    "null",
                )
            else:
                _f_earn_volume_goal_fp = parse_fixed_point(_v, "earn_volume_goal_fp")

            _v = _get("keep_volume_goal_fp", UNSET)
            _f_keep_volume_goal_fp: Any
            if type(_v) is str:
                try:
                    _f_keep_volume_goal_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_keep_volume_goal_fp = parse_fixed_point(
                        _v, "keep_volume_goal_fp"
                    )

            elif _v is UNSET:
                _f_keep_volume_goal_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "AccountApiUsageLevelVolumeGoal",
                    "keep_volume_goal_fp",
                    "missing",
                )
            elif _v is None:
                _f_keep_volume_goal_fp = None
                _deviations = record_deviation(
                    _deviations,
                    "AccountApiUsageLevelVolumeGoal",
                    "keep_volume_goal_fp",
                    "null",
                )
            else:
                _f_keep_volume_goal_fp = parse_fixed_point(_v, "keep_volume_goal_fp")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        account_api_usage_level_volume_goal = _new(cls)
        account_api_usage_level_volume_goal.level = _f_level
        account_api_usage_level_volume_goal.earn_volume_goal_fp = _f_earn_volume_goal_fp
        account_api_usage_level_volume_goal.keep_volume_goal_fp = _f_keep_volume_goal_fp
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"level", "earn_volume_goal_fp", "keep_volume_goal_fp"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            account_api_usage_level_volume_goal.additional_properties = _extra_found
        else:
            account_api_usage_level_volume_goal.additional_properties = {}
        account_api_usage_level_volume_goal._deviations = _deviations
        return account_api_usage_level_volume_goal

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("level", "level", str, True, None),
            ("earn_volume_goal_fp", "earn_volume_goal_fp", str, True, None),
            ("keep_volume_goal_fp", "keep_volume_goal_fp", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        account_api_usage_level_volume_goal = _new(cls)
        account_api_usage_level_volume_goal.level = w.level
        try:
            account_api_usage_level_volume_goal.earn_volume_goal_fp = FIXED_POINT[
                w.earn_volume_goal_fp
            ]
        except KeyError:
            account_api_usage_level_volume_goal.earn_volume_goal_fp = parse_fixed_point(
                w.earn_volume_goal_fp, "earn_volume_goal_fp"
            )
        try:
            account_api_usage_level_volume_goal.keep_volume_goal_fp = FIXED_POINT[
                w.keep_volume_goal_fp
            ]
        except KeyError:
            account_api_usage_level_volume_goal.keep_volume_goal_fp = parse_fixed_point(
                w.keep_volume_goal_fp, "keep_volume_goal_fp"
            )
        account_api_usage_level_volume_goal.additional_properties = w._extras()
        account_api_usage_level_volume_goal._deviations = None
        return account_api_usage_level_volume_goal

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
