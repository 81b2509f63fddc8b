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

T = TypeVar("T", bound="SettlementDetail")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class SettlementDetail:
    """Attributes:
    id (str):
    market_ticker (str):
    subtrader_id (str):
    pnl_centicents (int): PnL.
    total_fees_centicents (int): Total fees.
    total_amount_centicents (int): Total amount.
    """

    id: str

    market_ticker: str

    subtrader_id: str

    pnl_centicents: int

    total_fees_centicents: int

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
        if isinstance(self.id, Unset):
            pass
        elif self.id is None:  # a null the spec does not allow, kept as received
            field_dict["id"] = None
        else:
            field_dict["id"] = self.id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.subtrader_id, Unset):
            pass
        elif (
            self.subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subtrader_id"] = None
        else:
            field_dict["subtrader_id"] = self.subtrader_id
        if isinstance(self.pnl_centicents, Unset):
            pass
        elif (
            self.pnl_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["pnl_centicents"] = None
        else:
            field_dict["pnl_centicents"] = self.pnl_centicents
        if isinstance(self.total_fees_centicents, Unset):
            pass
        elif (
            self.total_fees_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["total_fees_centicents"] = None
        else:
            field_dict["total_fees_centicents"] = self.total_fees_centicents
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
            _v = _get("id", UNSET)
            _f_id: Any
            if type(_v) is str:
                _f_id = _v

            elif _v is UNSET:
                _f_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SettlementDetail", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "SettlementDetail", "id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SettlementDetail", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "SettlementDetail", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("subtrader_id", UNSET)
            _f_subtrader_id: Any
            if type(_v) is str:
                _f_subtrader_id = _v

            elif _v is UNSET:
                _f_subtrader_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SettlementDetail", "subtrader_id", "missing"
                )
            elif _v is None:
                _f_subtrader_id = None
                _deviations = record_deviation(
                    _deviations, "SettlementDetail", "subtrader_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("subtrader_id", "str", _v)
                _f_subtrader_id = _v

            _v = _get("pnl_centicents", UNSET)
            _f_pnl_centicents: Any
            if type(_v) is int:
                _f_pnl_centicents = _v

            elif _v is UNSET:
                _f_pnl_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SettlementDetail", "pnl_centicents", "missing"
                )
            elif _v is None:
                _f_pnl_centicents = None
                _deviations = record_deviation(
                    _deviations, "SettlementDetail", "pnl_centicents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("pnl_centicents", "int", _v)
                _f_pnl_centicents = _v

            _v = _get("total_fees_centicents", UNSET)
            _f_total_fees_centicents: Any
            if type(_v) is int:
                _f_total_fees_centicents = _v

            elif _v is UNSET:
                _f_total_fees_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SettlementDetail", "total_fees_centicents", "missing"
                )
            elif _v is None:
                _f_total_fees_centicents = None
                _deviations = record_deviation(
                    _deviations, "SettlementDetail", "total_fees_centicents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("total_fees_centicents", "int", _v)
                _f_total_fees_centicents = _v

            _v = _get("total_amount_centicents", UNSET)
            _f_total_amount_centicents: Any
            if type(_v) is int:
                _f_total_amount_centicents = _v

            elif _v is UNSET:
                _f_total_amount_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "SettlementDetail",
                    "total_amount_centicents",
                    "missing",
                )
            elif _v is None:
                _f_total_amount_centicents = None
                _deviations = record_deviation(
                    _deviations, "SettlementDetail", "total_amount_centicents", "null"
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
        settlement_detail = _new(cls)
        settlement_detail.id = _f_id
        settlement_detail.market_ticker = _f_market_ticker
        settlement_detail.subtrader_id = _f_subtrader_id
        settlement_detail.pnl_centicents = _f_pnl_centicents
        settlement_detail.total_fees_centicents = _f_total_fees_centicents
        settlement_detail.total_amount_centicents = _f_total_amount_centicents
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "id",
                "market_ticker",
                "subtrader_id",
                "pnl_centicents",
                "total_fees_centicents",
                "total_amount_centicents",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            settlement_detail.additional_properties = _extra_found
        else:
            settlement_detail.additional_properties = {}
        settlement_detail._deviations = _deviations
        return settlement_detail

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("subtrader_id", "subtrader_id", str, True, None),
            ("pnl_centicents", "pnl_centicents", int, True, None),
            ("total_fees_centicents", "total_fees_centicents", int, True, None),
            ("total_amount_centicents", "total_amount_centicents", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        settlement_detail = _new(cls)
        settlement_detail.id = w.id
        settlement_detail.market_ticker = w.market_ticker
        settlement_detail.subtrader_id = w.subtrader_id
        settlement_detail.pnl_centicents = w.pnl_centicents
        settlement_detail.total_fees_centicents = w.total_fees_centicents
        settlement_detail.total_amount_centicents = w.total_amount_centicents
        settlement_detail.additional_properties = w._extras()
        settlement_detail._deviations = None
        return settlement_detail

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
