from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.exchange_instance import (
    EXCHANGE_INSTANCE_VALUES,
    ExchangeInstance,
    check_exchange_instance,
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

T = TypeVar("T", bound="IntraExchangeInstanceTransferRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class IntraExchangeInstanceTransferRequest:
    """Attributes:
    source (ExchangeInstance): The exchange instance type
    destination (ExchangeInstance): The exchange instance type
    amount (int): The amount to transfer in centicents
    source_exchange_shard (int | Unset): Source exchange shard index (default 0) Default: 0.
    destination_exchange_shard (int | Unset): Destination exchange shard index (default 0) Default: 0.
    """

    source: ExchangeInstance

    destination: ExchangeInstance

    amount: int

    source_exchange_shard: int | Unset = 0

    destination_exchange_shard: int | Unset = 0

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
        if isinstance(self.source, Unset):
            pass
        elif self.source is None:  # a null the spec does not allow, kept as received
            field_dict["source"] = None
        else:
            _source: str = check_exchange_instance(self.source, "source")
            field_dict["source"] = _source
        if isinstance(self.destination, Unset):
            pass
        elif (
            self.destination is None
        ):  # a null the spec does not allow, kept as received
            field_dict["destination"] = None
        else:
            _destination: str = check_exchange_instance(self.destination, "destination")
            field_dict["destination"] = _destination
        if isinstance(self.amount, Unset):
            pass
        elif self.amount is None:  # a null the spec does not allow, kept as received
            field_dict["amount"] = None
        else:
            field_dict["amount"] = self.amount
        if isinstance(self.source_exchange_shard, Unset):
            pass
        elif (
            self.source_exchange_shard is None
        ):  # a null the spec does not allow, kept as received
            field_dict["source_exchange_shard"] = None
        else:
            field_dict["source_exchange_shard"] = self.source_exchange_shard
        if isinstance(self.destination_exchange_shard, Unset):
            pass
        elif (
            self.destination_exchange_shard is None
        ):  # a null the spec does not allow, kept as received
            field_dict["destination_exchange_shard"] = None
        else:
            field_dict["destination_exchange_shard"] = self.destination_exchange_shard
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
            _v = _get("source", UNSET)
            _f_source: Any
            if type(_v) is str and _v in EXCHANGE_INSTANCE_VALUES:
                _f_source = _v

            elif _v is UNSET:
                _f_source = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransferRequest",
                    "source",
                    "missing",
                )
            elif _v is None:
                _f_source = None
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransferRequest",
                    "source",
                    "null",
                )
            else:
                _f_source = check_exchange_instance(_v, "source", received=True)

            _v = _get("destination", UNSET)
            _f_destination: Any
            if type(_v) is str and _v in EXCHANGE_INSTANCE_VALUES:
                _f_destination = _v

            elif _v is UNSET:
                _f_destination = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransferRequest",
                    "destination",
                    "missing",
                )
            elif _v is None:
                _f_destination = None
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransferRequest",
                    "destination",
                    "null",
                )
            else:
                _f_destination = check_exchange_instance(
                    _v, "destination", received=True
                )

            _v = _get("amount", UNSET)
            _f_amount: Any
            if type(_v) is int:
                _f_amount = _v

            elif _v is UNSET:
                _f_amount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransferRequest",
                    "amount",
                    "missing",
                )
            elif _v is None:
                _f_amount = None
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransferRequest",
                    "amount",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("amount", "int", _v)
                _f_amount = _v

            _v = _get("source_exchange_shard", UNSET)
            _f_source_exchange_shard: Any
            if type(_v) is int:
                _f_source_exchange_shard = _v

            elif _v is UNSET:
                _f_source_exchange_shard = UNSET
                _absent += 1
            elif _v is None:
                _f_source_exchange_shard = None
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransferRequest",
                    "source_exchange_shard",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("source_exchange_shard", "int", _v)
                _f_source_exchange_shard = _v

            _v = _get("destination_exchange_shard", UNSET)
            _f_destination_exchange_shard: Any
            if type(_v) is int:
                _f_destination_exchange_shard = _v

            elif _v is UNSET:
                _f_destination_exchange_shard = UNSET
                _absent += 1
            elif _v is None:
                _f_destination_exchange_shard = None
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransferRequest",
                    "destination_exchange_shard",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("destination_exchange_shard", "int", _v)
                _f_destination_exchange_shard = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        intra_exchange_instance_transfer_request = _new(cls)
        intra_exchange_instance_transfer_request.source = _f_source
        intra_exchange_instance_transfer_request.destination = _f_destination
        intra_exchange_instance_transfer_request.amount = _f_amount
        intra_exchange_instance_transfer_request.source_exchange_shard = (
            _f_source_exchange_shard
        )
        intra_exchange_instance_transfer_request.destination_exchange_shard = (
            _f_destination_exchange_shard
        )
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "source",
                "destination",
                "amount",
                "source_exchange_shard",
                "destination_exchange_shard",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            intra_exchange_instance_transfer_request.additional_properties = (
                _extra_found
            )
        else:
            intra_exchange_instance_transfer_request.additional_properties = {}
        intra_exchange_instance_transfer_request._deviations = _deviations
        return intra_exchange_instance_transfer_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("source", "source", str, True, None),
            ("destination", "destination", str, True, None),
            ("amount", "amount", int, True, None),
            ("source_exchange_shard", "source_exchange_shard", int, False, None),
            (
                "destination_exchange_shard",
                "destination_exchange_shard",
                int,
                False,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        intra_exchange_instance_transfer_request = _new(cls)
        intra_exchange_instance_transfer_request.source = (
            w.source
            if w.source in EXCHANGE_INSTANCE_VALUES
            else check_exchange_instance(w.source, "source", received=True)
        )
        intra_exchange_instance_transfer_request.destination = (
            w.destination
            if w.destination in EXCHANGE_INSTANCE_VALUES
            else check_exchange_instance(w.destination, "destination", received=True)
        )
        intra_exchange_instance_transfer_request.amount = w.amount
        intra_exchange_instance_transfer_request.source_exchange_shard = (
            w.source_exchange_shard
        )
        intra_exchange_instance_transfer_request.destination_exchange_shard = (
            w.destination_exchange_shard
        )
        intra_exchange_instance_transfer_request.additional_properties = w._extras()
        intra_exchange_instance_transfer_request._deviations = None
        return intra_exchange_instance_transfer_request

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
