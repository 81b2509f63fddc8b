from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.get_settlement_estimate_response_subtrader_breakdowns import (
        GetSettlementEstimateResponseSubtraderBreakdowns,
    )
    from ..models.settlement_estimate import SettlementEstimate


T = TypeVar("T", bound="GetSettlementEstimateResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetSettlementEstimateResponse:
    """Attributes:
    user_breakdown (SettlementEstimate):
    settlement_balance_centicents (int): Current settlement buffer balance.
    subtrader_breakdowns (GetSettlementEstimateResponseSubtraderBreakdowns | Unset): Map of subtrader ID to that
        subtrader's settlement estimate.
    """

    user_breakdown: SettlementEstimate

    settlement_balance_centicents: int

    subtrader_breakdowns: GetSettlementEstimateResponseSubtraderBreakdowns | Unset = (
        UNSET
    )

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
        if isinstance(self.user_breakdown, Unset):
            pass
        elif (
            self.user_breakdown is None
        ):  # a null the spec does not allow, kept as received
            field_dict["user_breakdown"] = None
        else:
            _user_breakdown = self.user_breakdown.to_dict()
            field_dict["user_breakdown"] = _user_breakdown
        if isinstance(self.settlement_balance_centicents, Unset):
            pass
        elif (
            self.settlement_balance_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["settlement_balance_centicents"] = None
        else:
            field_dict["settlement_balance_centicents"] = (
                self.settlement_balance_centicents
            )
        if isinstance(self.subtrader_breakdowns, Unset):
            pass
        elif (
            self.subtrader_breakdowns is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subtrader_breakdowns"] = None
        else:
            _subtrader_breakdowns: dict[str, Any] | Unset = UNSET
            if not isinstance(self.subtrader_breakdowns, Unset):
                _subtrader_breakdowns = self.subtrader_breakdowns.to_dict()
            field_dict["subtrader_breakdowns"] = _subtrader_breakdowns
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
            _v = _get("user_breakdown", UNSET)
            _f_user_breakdown: Any
            if _v is UNSET:
                _f_user_breakdown = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementEstimateResponse",
                    "user_breakdown",
                    "missing",
                )
            elif _v is None:
                _f_user_breakdown = None
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementEstimateResponse",
                    "user_breakdown",
                    "null",
                )
            else:
                try:
                    _f_user_breakdown = SettlementEstimate.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("user_breakdown") from None

            _v = _get("settlement_balance_centicents", UNSET)
            _f_settlement_balance_centicents: Any
            if type(_v) is int:
                _f_settlement_balance_centicents = _v

            elif _v is UNSET:
                _f_settlement_balance_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementEstimateResponse",
                    "settlement_balance_centicents",
                    "missing",
                )
            elif _v is None:
                _f_settlement_balance_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementEstimateResponse",
                    "settlement_balance_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("settlement_balance_centicents", "int", _v)
                _f_settlement_balance_centicents = _v

            _v = _get("subtrader_breakdowns", UNSET)
            _f_subtrader_breakdowns: Any
            if _v is UNSET:
                _f_subtrader_breakdowns = UNSET
                _absent += 1
            elif _v is None:
                _f_subtrader_breakdowns = None
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementEstimateResponse",
                    "subtrader_breakdowns",
                    "null",
                )
            else:
                try:
                    _f_subtrader_breakdowns = (
                        GetSettlementEstimateResponseSubtraderBreakdowns.from_dict(_v)
                    )
                except BadValue as _bad:
                    raise _bad.within("subtrader_breakdowns") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_settlement_estimate_response = _new(cls)
        get_settlement_estimate_response.user_breakdown = _f_user_breakdown
        get_settlement_estimate_response.settlement_balance_centicents = (
            _f_settlement_balance_centicents
        )
        get_settlement_estimate_response.subtrader_breakdowns = _f_subtrader_breakdowns
        if len(src_dict) + _absent > 3:
            _known: set[str] = {
                "user_breakdown",
                "settlement_balance_centicents",
                "subtrader_breakdowns",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_settlement_estimate_response.additional_properties = _extra_found
        else:
            get_settlement_estimate_response.additional_properties = {}
        get_settlement_estimate_response._deviations = _deviations
        return get_settlement_estimate_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            (
                "user_breakdown",
                "user_breakdown",
                wire_struct(SettlementEstimate),
                True,
                None,
            ),
            (
                "settlement_balance_centicents",
                "settlement_balance_centicents",
                int,
                True,
                None,
            ),
            (
                "subtrader_breakdowns",
                "subtrader_breakdowns",
                wire_struct(GetSettlementEstimateResponseSubtraderBreakdowns),
                False,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_settlement_estimate_response = _new(cls)
        get_settlement_estimate_response.user_breakdown = SettlementEstimate._from_wire(
            w.user_breakdown
        )
        get_settlement_estimate_response.settlement_balance_centicents = (
            w.settlement_balance_centicents
        )
        if w.subtrader_breakdowns is UNSET:
            get_settlement_estimate_response.subtrader_breakdowns = (
                w.subtrader_breakdowns
            )
        else:
            get_settlement_estimate_response.subtrader_breakdowns = (
                GetSettlementEstimateResponseSubtraderBreakdowns._from_wire(
                    w.subtrader_breakdowns
                )
            )
        get_settlement_estimate_response.additional_properties = w._extras()
        get_settlement_estimate_response._deviations = None
        return get_settlement_estimate_response

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
    global \
        _lazy_bound, \
        GetSettlementEstimateResponseSubtraderBreakdowns, \
        SettlementEstimate
    from ..models.get_settlement_estimate_response_subtrader_breakdowns import (
        GetSettlementEstimateResponseSubtraderBreakdowns,
    )
    from ..models.settlement_estimate import SettlementEstimate

    _lazy_bound = True
