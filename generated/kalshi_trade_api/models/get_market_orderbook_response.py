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
    from ..models.orderbook_count_fp import OrderbookCountFp


T = TypeVar("T", bound="GetMarketOrderbookResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetMarketOrderbookResponse:
    """Attributes:
    orderbook_fp (OrderbookCountFp): Orderbook with fixed-point contract counts (fp) in all dollar price levels.
    """

    orderbook_fp: OrderbookCountFp

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
        if isinstance(self.orderbook_fp, Unset):
            pass
        elif (
            self.orderbook_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["orderbook_fp"] = None
        else:
            _orderbook_fp = self.orderbook_fp.to_dict()
            field_dict["orderbook_fp"] = _orderbook_fp
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
            _v = _get("orderbook_fp", UNSET)
            _f_orderbook_fp: Any
            if _v is UNSET:
                _f_orderbook_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetMarketOrderbookResponse", "orderbook_fp", "missing"
                )
            elif _v is None:
                _f_orderbook_fp = None
                _deviations = record_deviation(
                    _deviations, "GetMarketOrderbookResponse", "orderbook_fp", "null"
                )
            else:
                try:
                    _f_orderbook_fp = OrderbookCountFp.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("orderbook_fp") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_market_orderbook_response = _new(cls)
        get_market_orderbook_response.orderbook_fp = _f_orderbook_fp
        if len(src_dict) + _absent > 1:
            _known: set[str] = {"orderbook_fp"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_market_orderbook_response.additional_properties = _extra_found
        else:
            get_market_orderbook_response.additional_properties = {}
        get_market_orderbook_response._deviations = _deviations
        return get_market_orderbook_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("orderbook_fp", "orderbook_fp", wire_struct(OrderbookCountFp), True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_market_orderbook_response = _new(cls)
        get_market_orderbook_response.orderbook_fp = OrderbookCountFp._from_wire(
            w.orderbook_fp
        )
        get_market_orderbook_response.additional_properties = w._extras()
        get_market_orderbook_response._deviations = None
        return get_market_orderbook_response

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
    global _lazy_bound, OrderbookCountFp
    from ..models.orderbook_count_fp import OrderbookCountFp

    _lazy_bound = True
