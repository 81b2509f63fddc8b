from __future__ import annotations

import datetime
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
    fromisoformat,
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    parse_datetime,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.exchange_index_status import ExchangeIndexStatus


T = TypeVar("T", bound="ExchangeStatus")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class ExchangeStatus:
    """Attributes:
    exchange_active (bool): False if the core Kalshi exchange is no longer taking any state changes at all. This
        includes but is not limited to trading, new users, and transfers. True unless we are under maintenance.
    trading_active (bool): True if we are currently permitting trading on the exchange. This is true during trading
        hours and false outside exchange hours. Kalshi reserves the right to pause at any time in case issues are
        detected.
    intra_exchange_transfers_active (bool | Unset): True if intra-exchange transfers are currently permitted. False
        when transfers are temporarily blocked.
    exchange_estimated_resume_time (datetime.datetime | None | Unset): Estimated downtime for the current exchange
        maintenance window. However, this is not guaranteed and can be extended.
    exchange_index_statuses (list[ExchangeIndexStatus] | Unset): Status of each exchange index. The top-level fields
        above reflect the default exchange index (0). Absent when the per-index breakdown is unavailable.
    """

    exchange_active: bool

    trading_active: bool

    intra_exchange_transfers_active: bool | Unset = UNSET

    exchange_estimated_resume_time: datetime.datetime | None | Unset = UNSET

    exchange_index_statuses: list[ExchangeIndexStatus] | Unset = UNSET

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
        if isinstance(self.exchange_active, Unset):
            pass
        elif (
            self.exchange_active is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_active"] = None
        else:
            field_dict["exchange_active"] = self.exchange_active
        if isinstance(self.trading_active, Unset):
            pass
        elif (
            self.trading_active is None
        ):  # a null the spec does not allow, kept as received
            field_dict["trading_active"] = None
        else:
            field_dict["trading_active"] = self.trading_active
        if isinstance(self.intra_exchange_transfers_active, Unset):
            pass
        elif (
            self.intra_exchange_transfers_active is None
        ):  # a null the spec does not allow, kept as received
            field_dict["intra_exchange_transfers_active"] = None
        else:
            field_dict["intra_exchange_transfers_active"] = (
                self.intra_exchange_transfers_active
            )
        if isinstance(self.exchange_estimated_resume_time, Unset):
            pass
        else:
            _exchange_estimated_resume_time: None | str | Unset
            if isinstance(self.exchange_estimated_resume_time, Unset):
                _exchange_estimated_resume_time = UNSET
            elif isinstance(self.exchange_estimated_resume_time, datetime.datetime):
                _exchange_estimated_resume_time = (
                    self.exchange_estimated_resume_time.isoformat()
                )
            else:
                _exchange_estimated_resume_time = self.exchange_estimated_resume_time
            field_dict["exchange_estimated_resume_time"] = (
                _exchange_estimated_resume_time
            )
        if isinstance(self.exchange_index_statuses, Unset):
            pass
        elif (
            self.exchange_index_statuses is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_index_statuses"] = None
        else:
            _exchange_index_statuses: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.exchange_index_statuses, Unset):
                _exchange_index_statuses = []
                for exchange_index_statuses_item_data in self.exchange_index_statuses:
                    exchange_index_statuses_item = (
                        exchange_index_statuses_item_data.to_dict()
                    )
                    _exchange_index_statuses.append(exchange_index_statuses_item)

            field_dict["exchange_index_statuses"] = _exchange_index_statuses
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
            _v = _get("exchange_active", UNSET)
            _f_exchange_active: Any
            if type(_v) is bool:
                _f_exchange_active = _v

            elif _v is UNSET:
                _f_exchange_active = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ExchangeStatus", "exchange_active", "missing"
                )
            elif _v is None:
                _f_exchange_active = None
                _deviations = record_deviation(
                    _deviations, "ExchangeStatus", "exchange_active", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("exchange_active", "bool", _v)
                _f_exchange_active = _v

            _v = _get("trading_active", UNSET)
            _f_trading_active: Any
            if type(_v) is bool:
                _f_trading_active = _v

            elif _v is UNSET:
                _f_trading_active = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ExchangeStatus", "trading_active", "missing"
                )
            elif _v is None:
                _f_trading_active = None
                _deviations = record_deviation(
                    _deviations, "ExchangeStatus", "trading_active", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("trading_active", "bool", _v)
                _f_trading_active = _v

            _v = _get("intra_exchange_transfers_active", UNSET)
            _f_intra_exchange_transfers_active: Any
            if type(_v) is bool:
                _f_intra_exchange_transfers_active = _v

            elif _v is UNSET:
                _f_intra_exchange_transfers_active = UNSET
                _absent += 1
            elif _v is None:
                _f_intra_exchange_transfers_active = None
                _deviations = record_deviation(
                    _deviations,
                    "ExchangeStatus",
                    "intra_exchange_transfers_active",
                    "null",
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("intra_exchange_transfers_active", "bool", _v)
                _f_intra_exchange_transfers_active = _v

            _v = _get("exchange_estimated_resume_time", UNSET)
            _f_exchange_estimated_resume_time: Any
            if type(_v) is str:
                try:
                    _f_exchange_estimated_resume_time = fromisoformat(_v)
                except ValueError:
                    _f_exchange_estimated_resume_time = parse_datetime(
                        _v, "exchange_estimated_resume_time"
                    )

            elif _v is UNSET:
                _f_exchange_estimated_resume_time = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_exchange_estimated_resume_time = None
                else:
                    _f_exchange_estimated_resume_time = parse_datetime(
                        _v, "exchange_estimated_resume_time"
                    )

            _v = _get("exchange_index_statuses", UNSET)
            _f_exchange_index_statuses: Any
            if _v is UNSET:
                _f_exchange_index_statuses = UNSET
                _absent += 1
            elif _v is None:
                _f_exchange_index_statuses = None
                _deviations = record_deviation(
                    _deviations, "ExchangeStatus", "exchange_index_statuses", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("exchange_index_statuses", "array", _v)
                try:
                    _f_exchange_index_statuses = list(
                        map(ExchangeIndexStatus.from_dict, _v)
                    )
                except BadValue as _bad:
                    raise _bad.within_list("exchange_index_statuses", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        exchange_status = _new(cls)
        exchange_status.exchange_active = _f_exchange_active
        exchange_status.trading_active = _f_trading_active
        exchange_status.intra_exchange_transfers_active = (
            _f_intra_exchange_transfers_active
        )
        exchange_status.exchange_estimated_resume_time = (
            _f_exchange_estimated_resume_time
        )
        exchange_status.exchange_index_statuses = _f_exchange_index_statuses
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "exchange_active",
                "trading_active",
                "intra_exchange_transfers_active",
                "exchange_estimated_resume_time",
                "exchange_index_statuses",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            exchange_status.additional_properties = _extra_found
        else:
            exchange_status.additional_properties = {}
        exchange_status._deviations = _deviations
        return exchange_status

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("exchange_active", "exchange_active", bool, True, None),
            ("trading_active", "trading_active", bool, True, None),
            (
                "intra_exchange_transfers_active",
                "intra_exchange_transfers_active",
                bool,
                False,
                None,
            ),
            (
                "exchange_estimated_resume_time",
                "exchange_estimated_resume_time",
                str | None,
                False,
                None,
            ),
            (
                "exchange_index_statuses",
                "exchange_index_statuses",
                list_of(wire_struct(ExchangeIndexStatus)),
                False,
                ExchangeIndexStatus,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        exchange_status = _new(cls)
        exchange_status.exchange_active = w.exchange_active
        exchange_status.trading_active = w.trading_active
        exchange_status.intra_exchange_transfers_active = (
            w.intra_exchange_transfers_active
        )
        if (
            w.exchange_estimated_resume_time is UNSET
            or w.exchange_estimated_resume_time is None
        ):
            exchange_status.exchange_estimated_resume_time = (
                w.exchange_estimated_resume_time
            )
        else:
            exchange_status.exchange_estimated_resume_time = fromisoformat(
                w.exchange_estimated_resume_time
            )
        if w.exchange_index_statuses is UNSET:
            exchange_status.exchange_index_statuses = w.exchange_index_statuses
        else:
            exchange_status.exchange_index_statuses = items_from_wire(
                ExchangeIndexStatus, w.exchange_index_statuses
            )
        exchange_status.additional_properties = w._extras()
        exchange_status._deviations = None
        return exchange_status

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
    global _lazy_bound, ExchangeIndexStatus
    from ..models.exchange_index_status import ExchangeIndexStatus

    _lazy_bound = True
