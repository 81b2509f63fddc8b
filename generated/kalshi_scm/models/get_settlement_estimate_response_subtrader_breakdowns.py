from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    BadValue,
    _new,
    model_repr,
    record_deviation,
)

if TYPE_CHECKING:
    from ..models.settlement_estimate import SettlementEstimate


T = TypeVar("T", bound="GetSettlementEstimateResponseSubtraderBreakdowns")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetSettlementEstimateResponseSubtraderBreakdowns:
    """Map of subtrader ID to that subtrader's settlement estimate."""

    additional_properties: dict[str, SettlementEstimate] = _attrs_field(
        init=False, factory=dict
    )
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
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()
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
        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_settlement_estimate_response_subtrader_breakdowns = _new(cls)
        if len(src_dict) + _absent > 0:
            _known: set[str] = set()
            _extra: dict[str, Any] = {}
            try:
                for _key, _v in src_dict.items():
                    if _key in _known:
                        continue
                    if _v is None:
                        _extra[_key] = None
                        _deviations = record_deviation(
                            _deviations,
                            "GetSettlementEstimateResponseSubtraderBreakdowns",
                            _key,
                            "null",
                        )
                        continue
                    try:
                        _extra[_key] = SettlementEstimate.from_dict(_v)
                    except BadValue as _bad:
                        raise _bad.within(_key) from None

            except BadValue as _bad:
                _bad.source = src_dict
                raise
            get_settlement_estimate_response_subtrader_breakdowns.additional_properties = _extra
        else:
            get_settlement_estimate_response_subtrader_breakdowns.additional_properties = {}
        get_settlement_estimate_response_subtrader_breakdowns._deviations = _deviations
        return get_settlement_estimate_response_subtrader_breakdowns

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return []

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        return cls.from_dict(w)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SettlementEstimate:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SettlementEstimate) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, SettlementEstimate
    from ..models.settlement_estimate import SettlementEstimate

    _lazy_bound = True
