from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.order_group_updates_payload_msg_event_type import (
    ORDER_GROUP_UPDATES_PAYLOAD_MSG_EVENT_TYPE_VALUES,
    OrderGroupUpdatesPayloadMsgEventType,
    check_order_group_updates_payload_msg_event_type,
)
from ..types import (
    FIXED_POINT,
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_text,
    learn_extras,
    model_repr,
    parse_fixed_point,
    record_deviation,
    to_count_or_unset,
)

T = TypeVar("T", bound="OrderGroupUpdatesPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class OrderGroupUpdatesPayloadMsg:
    """Attributes:
    event_type (OrderGroupUpdatesPayloadMsgEventType): Order group event type
    order_group_id (str): Order group identifier
    contracts_limit_fp (Decimal | Unset): Updated contracts limit in fixed-point (2 decimals). Present for \"created\"
        and \"limit_updated\" events only.
    """

    event_type: OrderGroupUpdatesPayloadMsgEventType

    order_group_id: str

    contracts_limit_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_unset
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
        if isinstance(self.event_type, Unset):
            pass
        elif (
            self.event_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_type"] = None
        else:
            _event_type: str = check_order_group_updates_payload_msg_event_type(
                self.event_type, "event_type"
            )
            field_dict["event_type"] = _event_type
        if isinstance(self.order_group_id, Unset):
            pass
        elif (
            self.order_group_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["order_group_id"] = None
        else:
            field_dict["order_group_id"] = self.order_group_id
        if isinstance(self.contracts_limit_fp, Unset):
            pass
        elif (
            self.contracts_limit_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["contracts_limit_fp"] = None
        else:
            field_dict["contracts_limit_fp"] = fixed_point_text(
                self.contracts_limit_fp, "contracts_limit_fp", counts=True
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
            _v = _get("event_type", UNSET)
            _f_event_type: Any
            if (
                type(_v) is str
                and _v in ORDER_GROUP_UPDATES_PAYLOAD_MSG_EVENT_TYPE_VALUES
            ):
                _f_event_type = _v

            elif _v is UNSET:
                _f_event_type = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderGroupUpdatesPayloadMsg", "event_type", "missing"
                )
            elif _v is None:
                _f_event_type = None
                _deviations = record_deviation(
                    _deviations, "OrderGroupUpdatesPayloadMsg", "event_type", "null"
                )
            else:
                _f_event_type = check_order_group_updates_payload_msg_event_type(
                    _v, "event_type", received=True
                )

            _v = _get("order_group_id", UNSET)
            _f_order_group_id: Any
            if type(_v) is str:
                _f_order_group_id = _v

            elif _v is UNSET:
                _f_order_group_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "OrderGroupUpdatesPayloadMsg",
                    "order_group_id",
                    "missing",
                )
            elif _v is None:
                _f_order_group_id = None
                _deviations = record_deviation(
                    _deviations, "OrderGroupUpdatesPayloadMsg", "order_group_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_group_id", "str", _v)
                _f_order_group_id = _v

            _v = _get("contracts_limit_fp", UNSET)
            _f_contracts_limit_fp: Any
            if type(_v) is str:
                try:
                    _f_contracts_limit_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_contracts_limit_fp = parse_fixed_point(_v, "contracts_limit_fp")

            elif _v is UNSET:
                _f_contracts_limit_fp = UNSET
                _absent += 1
            elif _v is None:
                _f_contracts_limit_fp = None
                _deviations = record_deviation(
                    _deviations,
                    "OrderGroupUpdatesPayloadMsg",
                    "contracts_limit_fp",
                    "null",
                )
            else:
                _f_contracts_limit_fp = parse_fixed_point(_v, "contracts_limit_fp")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        order_group_updates_payload_msg = _new(cls)
        order_group_updates_payload_msg.event_type = _f_event_type
        order_group_updates_payload_msg.order_group_id = _f_order_group_id
        order_group_updates_payload_msg.contracts_limit_fp = _f_contracts_limit_fp
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"event_type", "order_group_id", "contracts_limit_fp"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            order_group_updates_payload_msg.additional_properties = _extra_found
        else:
            order_group_updates_payload_msg.additional_properties = {}
        order_group_updates_payload_msg._deviations = _deviations
        return order_group_updates_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("event_type", "event_type", str, True, None),
            ("order_group_id", "order_group_id", str, True, None),
            ("contracts_limit_fp", "contracts_limit_fp", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        order_group_updates_payload_msg = _new(cls)
        order_group_updates_payload_msg.event_type = (
            w.event_type
            if w.event_type in ORDER_GROUP_UPDATES_PAYLOAD_MSG_EVENT_TYPE_VALUES
            else check_order_group_updates_payload_msg_event_type(
                w.event_type, "event_type", received=True
            )
        )
        order_group_updates_payload_msg.order_group_id = w.order_group_id
        if w.contracts_limit_fp is UNSET:
            order_group_updates_payload_msg.contracts_limit_fp = w.contracts_limit_fp
        else:
            try:
                order_group_updates_payload_msg.contracts_limit_fp = FIXED_POINT[
                    w.contracts_limit_fp
                ]
            except KeyError:
                order_group_updates_payload_msg.contracts_limit_fp = parse_fixed_point(
                    w.contracts_limit_fp, "contracts_limit_fp"
                )
        order_group_updates_payload_msg.additional_properties = w._extras()
        order_group_updates_payload_msg._deviations = None
        return order_group_updates_payload_msg

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
