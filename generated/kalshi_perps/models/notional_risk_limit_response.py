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
    from ..models.notional_risk_limit_response_notional_value_risk_limits_by_market_ticker import (
        NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker,
    )


T = TypeVar("T", bound="NotionalRiskLimitResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class NotionalRiskLimitResponse:
    """Attributes:
    default_notional_value_risk_limit (str): The notional value risk limit for the user as a fixed-point dollar
        string with 4 decimal places (e.g., \"5000.0000\") Example: 5000.0000.
    notional_value_risk_limits_by_market_ticker (NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker):
        Map of market_ticker to notional value risk limit as a fixed-point dollar string with 4 decimal places (e.g.,
        \"5000.0000\"). If present, the market-level risk limit overrides the default notional value risk limit. Example:
        {'market-abc-123': '5000.0000'}.
    """

    default_notional_value_risk_limit: str

    notional_value_risk_limits_by_market_ticker: (
        NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker
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
        if isinstance(self.default_notional_value_risk_limit, Unset):
            pass
        elif (
            self.default_notional_value_risk_limit is None
        ):  # a null the spec does not allow, kept as received
            field_dict["default_notional_value_risk_limit"] = None
        else:
            field_dict["default_notional_value_risk_limit"] = (
                self.default_notional_value_risk_limit
            )
        if isinstance(self.notional_value_risk_limits_by_market_ticker, Unset):
            pass
        elif (
            self.notional_value_risk_limits_by_market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["notional_value_risk_limits_by_market_ticker"] = None
        else:
            _notional_value_risk_limits_by_market_ticker = (
                self.notional_value_risk_limits_by_market_ticker.to_dict()
            )
            field_dict["notional_value_risk_limits_by_market_ticker"] = (
                _notional_value_risk_limits_by_market_ticker
            )
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
            _v = _get("default_notional_value_risk_limit", UNSET)
            _f_default_notional_value_risk_limit: Any
            if type(_v) is str:
                _f_default_notional_value_risk_limit = _v

            elif _v is UNSET:
                _f_default_notional_value_risk_limit = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "NotionalRiskLimitResponse",
                    "default_notional_value_risk_limit",
                    "missing",
                )
            elif _v is None:
                _f_default_notional_value_risk_limit = None
                _deviations = record_deviation(
                    _deviations,
                    "NotionalRiskLimitResponse",
                    "default_notional_value_risk_limit",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("default_notional_value_risk_limit", "str", _v)
                _f_default_notional_value_risk_limit = _v

            _v = _get("notional_value_risk_limits_by_market_ticker", UNSET)
            _f_notional_value_risk_limits_by_market_ticker: Any
            if _v is UNSET:
                _f_notional_value_risk_limits_by_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "NotionalRiskLimitResponse",
                    "notional_value_risk_limits_by_market_ticker",
                    "missing",
                )
            elif _v is None:
                _f_notional_value_risk_limits_by_market_ticker = None
                _deviations = record_deviation(
                    _deviations,
                    "NotionalRiskLimitResponse",
                    "notional_value_risk_limits_by_market_ticker",
                    "null",
                )
            else:
                try:
                    _f_notional_value_risk_limits_by_market_ticker = NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker.from_dict(
                        _v
                    )
                except BadValue as _bad:
                    raise _bad.within(
                        "notional_value_risk_limits_by_market_ticker"
                    ) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        notional_risk_limit_response = _new(cls)
        notional_risk_limit_response.default_notional_value_risk_limit = (
            _f_default_notional_value_risk_limit
        )
        notional_risk_limit_response.notional_value_risk_limits_by_market_ticker = (
            _f_notional_value_risk_limits_by_market_ticker
        )
        if len(src_dict) + _absent > 2:
            _known: set[str] = {
                "default_notional_value_risk_limit",
                "notional_value_risk_limits_by_market_ticker",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            notional_risk_limit_response.additional_properties = _extra_found
        else:
            notional_risk_limit_response.additional_properties = {}
        notional_risk_limit_response._deviations = _deviations
        return notional_risk_limit_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            (
                "default_notional_value_risk_limit",
                "default_notional_value_risk_limit",
                str,
                True,
                None,
            ),
            (
                "notional_value_risk_limits_by_market_ticker",
                "notional_value_risk_limits_by_market_ticker",
                wire_struct(
                    NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker
                ),
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
        notional_risk_limit_response = _new(cls)
        notional_risk_limit_response.default_notional_value_risk_limit = (
            w.default_notional_value_risk_limit
        )
        notional_risk_limit_response.notional_value_risk_limits_by_market_ticker = (
            NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker._from_wire(
                w.notional_value_risk_limits_by_market_ticker
            )
        )
        notional_risk_limit_response.additional_properties = w._extras()
        notional_risk_limit_response._deviations = None
        return notional_risk_limit_response

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
    global _lazy_bound, NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker
    from ..models.notional_risk_limit_response_notional_value_risk_limits_by_market_ticker import (
        NotionalRiskLimitResponseNotionalValueRiskLimitsByMarketTicker,
    )

    _lazy_bound = True
