from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

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
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    parse_fixed_point,
    record_deviation,
    to_count,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_goal import (
        AccountApiUsageLevelVolumeGoal,
    )


T = TypeVar("T", bound="AccountApiUsageLevelVolumeProgress")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class AccountApiUsageLevelVolumeProgress:
    """Attributes:
    computed_ts (int): Unix timestamp (seconds) when this progress was computed; trailing_30d_volume_fp covers the
        trailing 30 days ending at this time.
    trailing_30d_volume_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as
        \"fp\" in field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    goals (list[AccountApiUsageLevelVolumeGoal]):
    """

    computed_ts: int

    trailing_30d_volume_fp: Decimal = _attrs_field(converter=to_count)

    goals: list[AccountApiUsageLevelVolumeGoal]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_bound:
            _bind_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.computed_ts, Unset):
            pass
        elif (
            self.computed_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["computed_ts"] = None
        else:
            field_dict["computed_ts"] = self.computed_ts
        if isinstance(self.trailing_30d_volume_fp, Unset):
            pass
        elif (
            self.trailing_30d_volume_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["trailing_30d_volume_fp"] = None
        else:
            field_dict["trailing_30d_volume_fp"] = fixed_point_text(
                self.trailing_30d_volume_fp, "trailing_30d_volume_fp", counts=True
            )
        if isinstance(self.goals, Unset):
            pass
        elif self.goals is None:  # a null the spec does not allow, kept as received
            field_dict["goals"] = None
        else:
            _goals = []
            for goals_item_data in self.goals:
                goals_item = goals_item_data.to_dict()
                _goals.append(goals_item)

            field_dict["goals"] = _goals
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_bound:
            _bind_lazy()
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("computed_ts", UNSET)
            _f_computed_ts: Any
            if type(_v) is int:
                _f_computed_ts = _v

            elif _v is UNSET:
                _f_computed_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "AccountApiUsageLevelVolumeProgress",
                    "computed_ts",
                    "missing",
                )
            elif _v is None:
                _f_computed_ts = None
                _deviations = record_deviation(
                    _deviations,
                    "AccountApiUsageLevelVolumeProgress",
                    "computed_ts",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("computed_ts", "int", _v)
                _f_computed_ts = _v

            _v = _get("trailing_30d_volume_fp", UNSET)
            _f_trailing_30d_volume_fp: Any
            if type(_v) is str:
                try:
                    _f_trailing_30d_volume_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_trailing_30d_volume_fp = parse_fixed_point(
                        _v, "trailing_30d_volume_fp"
                    )

            elif _v is UNSET:
                _f_trailing_30d_volume_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "AccountApiUsageLevelVolumeProgress",
                    "trailing_30d_volume_fp",
                    "missing",
                )
            elif _v is None:
                _f_trailing_30d_volume_fp = None
                _deviations = record_deviation(
                    _deviations,
                    "AccountApiUsageLevelVolumeProgress",
                    "trailing_30d_volume_fp",
                    "null",
                )
            else:
                _f_trailing_30d_volume_fp = parse_fixed_point(
                    _v, "trailing_30d_volume_fp"
                )

            _v = _get("goals", UNSET)
            _f_goals: Any
            if _v is UNSET:
                _f_goals = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "AccountApiUsageLevelVolumeProgress",
                    "goals",
                    "missing",
                )
            elif _v is None:
                _f_goals = None
                _deviations = record_deviation(
                    _deviations, "AccountApiUsageLevelVolumeProgress", "goals", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("goals", "array", _v)
                try:
                    _f_goals = list(map(AccountApiUsageLevelVolumeGoal.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("goals", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        account_api_usage_level_volume_progress = _new(cls)
        account_api_usage_level_volume_progress.computed_ts = _f_computed_ts
        account_api_usage_level_volume_progress.trailing_30d_volume_fp = (
            _f_trailing_30d_volume_fp
        )
        account_api_usage_level_volume_progress.goals = _f_goals
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"computed_ts", "trailing_30d_volume_fp", "goals"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            account_api_usage_level_volume_progress.additional_properties = _extra_found
        else:
            account_api_usage_level_volume_progress.additional_properties = {}
        account_api_usage_level_volume_progress._deviations = _deviations
        return account_api_usage_level_volume_progress

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("computed_ts", "computed_ts", int, True, None),
            ("trailing_30d_volume_fp", "trailing_30d_volume_fp", str, True, None),
            (
                "goals",
                "goals",
                list_of(wire_struct(AccountApiUsageLevelVolumeGoal)),
                True,
                AccountApiUsageLevelVolumeGoal,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        account_api_usage_level_volume_progress = _new(cls)
        account_api_usage_level_volume_progress.computed_ts = w.computed_ts
        try:
            account_api_usage_level_volume_progress.trailing_30d_volume_fp = (
                FIXED_POINT[w.trailing_30d_volume_fp]
            )
        except KeyError:
            account_api_usage_level_volume_progress.trailing_30d_volume_fp = (
                parse_fixed_point(w.trailing_30d_volume_fp, "trailing_30d_volume_fp")
            )
        account_api_usage_level_volume_progress.goals = items_from_wire(
            AccountApiUsageLevelVolumeGoal, w.goals
        )
        account_api_usage_level_volume_progress.additional_properties = w._extras()
        account_api_usage_level_volume_progress._deviations = None
        return account_api_usage_level_volume_progress

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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, AccountApiUsageLevelVolumeGoal
    from ..models.account_api_usage_level_volume_goal import (
        AccountApiUsageLevelVolumeGoal,
    )

    _lazy_bound = True
