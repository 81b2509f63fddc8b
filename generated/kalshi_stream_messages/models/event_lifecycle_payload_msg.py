from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.event_lifecycle_payload_msg_collateral_return_type import (
    EVENT_LIFECYCLE_PAYLOAD_MSG_COLLATERAL_RETURN_TYPE_VALUES,
    EventLifecyclePayloadMsgCollateralReturnType,
    check_event_lifecycle_payload_msg_collateral_return_type,
)
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="EventLifecyclePayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class EventLifecyclePayloadMsg:
    """Attributes:
    event_ticker (str): Unique identifier for the event being created
    title (str): Title of event
    subtitle (str): Subtitle of event
    collateral_return_type (EventLifecyclePayloadMsgCollateralReturnType): Collateral return type, MECNET or
        DIRECNET of the event. Empty if there is no collateral return scheme for the event
    series_ticker (str): Series ticker for the event
    strike_date (int | Unset): Optional - Unix timestamp to indicate the strike date of the event if there is one
    strike_period (str | Unset): Optional - String to indicate the strike period of the event if there is one
    """

    event_ticker: str

    title: str

    subtitle: str

    collateral_return_type: EventLifecyclePayloadMsgCollateralReturnType

    series_ticker: str

    strike_date: int | Unset = UNSET

    strike_period: str | Unset = UNSET

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
        if isinstance(self.event_ticker, Unset):
            pass
        elif (
            self.event_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_ticker"] = None
        else:
            field_dict["event_ticker"] = self.event_ticker
        if isinstance(self.title, Unset):
            pass
        elif self.title is None:  # a null the spec does not allow, kept as received
            field_dict["title"] = None
        else:
            field_dict["title"] = self.title
        if isinstance(self.subtitle, Unset):
            pass
        elif self.subtitle is None:  # a null the spec does not allow, kept as received
            field_dict["subtitle"] = None
        else:
            field_dict["subtitle"] = self.subtitle
        if isinstance(self.collateral_return_type, Unset):
            pass
        elif (
            self.collateral_return_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["collateral_return_type"] = None
        else:
            _collateral_return_type: str = (
                check_event_lifecycle_payload_msg_collateral_return_type(
                    self.collateral_return_type, "collateral_return_type"
                )
            )
            field_dict["collateral_return_type"] = _collateral_return_type
        if isinstance(self.series_ticker, Unset):
            pass
        elif (
            self.series_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["series_ticker"] = None
        else:
            field_dict["series_ticker"] = self.series_ticker
        if isinstance(self.strike_date, Unset):
            pass
        elif (
            self.strike_date is None
        ):  # a null the spec does not allow, kept as received
            field_dict["strike_date"] = None
        else:
            field_dict["strike_date"] = self.strike_date
        if isinstance(self.strike_period, Unset):
            pass
        elif (
            self.strike_period is None
        ):  # a null the spec does not allow, kept as received
            field_dict["strike_period"] = None
        else:
            field_dict["strike_period"] = self.strike_period
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
            _v = _get("event_ticker", UNSET)
            _f_event_ticker: Any
            if type(_v) is str:
                _f_event_ticker = _v

            elif _v is UNSET:
                _f_event_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventLifecyclePayloadMsg", "event_ticker", "missing"
                )
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations, "EventLifecyclePayloadMsg", "event_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("event_ticker", "str", _v)
                _f_event_ticker = _v

            _v = _get("title", UNSET)
            _f_title: Any
            if type(_v) is str:
                _f_title = _v

            elif _v is UNSET:
                _f_title = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventLifecyclePayloadMsg", "title", "missing"
                )
            elif _v is None:
                _f_title = None
                _deviations = record_deviation(
                    _deviations, "EventLifecyclePayloadMsg", "title", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("title", "str", _v)
                _f_title = _v

            _v = _get("subtitle", UNSET)
            _f_subtitle: Any
            if type(_v) is str:
                _f_subtitle = _v

            elif _v is UNSET:
                _f_subtitle = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventLifecyclePayloadMsg", "subtitle", "missing"
                )
            elif _v is None:
                _f_subtitle = None
                _deviations = record_deviation(
                    _deviations, "EventLifecyclePayloadMsg", "subtitle", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("subtitle", "str", _v)
                _f_subtitle = _v

            _v = _get("collateral_return_type", UNSET)
            _f_collateral_return_type: Any
            if (
                type(_v) is str
                and _v in EVENT_LIFECYCLE_PAYLOAD_MSG_COLLATERAL_RETURN_TYPE_VALUES
            ):
                _f_collateral_return_type = _v

            elif _v is UNSET:
                _f_collateral_return_type = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "EventLifecyclePayloadMsg",
                    "collateral_return_type",
                    "missing",
                )
            elif _v is None:
                _f_collateral_return_type = None
                _deviations = record_deviation(
                    _deviations,
                    "EventLifecyclePayloadMsg",
                    "collateral_return_type",
                    "null",
                )
            else:
                _f_collateral_return_type = (
                    check_event_lifecycle_payload_msg_collateral_return_type(
                        _v, "collateral_return_type", received=True
                    )
                )

            _v = _get("series_ticker", UNSET)
            _f_series_ticker: Any
            if type(_v) is str:
                _f_series_ticker = _v

            elif _v is UNSET:
                _f_series_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventLifecyclePayloadMsg", "series_ticker", "missing"
                )
            elif _v is None:
                _f_series_ticker = None
                _deviations = record_deviation(
                    _deviations, "EventLifecyclePayloadMsg", "series_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("series_ticker", "str", _v)
                _f_series_ticker = _v

            _v = _get("strike_date", UNSET)
            _f_strike_date: Any
            if type(_v) is int:
                _f_strike_date = _v

            elif _v is UNSET:
                _f_strike_date = UNSET
                _absent += 1
            elif _v is None:
                _f_strike_date = None
                _deviations = record_deviation(
                    _deviations, "EventLifecyclePayloadMsg", "strike_date", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("strike_date", "int", _v)
                _f_strike_date = _v

            _v = _get("strike_period", UNSET)
            _f_strike_period: Any
            if type(_v) is str:
                _f_strike_period = _v

            elif _v is UNSET:
                _f_strike_period = UNSET
                _absent += 1
            elif _v is None:
                _f_strike_period = None
                _deviations = record_deviation(
                    _deviations, "EventLifecyclePayloadMsg", "strike_period", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("strike_period", "str", _v)
                _f_strike_period = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        event_lifecycle_payload_msg = _new(cls)
        event_lifecycle_payload_msg.event_ticker = _f_event_ticker
        event_lifecycle_payload_msg.title = _f_title
        event_lifecycle_payload_msg.subtitle = _f_subtitle
        event_lifecycle_payload_msg.collateral_return_type = _f_collateral_return_type
        event_lifecycle_payload_msg.series_ticker = _f_series_ticker
        event_lifecycle_payload_msg.strike_date = _f_strike_date
        event_lifecycle_payload_msg.strike_period = _f_strike_period
        if len(src_dict) + _absent > 7:
            _known: set[str] = {
                "event_ticker",
                "title",
                "subtitle",
                "collateral_return_type",
                "series_ticker",
                "strike_date",
                "strike_period",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            event_lifecycle_payload_msg.additional_properties = _extra_found
        else:
            event_lifecycle_payload_msg.additional_properties = {}
        event_lifecycle_payload_msg._deviations = _deviations
        return event_lifecycle_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("event_ticker", "event_ticker", str, True, None),
            ("title", "title", str, True, None),
            ("subtitle", "subtitle", str, True, None),
            ("collateral_return_type", "collateral_return_type", str, True, None),
            ("series_ticker", "series_ticker", str, True, None),
            ("strike_date", "strike_date", int, False, None),
            ("strike_period", "strike_period", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        event_lifecycle_payload_msg = _new(cls)
        event_lifecycle_payload_msg.event_ticker = w.event_ticker
        event_lifecycle_payload_msg.title = w.title
        event_lifecycle_payload_msg.subtitle = w.subtitle
        event_lifecycle_payload_msg.collateral_return_type = (
            w.collateral_return_type
            if w.collateral_return_type
            in EVENT_LIFECYCLE_PAYLOAD_MSG_COLLATERAL_RETURN_TYPE_VALUES
            else check_event_lifecycle_payload_msg_collateral_return_type(
                w.collateral_return_type, "collateral_return_type", received=True
            )
        )
        event_lifecycle_payload_msg.series_ticker = w.series_ticker
        event_lifecycle_payload_msg.strike_date = w.strike_date
        event_lifecycle_payload_msg.strike_period = w.strike_period
        event_lifecycle_payload_msg.additional_properties = w._extras()
        event_lifecycle_payload_msg._deviations = None
        return event_lifecycle_payload_msg

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
