from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.incentive_program_incentive_type import (
    INCENTIVE_PROGRAM_INCENTIVE_TYPE_VALUES,
    IncentiveProgramIncentiveType,
    check_incentive_program_incentive_type,
)
from ..types import (
    FIXED_POINT,
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_text,
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    parse_fixed_point,
    record_deviation,
    to_count_or_none_or_unset,
)

T = TypeVar("T", bound="IncentiveProgram")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class IncentiveProgram:
    """Attributes:
    id (str): Unique identifier for the incentive program
    market_id (str): The unique identifier of the market associated with this incentive program
    market_ticker (str): The ticker symbol of the market associated with this incentive program
    incentive_type (IncentiveProgramIncentiveType): Type of incentive program
    incentive_description (str): Plain text description of the incentive program
    start_date (datetime.datetime): Start date of the incentive program
    end_date (datetime.datetime): End date of the incentive program
    period_reward (int): Total reward for the period in centi-cents
    paid_out (bool): Whether the incentive has been paid out
    discount_factor_bps (int | None | Unset): Discount factor in basis points (optional)
    target_size_fp (None | Decimal | Unset): String representation of the target size for the incentive program
        (optional)
    max_reward_per_account (int | None | Unset): Maximum reward per account in centi-cents (optional)
    """

    id: str

    market_id: str

    market_ticker: str

    incentive_type: IncentiveProgramIncentiveType

    incentive_description: str

    start_date: datetime.datetime

    end_date: datetime.datetime

    period_reward: int

    paid_out: bool

    discount_factor_bps: int | None | Unset = UNSET

    target_size_fp: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_none_or_unset
    )

    max_reward_per_account: int | None | Unset = UNSET

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
        if isinstance(self.market_id, Unset):
            pass
        elif self.market_id is None:  # a null the spec does not allow, kept as received
            field_dict["market_id"] = None
        else:
            field_dict["market_id"] = self.market_id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.incentive_type, Unset):
            pass
        elif (
            self.incentive_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["incentive_type"] = None
        else:
            _incentive_type: str = check_incentive_program_incentive_type(
                self.incentive_type, "incentive_type"
            )
            field_dict["incentive_type"] = _incentive_type
        if isinstance(self.incentive_description, Unset):
            pass
        elif (
            self.incentive_description is None
        ):  # a null the spec does not allow, kept as received
            field_dict["incentive_description"] = None
        else:
            field_dict["incentive_description"] = self.incentive_description
        if isinstance(self.start_date, Unset):
            pass
        elif (
            self.start_date is None
        ):  # a null the spec does not allow, kept as received
            field_dict["start_date"] = None
        else:
            _start_date = self.start_date.isoformat()
            field_dict["start_date"] = _start_date
        if isinstance(self.end_date, Unset):
            pass
        elif self.end_date is None:  # a null the spec does not allow, kept as received
            field_dict["end_date"] = None
        else:
            _end_date = self.end_date.isoformat()
            field_dict["end_date"] = _end_date
        if isinstance(self.period_reward, Unset):
            pass
        elif (
            self.period_reward is None
        ):  # a null the spec does not allow, kept as received
            field_dict["period_reward"] = None
        else:
            field_dict["period_reward"] = self.period_reward
        if isinstance(self.paid_out, Unset):
            pass
        elif self.paid_out is None:  # a null the spec does not allow, kept as received
            field_dict["paid_out"] = None
        else:
            field_dict["paid_out"] = self.paid_out
        if isinstance(self.discount_factor_bps, Unset):
            pass
        else:
            _discount_factor_bps: int | None | Unset
            if isinstance(self.discount_factor_bps, Unset):
                _discount_factor_bps = UNSET
            else:
                _discount_factor_bps = self.discount_factor_bps
            field_dict["discount_factor_bps"] = _discount_factor_bps
        if isinstance(self.target_size_fp, Unset):
            pass
        else:
            field_dict["target_size_fp"] = (
                None
                if self.target_size_fp is None
                else fixed_point_text(
                    self.target_size_fp, "target_size_fp", counts=True
                )
            )
        if isinstance(self.max_reward_per_account, Unset):
            pass
        else:
            _max_reward_per_account: int | None | Unset
            if isinstance(self.max_reward_per_account, Unset):
                _max_reward_per_account = UNSET
            else:
                _max_reward_per_account = self.max_reward_per_account
            field_dict["max_reward_per_account"] = _max_reward_per_account
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
                    _deviations, "IncentiveProgram", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("market_id", UNSET)
            _f_market_id: Any
            if type(_v) is str:
                _f_market_id = _v

            elif _v is UNSET:
                _f_market_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "market_id", "missing"
                )
            elif _v is None:
                _f_market_id = None
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "market_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_id", "str", _v)
                _f_market_id = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("incentive_type", UNSET)
            _f_incentive_type: Any
            if type(_v) is str and _v in INCENTIVE_PROGRAM_INCENTIVE_TYPE_VALUES:
                _f_incentive_type = _v

            elif _v is UNSET:
                _f_incentive_type = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "incentive_type", "missing"
                )
            elif _v is None:
                _f_incentive_type = None
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "incentive_type", "null"
                )
            else:
                _f_incentive_type = check_incentive_program_incentive_type(
                    _v, "incentive_type", received=True
                )

            _v = _get("incentive_description", UNSET)
            _f_incentive_description: Any
            if type(_v) is str:
                _f_incentive_description = _v

            elif _v is UNSET:
                _f_incentive_description = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "incentive_description", "missing"
                )
            elif _v is None:
                _f_incentive_description = None
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "incentive_description", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("incentive_description", "str", _v)
                _f_incentive_description = _v

            _v = _get("start_date", UNSET)
            _f_start_date: Any
            if type(_v) is str:
                try:
                    _f_start_date = fromisoformat(_v)
                except ValueError:
                    _f_start_date = parse_datetime(_v, "start_date")

            elif _v is UNSET:
                _f_start_date = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "start_date", "missing"
                )
            elif _v is None:
                _f_start_date = None
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "start_date", "null"
                )
            else:
                _f_start_date = parse_datetime(_v, "start_date")

            _v = _get("end_date", UNSET)
            _f_end_date: Any
            if type(_v) is str:
                try:
                    _f_end_date = fromisoformat(_v)
                except ValueError:
                    _f_end_date = parse_datetime(_v, "end_date")

            elif _v is UNSET:
                _f_end_date = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "end_date", "missing"
                )
            elif _v is None:
                _f_end_date = None
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "end_date", "null"
                )
            else:
                _f_end_date = parse_datetime(_v, "end_date")

            _v = _get("period_reward", UNSET)
            _f_period_reward: Any
            if type(_v) is int:
                _f_period_reward = _v

            elif _v is UNSET:
                _f_period_reward = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "period_reward", "missing"
                )
            elif _v is None:
                _f_period_reward = None
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "period_reward", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("period_reward", "int", _v)
                _f_period_reward = _v

            _v = _get("paid_out", UNSET)
            _f_paid_out: Any
            if type(_v) is bool:
                _f_paid_out = _v

            elif _v is UNSET:
                _f_paid_out = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "paid_out", "missing"
                )
            elif _v is None:
                _f_paid_out = None
                _deviations = record_deviation(
                    _deviations, "IncentiveProgram", "paid_out", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("paid_out", "bool", _v)
                _f_paid_out = _v

            _v = _get("discount_factor_bps", UNSET)
            _f_discount_factor_bps: Any
            if type(_v) is int:
                _f_discount_factor_bps = _v

            elif _v is UNSET:
                _f_discount_factor_bps = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_discount_factor_bps = None
                else:
                    if type(_v) is not int:
                        raise BadValue("discount_factor_bps", "int", _v)
                    _f_discount_factor_bps = _v

            _v = _get("target_size_fp", UNSET)
            _f_target_size_fp: Any
            if type(_v) is str:
                try:
                    _f_target_size_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_target_size_fp = parse_fixed_point(_v, "target_size_fp")

            elif _v is UNSET:
                _f_target_size_fp = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_target_size_fp = None
                else:
                    _f_target_size_fp = parse_fixed_point(_v, "target_size_fp")

            _v = _get("max_reward_per_account", UNSET)
            _f_max_reward_per_account: Any
            if type(_v) is int:
                _f_max_reward_per_account = _v

            elif _v is UNSET:
                _f_max_reward_per_account = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_max_reward_per_account = None
                else:
                    if type(_v) is not int:
                        raise BadValue("max_reward_per_account", "int", _v)
                    _f_max_reward_per_account = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        incentive_program = _new(cls)
        incentive_program.id = _f_id
        incentive_program.market_id = _f_market_id
        incentive_program.market_ticker = _f_market_ticker
        incentive_program.incentive_type = _f_incentive_type
        incentive_program.incentive_description = _f_incentive_description
        incentive_program.start_date = _f_start_date
        incentive_program.end_date = _f_end_date
        incentive_program.period_reward = _f_period_reward
        incentive_program.paid_out = _f_paid_out
        incentive_program.discount_factor_bps = _f_discount_factor_bps
        incentive_program.target_size_fp = _f_target_size_fp
        incentive_program.max_reward_per_account = _f_max_reward_per_account
        if len(src_dict) + _absent > 12:
            _known: set[str] = {
                "id",
                "market_id",
                "market_ticker",
                "incentive_type",
                "incentive_description",
                "start_date",
                "end_date",
                "period_reward",
                "paid_out",
                "discount_factor_bps",
                "target_size_fp",
                "max_reward_per_account",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            incentive_program.additional_properties = _extra_found
        else:
            incentive_program.additional_properties = {}
        incentive_program._deviations = _deviations
        return incentive_program

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("market_id", "market_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("incentive_type", "incentive_type", str, True, None),
            ("incentive_description", "incentive_description", str, True, None),
            ("start_date", "start_date", str, True, None),
            ("end_date", "end_date", str, True, None),
            ("period_reward", "period_reward", int, True, None),
            ("paid_out", "paid_out", bool, True, None),
            ("discount_factor_bps", "discount_factor_bps", int | None, False, None),
            ("target_size_fp", "target_size_fp", str | None, False, None),
            (
                "max_reward_per_account",
                "max_reward_per_account",
                int | None,
                False,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        incentive_program = _new(cls)
        incentive_program.id = w.id
        incentive_program.market_id = w.market_id
        incentive_program.market_ticker = w.market_ticker
        incentive_program.incentive_type = (
            w.incentive_type
            if w.incentive_type in INCENTIVE_PROGRAM_INCENTIVE_TYPE_VALUES
            else check_incentive_program_incentive_type(
                w.incentive_type, "incentive_type", received=True
            )
        )
        incentive_program.incentive_description = w.incentive_description
        incentive_program.start_date = fromisoformat(w.start_date)
        incentive_program.end_date = fromisoformat(w.end_date)
        incentive_program.period_reward = w.period_reward
        incentive_program.paid_out = w.paid_out
        incentive_program.discount_factor_bps = w.discount_factor_bps
        if w.target_size_fp is UNSET or w.target_size_fp is None:
            incentive_program.target_size_fp = w.target_size_fp
        else:
            try:
                incentive_program.target_size_fp = FIXED_POINT[w.target_size_fp]
            except KeyError:
                incentive_program.target_size_fp = parse_fixed_point(
                    w.target_size_fp, "target_size_fp"
                )
        incentive_program.max_reward_per_account = w.max_reward_per_account
        incentive_program.additional_properties = w._extras()
        incentive_program._deviations = None
        return incentive_program

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
