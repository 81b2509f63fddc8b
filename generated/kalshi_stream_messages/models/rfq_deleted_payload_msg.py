from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

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
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    parse_fixed_point,
    record_deviation,
    to_count_or_unset,
    to_dollars_or_unset,
)

T = TypeVar("T", bound="RfqDeletedPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class RfqDeletedPayloadMsg:
    """Attributes:
    id (str): Unique identifier for the RFQ
    creator_id (str): Public communications ID of the RFQ creator (anonymized)
    market_ticker (str): Market ticker for the RFQ
    deleted_ts (datetime.datetime): Timestamp when the RFQ was deleted
    event_ticker (str | Unset): Event ticker (optional)
    contracts_fp (Decimal | Unset): Fixed-point contracts requested (2 decimals) (optional)
    target_cost_dollars (Decimal | Unset): Target cost in dollars (optional)
    """

    id: str

    creator_id: str

    market_ticker: str

    deleted_ts: datetime.datetime

    event_ticker: str | Unset = UNSET

    contracts_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_unset
    )

    target_cost_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

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
        if isinstance(self.creator_id, Unset):
            pass
        elif (
            self.creator_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["creator_id"] = None
        else:
            field_dict["creator_id"] = self.creator_id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.deleted_ts, Unset):
            pass
        elif (
            self.deleted_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["deleted_ts"] = None
        else:
            _deleted_ts = self.deleted_ts.isoformat()
            field_dict["deleted_ts"] = _deleted_ts
        if isinstance(self.event_ticker, Unset):
            pass
        elif (
            self.event_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_ticker"] = None
        else:
            field_dict["event_ticker"] = self.event_ticker
        if isinstance(self.contracts_fp, Unset):
            pass
        elif (
            self.contracts_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["contracts_fp"] = None
        else:
            field_dict["contracts_fp"] = fixed_point_text(
                self.contracts_fp, "contracts_fp", counts=True
            )
        if isinstance(self.target_cost_dollars, Unset):
            pass
        elif (
            self.target_cost_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["target_cost_dollars"] = None
        else:
            field_dict["target_cost_dollars"] = fixed_point_text(
                self.target_cost_dollars, "target_cost_dollars", counts=False
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
            _v = _get("id", UNSET)
            _f_id: Any
            if type(_v) is str:
                _f_id = _v

            elif _v is UNSET:
                _f_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "RfqDeletedPayloadMsg", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "RfqDeletedPayloadMsg", "id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("creator_id", UNSET)
            _f_creator_id: Any
            if type(_v) is str:
                _f_creator_id = _v

            elif _v is UNSET:
                _f_creator_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "RfqDeletedPayloadMsg", "creator_id", "missing"
                )
            elif _v is None:
                _f_creator_id = None
                _deviations = record_deviation(
                    _deviations, "RfqDeletedPayloadMsg", "creator_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("creator_id", "str", _v)
                _f_creator_id = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "RfqDeletedPayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "RfqDeletedPayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("deleted_ts", UNSET)
            _f_deleted_ts: Any
            if type(_v) is str:
                try:
                    _f_deleted_ts = fromisoformat(_v)
                except ValueError:
                    _f_deleted_ts = parse_datetime(_v, "deleted_ts")

            elif _v is UNSET:
                _f_deleted_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "RfqDeletedPayloadMsg", "deleted_ts", "missing"
                )
            elif _v is None:
                _f_deleted_ts = None
                _deviations = record_deviation(
                    _deviations, "RfqDeletedPayloadMsg", "deleted_ts", "null"
                )
            else:
                _f_deleted_ts = parse_datetime(_v, "deleted_ts")

            _v = _get("event_ticker", UNSET)
            _f_event_ticker: Any
            if type(_v) is str:
                _f_event_ticker = _v

            elif _v is UNSET:
                _f_event_ticker = UNSET
                _absent += 1
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations, "RfqDeletedPayloadMsg", "event_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("event_ticker", "str", _v)
                _f_event_ticker = _v

            _v = _get("contracts_fp", UNSET)
            _f_contracts_fp: Any
            if type(_v) is str:
                try:
                    _f_contracts_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_contracts_fp = parse_fixed_point(_v, "contracts_fp")

            elif _v is UNSET:
                _f_contracts_fp = UNSET
                _absent += 1
            elif _v is None:
                _f_contracts_fp = None
                _deviations = record_deviation(
                    _deviations, "RfqDeletedPayloadMsg", "contracts_fp", "null"
                )
            else:
                _f_contracts_fp = parse_fixed_point(_v, "contracts_fp")

            _v = _get("target_cost_dollars", UNSET)
            _f_target_cost_dollars: Any
            if type(_v) is str:
                try:
                    _f_target_cost_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_target_cost_dollars = parse_fixed_point(
                        _v, "target_cost_dollars"
                    )

            elif _v is UNSET:
                _f_target_cost_dollars = UNSET
                _absent += 1
            elif _v is None:
                _f_target_cost_dollars = None
                _deviations = record_deviation(
                    _deviations, "RfqDeletedPayloadMsg", "target_cost_dollars", "null"
                )
            else:
                _f_target_cost_dollars = parse_fixed_point(_v, "target_cost_dollars")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        rfq_deleted_payload_msg = _new(cls)
        rfq_deleted_payload_msg.id = _f_id
        rfq_deleted_payload_msg.creator_id = _f_creator_id
        rfq_deleted_payload_msg.market_ticker = _f_market_ticker
        rfq_deleted_payload_msg.deleted_ts = _f_deleted_ts
        rfq_deleted_payload_msg.event_ticker = _f_event_ticker
        rfq_deleted_payload_msg.contracts_fp = _f_contracts_fp
        rfq_deleted_payload_msg.target_cost_dollars = _f_target_cost_dollars
        if len(src_dict) + _absent > 7:
            _known: set[str] = {
                "id",
                "creator_id",
                "market_ticker",
                "deleted_ts",
                "event_ticker",
                "contracts_fp",
                "target_cost_dollars",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            rfq_deleted_payload_msg.additional_properties = _extra_found
        else:
            rfq_deleted_payload_msg.additional_properties = {}
        rfq_deleted_payload_msg._deviations = _deviations
        return rfq_deleted_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("creator_id", "creator_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("deleted_ts", "deleted_ts", str, True, None),
            ("event_ticker", "event_ticker", str, False, None),
            ("contracts_fp", "contracts_fp", str, False, None),
            ("target_cost_dollars", "target_cost_dollars", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        rfq_deleted_payload_msg = _new(cls)
        rfq_deleted_payload_msg.id = w.id
        rfq_deleted_payload_msg.creator_id = w.creator_id
        rfq_deleted_payload_msg.market_ticker = w.market_ticker
        rfq_deleted_payload_msg.deleted_ts = fromisoformat(w.deleted_ts)
        rfq_deleted_payload_msg.event_ticker = w.event_ticker
        if w.contracts_fp is UNSET:
            rfq_deleted_payload_msg.contracts_fp = w.contracts_fp
        else:
            try:
                rfq_deleted_payload_msg.contracts_fp = FIXED_POINT[w.contracts_fp]
            except KeyError:
                rfq_deleted_payload_msg.contracts_fp = parse_fixed_point(
                    w.contracts_fp, "contracts_fp"
                )
        if w.target_cost_dollars is UNSET:
            rfq_deleted_payload_msg.target_cost_dollars = w.target_cost_dollars
        else:
            try:
                rfq_deleted_payload_msg.target_cost_dollars = FIXED_POINT[
                    w.target_cost_dollars
                ]
            except KeyError:
                rfq_deleted_payload_msg.target_cost_dollars = parse_fixed_point(
                    w.target_cost_dollars, "target_cost_dollars"
                )
        rfq_deleted_payload_msg.additional_properties = w._extras()
        rfq_deleted_payload_msg._deviations = None
        return rfq_deleted_payload_msg

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
