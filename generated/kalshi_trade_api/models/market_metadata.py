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

T = TypeVar("T", bound="MarketMetadata")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarketMetadata:
    """Attributes:
    market_ticker (str): The ticker of the market.
    image_url (str): A path to an image that represents this market.
    color_code (str): The color code for the market.
    """

    market_ticker: str

    image_url: str

    color_code: str

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
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.image_url, Unset):
            pass
        elif self.image_url is None:  # a null the spec does not allow, kept as received
            field_dict["image_url"] = None
        else:
            field_dict["image_url"] = self.image_url
        if isinstance(self.color_code, Unset):
            pass
        elif (
            self.color_code is None
        ):  # a null the spec does not allow, kept as received
            field_dict["color_code"] = None
        else:
            field_dict["color_code"] = self.color_code
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
            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketMetadata", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarketMetadata", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("image_url", UNSET)
            _f_image_url: Any
            if type(_v) is str:
                _f_image_url = _v

            elif _v is UNSET:
                _f_image_url = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketMetadata", "image_url", "missing"
                )
            elif _v is None:
                _f_image_url = None
                _deviations = record_deviation(
                    _deviations, "MarketMetadata", "image_url", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("image_url", "str", _v)
                _f_image_url = _v

            _v = _get("color_code", UNSET)
            _f_color_code: Any
            if type(_v) is str:
                _f_color_code = _v

            elif _v is UNSET:
                _f_color_code = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketMetadata", "color_code", "missing"
                )
            elif _v is None:
                _f_color_code = None
                _deviations = record_deviation(
                    _deviations, "MarketMetadata", "color_code", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("color_code", "str", _v)
                _f_color_code = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        market_metadata = _new(cls)
        market_metadata.market_ticker = _f_market_ticker
        market_metadata.image_url = _f_image_url
        market_metadata.color_code = _f_color_code
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"market_ticker", "image_url", "color_code"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            market_metadata.additional_properties = _extra_found
        else:
            market_metadata.additional_properties = {}
        market_metadata._deviations = _deviations
        return market_metadata

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("market_ticker", "market_ticker", str, True, None),
            ("image_url", "image_url", str, True, None),
            ("color_code", "color_code", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        market_metadata = _new(cls)
        market_metadata.market_ticker = w.market_ticker
        market_metadata.image_url = w.image_url
        market_metadata.color_code = w.color_code
        market_metadata.additional_properties = w._extras()
        market_metadata._deviations = None
        return market_metadata

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
