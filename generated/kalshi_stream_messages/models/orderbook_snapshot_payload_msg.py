from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_pairs,
    fixed_point_texts,
    fixed_point_wire_pairs,
    learn_extras,
    model_repr,
    parse_uuid,
    record_deviation,
)

T = TypeVar("T", bound="OrderbookSnapshotPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class OrderbookSnapshotPayloadMsg:
    """Attributes:
    market_ticker (str): Unique market identifier
    market_id (UUID): Unique market UUID
    yes_dollars_fp (list[tuple[Decimal, Decimal]] | Unset): Optional - This key will not exist if there are no Yes
        offers in the orderbook.
        Price levels represented as [price_in_dollars, contract_count_fp].
        Format: [price_in_dollars, contract_count_fp]
    no_dollars_fp (list[tuple[Decimal, Decimal]] | Unset): Optional - Same format as \"yes_dollars_fp\" but for the NO
        side of the orderbook.
        This key will not exist if there are no No offers in the orderbook.
        Format: [price_in_dollars, contract_count_fp]
    """

    market_ticker: str

    market_id: UUID

    yes_dollars_fp: list[tuple[Decimal, Decimal]] | Unset = UNSET
    no_dollars_fp: list[tuple[Decimal, Decimal]] | Unset = UNSET
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
        if isinstance(self.market_id, Unset):
            pass
        elif self.market_id is None:  # a null the spec does not allow, kept as received
            field_dict["market_id"] = None
        else:
            _market_id = str(self.market_id)
            field_dict["market_id"] = _market_id
        if isinstance(self.yes_dollars_fp, Unset):
            pass
        elif (
            self.yes_dollars_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_dollars_fp"] = None
        else:
            field_dict["yes_dollars_fp"] = fixed_point_texts(
                self.yes_dollars_fp, "yes_dollars_fp", 2, counts=True
            )
        if isinstance(self.no_dollars_fp, Unset):
            pass
        elif (
            self.no_dollars_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_dollars_fp"] = None
        else:
            field_dict["no_dollars_fp"] = fixed_point_texts(
                self.no_dollars_fp, "no_dollars_fp", 2, counts=True
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
            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "OrderbookSnapshotPayloadMsg",
                    "market_ticker",
                    "missing",
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "OrderbookSnapshotPayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("market_id", UNSET)
            _f_market_id: Any
            if _v is UNSET:
                _f_market_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderbookSnapshotPayloadMsg", "market_id", "missing"
                )
            elif _v is None:
                _f_market_id = None
                _deviations = record_deviation(
                    _deviations, "OrderbookSnapshotPayloadMsg", "market_id", "null"
                )
            else:
                _f_market_id = parse_uuid(_v, "market_id")

            _v = _get("yes_dollars_fp", UNSET)
            _f_yes_dollars_fp: Any
            if _v is UNSET:
                _f_yes_dollars_fp = UNSET
                _absent += 1
            elif _v is None:
                _f_yes_dollars_fp = None
                _deviations = record_deviation(
                    _deviations, "OrderbookSnapshotPayloadMsg", "yes_dollars_fp", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("yes_dollars_fp", "array", _v)
                _f_yes_dollars_fp = fixed_point_pairs(_v, "yes_dollars_fp")

            _v = _get("no_dollars_fp", UNSET)
            _f_no_dollars_fp: Any
            if _v is UNSET:
                _f_no_dollars_fp = UNSET
                _absent += 1
            elif _v is None:
                _f_no_dollars_fp = None
                _deviations = record_deviation(
                    _deviations, "OrderbookSnapshotPayloadMsg", "no_dollars_fp", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("no_dollars_fp", "array", _v)
                _f_no_dollars_fp = fixed_point_pairs(_v, "no_dollars_fp")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        orderbook_snapshot_payload_msg = _new(cls)
        orderbook_snapshot_payload_msg.market_ticker = _f_market_ticker
        orderbook_snapshot_payload_msg.market_id = _f_market_id
        orderbook_snapshot_payload_msg.yes_dollars_fp = _f_yes_dollars_fp
        orderbook_snapshot_payload_msg.no_dollars_fp = _f_no_dollars_fp
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "market_ticker",
                "market_id",
                "yes_dollars_fp",
                "no_dollars_fp",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            orderbook_snapshot_payload_msg.additional_properties = _extra_found
        else:
            orderbook_snapshot_payload_msg.additional_properties = {}
        orderbook_snapshot_payload_msg._deviations = _deviations
        return orderbook_snapshot_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("market_ticker", "market_ticker", str, True, None),
            ("market_id", "market_id", str, True, None),
            ("yes_dollars_fp", "yes_dollars_fp", list[tuple[str, str]], False, None),
            ("no_dollars_fp", "no_dollars_fp", list[tuple[str, str]], False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        orderbook_snapshot_payload_msg = _new(cls)
        orderbook_snapshot_payload_msg.market_ticker = w.market_ticker
        orderbook_snapshot_payload_msg.market_id = parse_uuid(w.market_id, "market_id")
        if w.yes_dollars_fp is UNSET:
            orderbook_snapshot_payload_msg.yes_dollars_fp = w.yes_dollars_fp
        else:
            orderbook_snapshot_payload_msg.yes_dollars_fp = fixed_point_wire_pairs(
                w.yes_dollars_fp, "yes_dollars_fp"
            )
        if w.no_dollars_fp is UNSET:
            orderbook_snapshot_payload_msg.no_dollars_fp = w.no_dollars_fp
        else:
            orderbook_snapshot_payload_msg.no_dollars_fp = fixed_point_wire_pairs(
                w.no_dollars_fp, "no_dollars_fp"
            )
        orderbook_snapshot_payload_msg.additional_properties = w._extras()
        orderbook_snapshot_payload_msg._deviations = None
        return orderbook_snapshot_payload_msg

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
