from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

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
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    parse_datetime,
    parse_fixed_point,
    record_deviation,
    to_count_or_unset,
    to_dollars_or_unset,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.rfq_created_payload_msg_mve_selected_legs_item import (
        RfqCreatedPayloadMsgMveSelectedLegsItem,
    )


T = TypeVar("T", bound="RfqCreatedPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class RfqCreatedPayloadMsg:
    """Attributes:
    id (str): Unique identifier for the RFQ
    creator_id (str): Public communications ID of the RFQ creator (anonymized). Currently empty for rfq_created
        events.
    market_ticker (str): Market ticker for the RFQ
    created_ts (datetime.datetime): Timestamp when the RFQ was created
    event_ticker (str | Unset): Event ticker (optional)
    contracts_fp (Decimal | Unset): Fixed-point contracts requested (2 decimals) (optional)
    target_cost_dollars (Decimal | Unset): Target cost in dollars (optional)
    mve_collection_ticker (str | Unset): Multivariate event collection ticker (optional)
    mve_selected_legs (list[RfqCreatedPayloadMsgMveSelectedLegsItem] | Unset): Selected legs for multivariate events
        (optional)
    """

    id: str

    creator_id: str

    market_ticker: str

    created_ts: datetime.datetime

    event_ticker: str | Unset = UNSET

    contracts_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_unset
    )

    target_cost_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    mve_collection_ticker: str | Unset = UNSET

    mve_selected_legs: list[RfqCreatedPayloadMsgMveSelectedLegsItem] | Unset = UNSET

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
        if isinstance(self.created_ts, Unset):
            pass
        elif (
            self.created_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_ts"] = None
        else:
            _created_ts = self.created_ts.isoformat()
            field_dict["created_ts"] = _created_ts
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
        if isinstance(self.mve_collection_ticker, Unset):
            pass
        elif (
            self.mve_collection_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["mve_collection_ticker"] = None
        else:
            field_dict["mve_collection_ticker"] = self.mve_collection_ticker
        if isinstance(self.mve_selected_legs, Unset):
            pass
        elif (
            self.mve_selected_legs is None
        ):  # a null the spec does not allow, kept as received
            field_dict["mve_selected_legs"] = None
        else:
            _mve_selected_legs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.mve_selected_legs, Unset):
                _mve_selected_legs = []
                for mve_selected_legs_item_data in self.mve_selected_legs:
                    mve_selected_legs_item = mve_selected_legs_item_data.to_dict()
                    _mve_selected_legs.append(mve_selected_legs_item)

            field_dict["mve_selected_legs"] = _mve_selected_legs
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
            _v = _get("id", UNSET)
            _f_id: Any
            if type(_v) is str:
                _f_id = _v

            elif _v is UNSET:
                _f_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "RfqCreatedPayloadMsg", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "RfqCreatedPayloadMsg", "id", "null"
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
                    _deviations, "RfqCreatedPayloadMsg", "creator_id", "missing"
                )
            elif _v is None:
                _f_creator_id = None
                _deviations = record_deviation(
                    _deviations, "RfqCreatedPayloadMsg", "creator_id", "null"
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
                    _deviations, "RfqCreatedPayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "RfqCreatedPayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("created_ts", UNSET)
            _f_created_ts: Any
            if type(_v) is str:
                try:
                    _f_created_ts = fromisoformat(_v)
                except ValueError:
                    _f_created_ts = parse_datetime(_v, "created_ts")

            elif _v is UNSET:
                _f_created_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "RfqCreatedPayloadMsg", "created_ts", "missing"
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(
                    _deviations, "RfqCreatedPayloadMsg", "created_ts", "null"
                )
            else:
                _f_created_ts = parse_datetime(_v, "created_ts")

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
                    _deviations, "RfqCreatedPayloadMsg", "event_ticker", "null"
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
                    _deviations, "RfqCreatedPayloadMsg", "contracts_fp", "null"
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
                    _deviations, "RfqCreatedPayloadMsg", "target_cost_dollars", "null"
                )
            else:
                _f_target_cost_dollars = parse_fixed_point(_v, "target_cost_dollars")

            _v = _get("mve_collection_ticker", UNSET)
            _f_mve_collection_ticker: Any
            if type(_v) is str:
                _f_mve_collection_ticker = _v

            elif _v is UNSET:
                _f_mve_collection_ticker = UNSET
                _absent += 1
            elif _v is None:
                _f_mve_collection_ticker = None
                _deviations = record_deviation(
                    _deviations, "RfqCreatedPayloadMsg", "mve_collection_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("mve_collection_ticker", "str", _v)
                _f_mve_collection_ticker = _v

            _v = _get("mve_selected_legs", UNSET)
            _f_mve_selected_legs: Any
            if _v is UNSET:
                _f_mve_selected_legs = UNSET
                _absent += 1
            elif _v is None:
                _f_mve_selected_legs = None
                _deviations = record_deviation(
                    _deviations, "RfqCreatedPayloadMsg", "mve_selected_legs", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("mve_selected_legs", "array", _v)
                try:
                    _f_mve_selected_legs = list(
                        map(RfqCreatedPayloadMsgMveSelectedLegsItem.from_dict, _v)
                    )
                except BadValue as _bad:
                    raise _bad.within_list("mve_selected_legs", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        rfq_created_payload_msg = _new(cls)
        rfq_created_payload_msg.id = _f_id
        rfq_created_payload_msg.creator_id = _f_creator_id
        rfq_created_payload_msg.market_ticker = _f_market_ticker
        rfq_created_payload_msg.created_ts = _f_created_ts
        rfq_created_payload_msg.event_ticker = _f_event_ticker
        rfq_created_payload_msg.contracts_fp = _f_contracts_fp
        rfq_created_payload_msg.target_cost_dollars = _f_target_cost_dollars
        rfq_created_payload_msg.mve_collection_ticker = _f_mve_collection_ticker
        rfq_created_payload_msg.mve_selected_legs = _f_mve_selected_legs
        if len(src_dict) + _absent > 9:
            _known: set[str] = {
                "id",
                "creator_id",
                "market_ticker",
                "created_ts",
                "event_ticker",
                "contracts_fp",
                "target_cost_dollars",
                "mve_collection_ticker",
                "mve_selected_legs",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            rfq_created_payload_msg.additional_properties = _extra_found
        else:
            rfq_created_payload_msg.additional_properties = {}
        rfq_created_payload_msg._deviations = _deviations
        return rfq_created_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("id", "id", str, True, None),
            ("creator_id", "creator_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("created_ts", "created_ts", str, True, None),
            ("event_ticker", "event_ticker", str, False, None),
            ("contracts_fp", "contracts_fp", str, False, None),
            ("target_cost_dollars", "target_cost_dollars", str, False, None),
            ("mve_collection_ticker", "mve_collection_ticker", str, False, None),
            (
                "mve_selected_legs",
                "mve_selected_legs",
                list_of(wire_struct(RfqCreatedPayloadMsgMveSelectedLegsItem)),
                False,
                RfqCreatedPayloadMsgMveSelectedLegsItem,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        rfq_created_payload_msg = _new(cls)
        rfq_created_payload_msg.id = w.id
        rfq_created_payload_msg.creator_id = w.creator_id
        rfq_created_payload_msg.market_ticker = w.market_ticker
        rfq_created_payload_msg.created_ts = fromisoformat(w.created_ts)
        rfq_created_payload_msg.event_ticker = w.event_ticker
        if w.contracts_fp is UNSET:
            rfq_created_payload_msg.contracts_fp = w.contracts_fp
        else:
            try:
                rfq_created_payload_msg.contracts_fp = FIXED_POINT[w.contracts_fp]
            except KeyError:
                rfq_created_payload_msg.contracts_fp = parse_fixed_point(
                    w.contracts_fp, "contracts_fp"
                )
        if w.target_cost_dollars is UNSET:
            rfq_created_payload_msg.target_cost_dollars = w.target_cost_dollars
        else:
            try:
                rfq_created_payload_msg.target_cost_dollars = FIXED_POINT[
                    w.target_cost_dollars
                ]
            except KeyError:
                rfq_created_payload_msg.target_cost_dollars = parse_fixed_point(
                    w.target_cost_dollars, "target_cost_dollars"
                )
        rfq_created_payload_msg.mve_collection_ticker = w.mve_collection_ticker
        if w.mve_selected_legs is UNSET:
            rfq_created_payload_msg.mve_selected_legs = w.mve_selected_legs
        else:
            rfq_created_payload_msg.mve_selected_legs = items_from_wire(
                RfqCreatedPayloadMsgMveSelectedLegsItem, w.mve_selected_legs
            )
        rfq_created_payload_msg.additional_properties = w._extras()
        rfq_created_payload_msg._deviations = None
        return rfq_created_payload_msg

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
    global _lazy_bound, RfqCreatedPayloadMsgMveSelectedLegsItem
    from ..models.rfq_created_payload_msg_mve_selected_legs_item import (
        RfqCreatedPayloadMsgMveSelectedLegsItem,
    )

    _lazy_bound = True
