from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.exchange_instance import (
    EXCHANGE_INSTANCE_VALUES,
    ExchangeInstance,
    check_exchange_instance,
)
from ..models.intra_exchange_instance_transfer_status import (
    INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_VALUES,
    IntraExchangeInstanceTransferStatus,
    check_intra_exchange_instance_transfer_status,
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
    to_dollars,
)

T = TypeVar("T", bound="IntraExchangeInstanceTransfer")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class IntraExchangeInstanceTransfer:
    """Attributes:
    transfer_id (str): Unique transfer id
    source (ExchangeInstance): The exchange instance type
    destination (ExchangeInstance): The exchange instance type
    source_exchange_shard (int): Source exchange shard index
    destination_exchange_shard (int): Destination exchange shard index
    amount (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    status (IntraExchangeInstanceTransferStatus): Transfer status.
    created_ts (int): Unix timestamp when the transfer was created
    """

    transfer_id: str

    source: ExchangeInstance

    destination: ExchangeInstance

    source_exchange_shard: int

    destination_exchange_shard: int

    amount: Decimal = _attrs_field(converter=to_dollars)

    status: IntraExchangeInstanceTransferStatus

    created_ts: int

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
        if isinstance(self.transfer_id, Unset):
            pass
        elif (
            self.transfer_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["transfer_id"] = None
        else:
            field_dict["transfer_id"] = self.transfer_id
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
        if isinstance(self.amount, Unset):
            pass
        elif self.amount is None:  # a null the spec does not allow, kept as received
            field_dict["amount"] = None
        else:
            field_dict["amount"] = fixed_point_text(self.amount, "amount", counts=False)
        if isinstance(self.status, Unset):
            pass
        elif self.status is None:  # a null the spec does not allow, kept as received
            field_dict["status"] = None
        else:
            _status: str = check_intra_exchange_instance_transfer_status(
                self.status, "status"
            )
            field_dict["status"] = _status
        if isinstance(self.created_ts, Unset):
            pass
        elif (
            self.created_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_ts"] = None
        else:
            field_dict["created_ts"] = self.created_ts
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
            _v = _get("transfer_id", UNSET)
            _f_transfer_id: Any
            if type(_v) is str:
                _f_transfer_id = _v

            elif _v is UNSET:
                _f_transfer_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransfer",
                    "transfer_id",
                    "missing",
                )
            elif _v is None:
                _f_transfer_id = None
                _deviations = record_deviation(
                    _deviations, "IntraExchangeInstanceTransfer", "transfer_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("transfer_id", "str", _v)
                _f_transfer_id = _v

            _v = _get("source", UNSET)
            _f_source: Any
            if type(_v) is str and _v in EXCHANGE_INSTANCE_VALUES:
                _f_source = _v

            elif _v is UNSET:
                _f_source = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IntraExchangeInstanceTransfer", "source", "missing"
                )
            elif _v is None:
                _f_source = None
                _deviations = record_deviation(
                    _deviations, "IntraExchangeInstanceTransfer", "source", "null"
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
                    "IntraExchangeInstanceTransfer",
                    "destination",
                    "missing",
                )
            elif _v is None:
                _f_destination = None
                _deviations = record_deviation(
                    _deviations, "IntraExchangeInstanceTransfer", "destination", "null"
                )
            else:
                _f_destination = check_exchange_instance(
                    _v, "destination", received=True
                )

            _v = _get("source_exchange_shard", UNSET)
            _f_source_exchange_shard: Any
            if type(_v) is int:
                _f_source_exchange_shard = _v

            elif _v is UNSET:
                _f_source_exchange_shard = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransfer",
                    "source_exchange_shard",
                    "missing",
                )
            elif _v is None:
                _f_source_exchange_shard = None
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransfer",
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
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransfer",
                    "destination_exchange_shard",
                    "missing",
                )
            elif _v is None:
                _f_destination_exchange_shard = None
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransfer",
                    "destination_exchange_shard",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("destination_exchange_shard", "int", _v)
                _f_destination_exchange_shard = _v

            _v = _get("amount", UNSET)
            _f_amount: Any
            if type(_v) is str:
                try:
                    _f_amount = FIXED_POINT[_v]
                except KeyError:
                    _f_amount = parse_fixed_point(_v, "amount")

            elif _v is UNSET:
                _f_amount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IntraExchangeInstanceTransfer", "amount", "missing"
                )
            elif _v is None:
                _f_amount = None
                _deviations = record_deviation(
                    _deviations, "IntraExchangeInstanceTransfer", "amount", "null"
                )
            else:
                _f_amount = parse_fixed_point(_v, "amount")

            _v = _get("status", UNSET)
            _f_status: Any
            if type(_v) is str and _v in INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_VALUES:
                _f_status = _v

            elif _v is UNSET:
                _f_status = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IntraExchangeInstanceTransfer", "status", "missing"
                )
            elif _v is None:
                _f_status = None
                _deviations = record_deviation(
                    _deviations, "IntraExchangeInstanceTransfer", "status", "null"
                )
            else:
                _f_status = check_intra_exchange_instance_transfer_status(
                    _v, "status", received=True
                )

            _v = _get("created_ts", UNSET)
            _f_created_ts: Any
            if type(_v) is int:
                _f_created_ts = _v

            elif _v is UNSET:
                _f_created_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "IntraExchangeInstanceTransfer",
                    "created_ts",
                    "missing",
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(
                    _deviations, "IntraExchangeInstanceTransfer", "created_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("created_ts", "int", _v)
                _f_created_ts = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        intra_exchange_instance_transfer = _new(cls)
        intra_exchange_instance_transfer.transfer_id = _f_transfer_id
        intra_exchange_instance_transfer.source = _f_source
        intra_exchange_instance_transfer.destination = _f_destination
        intra_exchange_instance_transfer.source_exchange_shard = (
            _f_source_exchange_shard
        )
        intra_exchange_instance_transfer.destination_exchange_shard = (
            _f_destination_exchange_shard
        )
        intra_exchange_instance_transfer.amount = _f_amount
        intra_exchange_instance_transfer.status = _f_status
        intra_exchange_instance_transfer.created_ts = _f_created_ts
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "transfer_id",
                "source",
                "destination",
                "source_exchange_shard",
                "destination_exchange_shard",
                "amount",
                "status",
                "created_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            intra_exchange_instance_transfer.additional_properties = _extra_found
        else:
            intra_exchange_instance_transfer.additional_properties = {}
        intra_exchange_instance_transfer._deviations = _deviations
        return intra_exchange_instance_transfer

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("transfer_id", "transfer_id", str, True, None),
            ("source", "source", str, True, None),
            ("destination", "destination", str, True, None),
            ("source_exchange_shard", "source_exchange_shard", int, True, None),
            (
                "destination_exchange_shard",
                "destination_exchange_shard",
                int,
                True,
                None,
            ),
            ("amount", "amount", str, True, None),
            ("status", "status", str, True, None),
            ("created_ts", "created_ts", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        intra_exchange_instance_transfer = _new(cls)
        intra_exchange_instance_transfer.transfer_id = w.transfer_id
        intra_exchange_instance_transfer.source = (
            w.source
            if w.source in EXCHANGE_INSTANCE_VALUES
            else check_exchange_instance(w.source, "source", received=True)
        )
        intra_exchange_instance_transfer.destination = (
            w.destination
            if w.destination in EXCHANGE_INSTANCE_VALUES
            else check_exchange_instance(w.destination, "destination", received=True)
        )
        intra_exchange_instance_transfer.source_exchange_shard = w.source_exchange_shard
        intra_exchange_instance_transfer.destination_exchange_shard = (
            w.destination_exchange_shard
        )
        try:
            intra_exchange_instance_transfer.amount = FIXED_POINT[w.amount]
        except KeyError:
            intra_exchange_instance_transfer.amount = parse_fixed_point(
                w.amount, "amount"
            )
        intra_exchange_instance_transfer.status = (
            w.status
            if w.status in INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_VALUES
            else check_intra_exchange_instance_transfer_status(
                w.status, "status", received=True
            )
        )
        intra_exchange_instance_transfer.created_ts = w.created_ts
        intra_exchange_instance_transfer.additional_properties = w._extras()
        intra_exchange_instance_transfer._deviations = None
        return intra_exchange_instance_transfer

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
