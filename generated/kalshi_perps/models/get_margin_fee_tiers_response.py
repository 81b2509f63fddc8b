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
    from ..models.get_margin_fee_tiers_response_maker_fee_rates import (
        GetMarginFeeTiersResponseMakerFeeRates,
    )
    from ..models.get_margin_fee_tiers_response_taker_fee_rates import (
        GetMarginFeeTiersResponseTakerFeeRates,
    )


T = TypeVar("T", bound="GetMarginFeeTiersResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetMarginFeeTiersResponse:
    """Attributes:
    maker_fee_rates (GetMarginFeeTiersResponseMakerFeeRates): A map of margin market ticker to the maker-side fee
        rate as a decimal fraction of notional (e.g. 0.0005 = 0.05% = 5 bps). Multiply notional by this value to compute
        the fee.
    taker_fee_rates (GetMarginFeeTiersResponseTakerFeeRates): A map of margin market ticker to the taker-side fee
        rate as a decimal fraction of notional (e.g. 0.0012 = 0.12% = 12 bps). Multiply notional by this value to
        compute the fee.
    """

    maker_fee_rates: GetMarginFeeTiersResponseMakerFeeRates

    taker_fee_rates: GetMarginFeeTiersResponseTakerFeeRates

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
        if isinstance(self.maker_fee_rates, Unset):
            pass
        elif (
            self.maker_fee_rates is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maker_fee_rates"] = None
        else:
            _maker_fee_rates = self.maker_fee_rates.to_dict()
            field_dict["maker_fee_rates"] = _maker_fee_rates
        if isinstance(self.taker_fee_rates, Unset):
            pass
        elif (
            self.taker_fee_rates is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_fee_rates"] = None
        else:
            _taker_fee_rates = self.taker_fee_rates.to_dict()
            field_dict["taker_fee_rates"] = _taker_fee_rates
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
            _v = _get("maker_fee_rates", UNSET)
            _f_maker_fee_rates: Any
            if _v is UNSET:
                _f_maker_fee_rates = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginFeeTiersResponse",
                    "maker_fee_rates",
                    "missing",
                )
            elif _v is None:
                _f_maker_fee_rates = None
                _deviations = record_deviation(
                    _deviations, "GetMarginFeeTiersResponse", "maker_fee_rates", "null"
                )
            else:
                try:
                    _f_maker_fee_rates = (
                        GetMarginFeeTiersResponseMakerFeeRates.from_dict(_v)
                    )
                except BadValue as _bad:
                    raise _bad.within("maker_fee_rates") from None

            _v = _get("taker_fee_rates", UNSET)
            _f_taker_fee_rates: Any
            if _v is UNSET:
                _f_taker_fee_rates = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginFeeTiersResponse",
                    "taker_fee_rates",
                    "missing",
                )
            elif _v is None:
                _f_taker_fee_rates = None
                _deviations = record_deviation(
                    _deviations, "GetMarginFeeTiersResponse", "taker_fee_rates", "null"
                )
            else:
                try:
                    _f_taker_fee_rates = (
                        GetMarginFeeTiersResponseTakerFeeRates.from_dict(_v)
                    )
                except BadValue as _bad:
                    raise _bad.within("taker_fee_rates") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_margin_fee_tiers_response = _new(cls)
        get_margin_fee_tiers_response.maker_fee_rates = _f_maker_fee_rates
        get_margin_fee_tiers_response.taker_fee_rates = _f_taker_fee_rates
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"maker_fee_rates", "taker_fee_rates"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_margin_fee_tiers_response.additional_properties = _extra_found
        else:
            get_margin_fee_tiers_response.additional_properties = {}
        get_margin_fee_tiers_response._deviations = _deviations
        return get_margin_fee_tiers_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            (
                "maker_fee_rates",
                "maker_fee_rates",
                wire_struct(GetMarginFeeTiersResponseMakerFeeRates),
                True,
                None,
            ),
            (
                "taker_fee_rates",
                "taker_fee_rates",
                wire_struct(GetMarginFeeTiersResponseTakerFeeRates),
                True,
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
        get_margin_fee_tiers_response = _new(cls)
        get_margin_fee_tiers_response.maker_fee_rates = (
            GetMarginFeeTiersResponseMakerFeeRates._from_wire(w.maker_fee_rates)
        )
        get_margin_fee_tiers_response.taker_fee_rates = (
            GetMarginFeeTiersResponseTakerFeeRates._from_wire(w.taker_fee_rates)
        )
        get_margin_fee_tiers_response.additional_properties = w._extras()
        get_margin_fee_tiers_response._deviations = None
        return get_margin_fee_tiers_response

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
        GetMarginFeeTiersResponseMakerFeeRates, \
        GetMarginFeeTiersResponseTakerFeeRates
    from ..models.get_margin_fee_tiers_response_maker_fee_rates import (
        GetMarginFeeTiersResponseMakerFeeRates,
    )
    from ..models.get_margin_fee_tiers_response_taker_fee_rates import (
        GetMarginFeeTiersResponseTakerFeeRates,
    )

    _lazy_bound = True
