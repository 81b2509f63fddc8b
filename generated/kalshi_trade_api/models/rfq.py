from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.rfq_status import RFQ_STATUS_VALUES, RFQStatus, check_rfq_status
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
    to_count,
    to_dollars_or_unset,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.mve_selected_leg import MveSelectedLeg


T = TypeVar("T", bound="RFQ")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class RFQ:
    """Attributes:
    id (str): UUID of the RFQ. Preserve the exact returned string.
    creator_id (str): Public communications ID of the RFQ creator (anonymized). Set to \"0\" for other users when
        obscure_creator_id is enabled.
    market_ticker (str): The ticker of the market this RFQ is for
    contracts_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    status (RFQStatus): Current status of the RFQ (open, closed)
    created_ts (datetime.datetime): Timestamp when the RFQ was created
    target_cost_dollars (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal
        places (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are
        constrained by that market's price level structure. Example: 0.5600.
    target_cost_excludes_fees (bool | Unset): True when the target cost is principal-only and quote sizes are
        computed without reserving taker fees (fees are charged on top).
    mve_collection_ticker (str | Unset): Ticker of the MVE collection this market belongs to
    mve_selected_legs (list[MveSelectedLeg] | Unset): Selected legs for the MVE collection
    rest_remainder (bool | Unset): Whether to rest the remainder of the RFQ after execution
    cancellation_reason (str | Unset): Reason for RFQ cancellation if cancelled
    creator_user_id (str | Unset): User ID of the RFQ creator (private field)
    creator_subaccount (int | Unset): Subaccount number of the RFQ creator (visible when the caller is the RFQ
        creator)
    cancelled_ts (datetime.datetime | Unset): Timestamp when the RFQ was cancelled
    updated_ts (datetime.datetime | Unset): Timestamp when the RFQ was last updated
    """

    id: str

    creator_id: str

    market_ticker: str

    contracts_fp: Decimal = _attrs_field(converter=to_count)

    status: RFQStatus

    created_ts: datetime.datetime

    target_cost_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    target_cost_excludes_fees: bool | Unset = UNSET

    mve_collection_ticker: str | Unset = UNSET

    mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET

    rest_remainder: bool | Unset = UNSET

    cancellation_reason: str | Unset = UNSET

    creator_user_id: str | Unset = UNSET

    creator_subaccount: int | Unset = UNSET

    cancelled_ts: datetime.datetime | Unset = UNSET

    updated_ts: datetime.datetime | Unset = UNSET

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
        if isinstance(self.status, Unset):
            pass
        elif self.status is None:  # a null the spec does not allow, kept as received
            field_dict["status"] = None
        else:
            _status: str = check_rfq_status(self.status, "status")
            field_dict["status"] = _status
        if isinstance(self.created_ts, Unset):
            pass
        elif (
            self.created_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_ts"] = None
        else:
            _created_ts = self.created_ts.isoformat()
            field_dict["created_ts"] = _created_ts
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
        if isinstance(self.target_cost_excludes_fees, Unset):
            pass
        elif (
            self.target_cost_excludes_fees is None
        ):  # a null the spec does not allow, kept as received
            field_dict["target_cost_excludes_fees"] = None
        else:
            field_dict["target_cost_excludes_fees"] = self.target_cost_excludes_fees
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
        if isinstance(self.rest_remainder, Unset):
            pass
        elif (
            self.rest_remainder is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rest_remainder"] = None
        else:
            field_dict["rest_remainder"] = self.rest_remainder
        if isinstance(self.cancellation_reason, Unset):
            pass
        elif (
            self.cancellation_reason is None
        ):  # a null the spec does not allow, kept as received
            field_dict["cancellation_reason"] = None
        else:
            field_dict["cancellation_reason"] = self.cancellation_reason
        if isinstance(self.creator_user_id, Unset):
            pass
        elif (
            self.creator_user_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["creator_user_id"] = None
        else:
            field_dict["creator_user_id"] = self.creator_user_id
        if isinstance(self.creator_subaccount, Unset):
            pass
        elif (
            self.creator_subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["creator_subaccount"] = None
        else:
            field_dict["creator_subaccount"] = self.creator_subaccount
        if isinstance(self.cancelled_ts, Unset):
            pass
        elif (
            self.cancelled_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["cancelled_ts"] = None
        else:
            _cancelled_ts: str | Unset = UNSET
            if not isinstance(self.cancelled_ts, Unset):
                _cancelled_ts = self.cancelled_ts.isoformat()
            field_dict["cancelled_ts"] = _cancelled_ts
        if isinstance(self.updated_ts, Unset):
            pass
        elif (
            self.updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["updated_ts"] = None
        else:
            _updated_ts: str | Unset = UNSET
            if not isinstance(self.updated_ts, Unset):
                _updated_ts = self.updated_ts.isoformat()
            field_dict["updated_ts"] = _updated_ts
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
                _deviations = record_deviation(_deviations, "RFQ", "id", "missing")
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(_deviations, "RFQ", "id", "null")
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
                    _deviations, "RFQ", "creator_id", "missing"
                )
            elif _v is None:
                _f_creator_id = None
                _deviations = record_deviation(_deviations, "RFQ", "creator_id", "null")
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
                    _deviations, "RFQ", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "RFQ", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

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
                _deviations = record_deviation(
                    _deviations, "RFQ", "contracts_fp", "missing"
                )
            elif _v is None:
                _f_contracts_fp = None
                _deviations = record_deviation(
                    _deviations, "RFQ", "contracts_fp", "null"
                )
            else:
                _f_contracts_fp = parse_fixed_point(_v, "contracts_fp")

            _v = _get("status", UNSET)
            _f_status: Any
            if type(_v) is str and _v in RFQ_STATUS_VALUES:
                _f_status = _v

            elif _v is UNSET:
                _f_status = UNSET
                _absent += 1
                _deviations = record_deviation(_deviations, "RFQ", "status", "missing")
            elif _v is None:
                _f_status = None
                _deviations = record_deviation(_deviations, "RFQ", "status", "null")
            else:
                _f_status = check_rfq_status(_v, "status", received=True)

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
                    _deviations, "RFQ", "created_ts", "missing"
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(_deviations, "RFQ", "created_ts", "null")
            else:
                _f_created_ts = parse_datetime(_v, "created_ts")

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
                    _deviations, "RFQ", "target_cost_dollars", "null"
                )
            else:
                _f_target_cost_dollars = parse_fixed_point(_v, "target_cost_dollars")

            _v = _get("target_cost_excludes_fees", UNSET)
            _f_target_cost_excludes_fees: Any
            if type(_v) is bool:
                _f_target_cost_excludes_fees = _v

            elif _v is UNSET:
                _f_target_cost_excludes_fees = UNSET
                _absent += 1
            elif _v is None:
                _f_target_cost_excludes_fees = None
                _deviations = record_deviation(
                    _deviations, "RFQ", "target_cost_excludes_fees", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("target_cost_excludes_fees", "bool", _v)
                _f_target_cost_excludes_fees = _v

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
                    _deviations, "RFQ", "mve_collection_ticker", "null"
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
                    _deviations, "RFQ", "mve_selected_legs", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("mve_selected_legs", "array", _v)
                try:
                    _f_mve_selected_legs = list(map(MveSelectedLeg.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("mve_selected_legs", _v) from None

            _v = _get("rest_remainder", UNSET)
            _f_rest_remainder: Any
            if type(_v) is bool:
                _f_rest_remainder = _v

            elif _v is UNSET:
                _f_rest_remainder = UNSET
                _absent += 1
            elif _v is None:
                _f_rest_remainder = None
                _deviations = record_deviation(
                    _deviations, "RFQ", "rest_remainder", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("rest_remainder", "bool", _v)
                _f_rest_remainder = _v

            _v = _get("cancellation_reason", UNSET)
            _f_cancellation_reason: Any
            if type(_v) is str:
                _f_cancellation_reason = _v

            elif _v is UNSET:
                _f_cancellation_reason = UNSET
                _absent += 1
            elif _v is None:
                _f_cancellation_reason = None
                _deviations = record_deviation(
                    _deviations, "RFQ", "cancellation_reason", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("cancellation_reason", "str", _v)
                _f_cancellation_reason = _v

            _v = _get("creator_user_id", UNSET)
            _f_creator_user_id: Any
            if type(_v) is str:
                _f_creator_user_id = _v

            elif _v is UNSET:
                _f_creator_user_id = UNSET
                _absent += 1
            elif _v is None:
                _f_creator_user_id = None
                _deviations = record_deviation(
                    _deviations, "RFQ", "creator_user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("creator_user_id", "str", _v)
                _f_creator_user_id = _v

            _v = _get("creator_subaccount", UNSET)
            _f_creator_subaccount: Any
            if type(_v) is int:
                _f_creator_subaccount = _v

            elif _v is UNSET:
                _f_creator_subaccount = UNSET
                _absent += 1
            elif _v is None:
                _f_creator_subaccount = None
                _deviations = record_deviation(
                    _deviations, "RFQ", "creator_subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("creator_subaccount", "int", _v)
                _f_creator_subaccount = _v

            _v = _get("cancelled_ts", UNSET)
            _f_cancelled_ts: Any
            if type(_v) is str:
                try:
                    _f_cancelled_ts = fromisoformat(_v)
                except ValueError:
                    _f_cancelled_ts = parse_datetime(_v, "cancelled_ts")

            elif _v is UNSET:
                _f_cancelled_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_cancelled_ts = None
                _deviations = record_deviation(
                    _deviations, "RFQ", "cancelled_ts", "null"
                )
            else:
                _f_cancelled_ts = parse_datetime(_v, "cancelled_ts")

            _v = _get("updated_ts", UNSET)
            _f_updated_ts: Any
            if type(_v) is str:
                try:
                    _f_updated_ts = fromisoformat(_v)
                except ValueError:
                    _f_updated_ts = parse_datetime(_v, "updated_ts")

            elif _v is UNSET:
                _f_updated_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_updated_ts = None
                _deviations = record_deviation(_deviations, "RFQ", "updated_ts", "null")
            else:
                _f_updated_ts = parse_datetime(_v, "updated_ts")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        rfq = _new(cls)
        rfq.id = _f_id
        rfq.creator_id = _f_creator_id
        rfq.market_ticker = _f_market_ticker
        rfq.contracts_fp = _f_contracts_fp
        rfq.status = _f_status
        rfq.created_ts = _f_created_ts
        rfq.target_cost_dollars = _f_target_cost_dollars
        rfq.target_cost_excludes_fees = _f_target_cost_excludes_fees
        rfq.mve_collection_ticker = _f_mve_collection_ticker
        rfq.mve_selected_legs = _f_mve_selected_legs
        rfq.rest_remainder = _f_rest_remainder
        rfq.cancellation_reason = _f_cancellation_reason
        rfq.creator_user_id = _f_creator_user_id
        rfq.creator_subaccount = _f_creator_subaccount
        rfq.cancelled_ts = _f_cancelled_ts
        rfq.updated_ts = _f_updated_ts
        if len(src_dict) + _absent > 16:
            _known: set[str] = {
                "id",
                "creator_id",
                "market_ticker",
                "contracts_fp",
                "status",
                "created_ts",
                "target_cost_dollars",
                "target_cost_excludes_fees",
                "mve_collection_ticker",
                "mve_selected_legs",
                "rest_remainder",
                "cancellation_reason",
                "creator_user_id",
                "creator_subaccount",
                "cancelled_ts",
                "updated_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            rfq.additional_properties = _extra_found
        else:
            rfq.additional_properties = {}
        rfq._deviations = _deviations
        return rfq

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("id", "id", str, True, None),
            ("creator_id", "creator_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("contracts_fp", "contracts_fp", str, True, None),
            ("status", "status", str, True, None),
            ("created_ts", "created_ts", str, True, None),
            ("target_cost_dollars", "target_cost_dollars", str, False, None),
            (
                "target_cost_excludes_fees",
                "target_cost_excludes_fees",
                bool,
                False,
                None,
            ),
            ("mve_collection_ticker", "mve_collection_ticker", str, False, None),
            (
                "mve_selected_legs",
                "mve_selected_legs",
                list_of(wire_struct(MveSelectedLeg)),
                False,
                MveSelectedLeg,
            ),
            ("rest_remainder", "rest_remainder", bool, False, None),
            ("cancellation_reason", "cancellation_reason", str, False, None),
            ("creator_user_id", "creator_user_id", str, False, None),
            ("creator_subaccount", "creator_subaccount", int, False, None),
            ("cancelled_ts", "cancelled_ts", str, False, None),
            ("updated_ts", "updated_ts", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        rfq = _new(cls)
        rfq.id = w.id
        rfq.creator_id = w.creator_id
        rfq.market_ticker = w.market_ticker
        try:
            rfq.contracts_fp = FIXED_POINT[w.contracts_fp]
        except KeyError:
            rfq.contracts_fp = parse_fixed_point(w.contracts_fp, "contracts_fp")
        rfq.status = (
            w.status
            if w.status in RFQ_STATUS_VALUES
            else check_rfq_status(w.status, "status", received=True)
        )
        rfq.created_ts = fromisoformat(w.created_ts)
        if w.target_cost_dollars is UNSET:
            rfq.target_cost_dollars = w.target_cost_dollars
        else:
            try:
                rfq.target_cost_dollars = FIXED_POINT[w.target_cost_dollars]
            except KeyError:
                rfq.target_cost_dollars = parse_fixed_point(
                    w.target_cost_dollars, "target_cost_dollars"
                )
        rfq.target_cost_excludes_fees = w.target_cost_excludes_fees
        rfq.mve_collection_ticker = w.mve_collection_ticker
        if w.mve_selected_legs is UNSET:
            rfq.mve_selected_legs = w.mve_selected_legs
        else:
            rfq.mve_selected_legs = items_from_wire(MveSelectedLeg, w.mve_selected_legs)
        rfq.rest_remainder = w.rest_remainder
        rfq.cancellation_reason = w.cancellation_reason
        rfq.creator_user_id = w.creator_user_id
        rfq.creator_subaccount = w.creator_subaccount
        if w.cancelled_ts is UNSET:
            rfq.cancelled_ts = w.cancelled_ts
        else:
            rfq.cancelled_ts = fromisoformat(w.cancelled_ts)
        if w.updated_ts is UNSET:
            rfq.updated_ts = w.updated_ts
        else:
            rfq.updated_ts = fromisoformat(w.updated_ts)
        rfq.additional_properties = w._extras()
        rfq._deviations = None
        return rfq

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
    global _lazy_bound, MveSelectedLeg
    from ..models.mve_selected_leg import MveSelectedLeg

    _lazy_bound = True
