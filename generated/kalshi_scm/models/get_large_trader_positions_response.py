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
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    parse_date,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.get_large_trader_positions_response_positions_item import (
        GetLargeTraderPositionsResponsePositionsItem,
    )


T = TypeVar("T", bound="GetLargeTraderPositionsResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetLargeTraderPositionsResponse:
    """Attributes:
    user_id (str | Unset):
    report_date (datetime.date | Unset): ET settlement day the positions are reported for.
    positions (list[GetLargeTraderPositionsResponsePositionsItem] | Unset):
    """

    user_id: str | Unset = UNSET

    report_date: datetime.date | Unset = UNSET

    positions: list[GetLargeTraderPositionsResponsePositionsItem] | Unset = UNSET

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
        if isinstance(self.user_id, Unset):
            pass
        elif self.user_id is None:  # a null the spec does not allow, kept as received
            field_dict["user_id"] = None
        else:
            field_dict["user_id"] = self.user_id
        if isinstance(self.report_date, Unset):
            pass
        elif (
            self.report_date is None
        ):  # a null the spec does not allow, kept as received
            field_dict["report_date"] = None
        else:
            _report_date: str | Unset = UNSET
            if not isinstance(self.report_date, Unset):
                _report_date = self.report_date.isoformat()
            field_dict["report_date"] = _report_date
        if isinstance(self.positions, Unset):
            pass
        elif self.positions is None:  # a null the spec does not allow, kept as received
            field_dict["positions"] = None
        else:
            _positions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.positions, Unset):
                _positions = []
                for positions_item_data in self.positions:
                    positions_item = positions_item_data.to_dict()
                    _positions.append(positions_item)

            field_dict["positions"] = _positions
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
            _v = _get("user_id", UNSET)
            _f_user_id: Any
            if type(_v) is str:
                _f_user_id = _v

            elif _v is UNSET:
                _f_user_id = UNSET
                _absent += 1
            elif _v is None:
                _f_user_id = None
                _deviations = record_deviation(
                    _deviations, "GetLargeTraderPositionsResponse", "user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("user_id", "str", _v)
                _f_user_id = _v

            _v = _get("report_date", UNSET)
            _f_report_date: Any
            if _v is UNSET:
                _f_report_date = UNSET
                _absent += 1
            elif _v is None:
                _f_report_date = None
                _deviations = record_deviation(
                    _deviations,
                    "GetLargeTraderPositionsResponse",
                    "report_date",
                    "null",
                )
            else:
                _f_report_date = parse_date(_v, "report_date")

            _v = _get("positions", UNSET)
            _f_positions: Any
            if _v is UNSET:
                _f_positions = UNSET
                _absent += 1
            elif _v is None:
                _f_positions = None
                _deviations = record_deviation(
                    _deviations, "GetLargeTraderPositionsResponse", "positions", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("positions", "array", _v)
                try:
                    _f_positions = list(
                        map(GetLargeTraderPositionsResponsePositionsItem.from_dict, _v)
                    )
                except BadValue as _bad:
                    raise _bad.within_list("positions", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_large_trader_positions_response = _new(cls)
        get_large_trader_positions_response.user_id = _f_user_id
        get_large_trader_positions_response.report_date = _f_report_date
        get_large_trader_positions_response.positions = _f_positions
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"user_id", "report_date", "positions"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_large_trader_positions_response.additional_properties = _extra_found
        else:
            get_large_trader_positions_response.additional_properties = {}
        get_large_trader_positions_response._deviations = _deviations
        return get_large_trader_positions_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("user_id", "user_id", str, False, None),
            ("report_date", "report_date", str, False, None),
            (
                "positions",
                "positions",
                list_of(wire_struct(GetLargeTraderPositionsResponsePositionsItem)),
                False,
                GetLargeTraderPositionsResponsePositionsItem,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_large_trader_positions_response = _new(cls)
        get_large_trader_positions_response.user_id = w.user_id
        if w.report_date is UNSET:
            get_large_trader_positions_response.report_date = w.report_date
        else:
            get_large_trader_positions_response.report_date = parse_date(
                w.report_date, "report_date"
            )
        if w.positions is UNSET:
            get_large_trader_positions_response.positions = w.positions
        else:
            get_large_trader_positions_response.positions = items_from_wire(
                GetLargeTraderPositionsResponsePositionsItem, w.positions
            )
        get_large_trader_positions_response.additional_properties = w._extras()
        get_large_trader_positions_response._deviations = None
        return get_large_trader_positions_response

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
    global _lazy_bound, GetLargeTraderPositionsResponsePositionsItem
    from ..models.get_large_trader_positions_response_positions_item import (
        GetLargeTraderPositionsResponsePositionsItem,
    )

    _lazy_bound = True
