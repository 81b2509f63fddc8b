from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="SubaccountTransfer")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class SubaccountTransfer:
    """Attributes:
    transfer_id (str): Unique identifier for this transfer.
    from_subaccount (int): Source subaccount number (0 for primary, 1-63 for subaccounts).
    to_subaccount (int): Destination subaccount number (0 for primary, 1-63 for subaccounts).
    amount_cents (int): Cash transfer amount in cents.
    created_ts (int): Unix timestamp when the transfer was created.
    exchange_index (int): Exchange index the transfer was applied on.
    """

    transfer_id: str

    from_subaccount: int

    to_subaccount: int

    amount_cents: int

    created_ts: int

    exchange_index: int

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
        if isinstance(self.from_subaccount, Unset):
            pass
        elif (
            self.from_subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["from_subaccount"] = None
        else:
            field_dict["from_subaccount"] = self.from_subaccount
        if isinstance(self.to_subaccount, Unset):
            pass
        elif (
            self.to_subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["to_subaccount"] = None
        else:
            field_dict["to_subaccount"] = self.to_subaccount
        if isinstance(self.amount_cents, Unset):
            pass
        elif (
            self.amount_cents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["amount_cents"] = None
        else:
            field_dict["amount_cents"] = self.amount_cents
        if isinstance(self.created_ts, Unset):
            pass
        elif (
            self.created_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_ts"] = None
        else:
            field_dict["created_ts"] = self.created_ts
        if isinstance(self.exchange_index, Unset):
            pass
        elif (
            self.exchange_index is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_index"] = None
        else:
            field_dict["exchange_index"] = self.exchange_index
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
                    _deviations, "SubaccountTransfer", "transfer_id", "missing"
                )
            elif _v is None:
                _f_transfer_id = None
                _deviations = record_deviation(
                    _deviations, "SubaccountTransfer", "transfer_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("transfer_id", "str", _v)
                _f_transfer_id = _v

            _v = _get("from_subaccount", UNSET)
            _f_from_subaccount: Any
            if type(_v) is int:
                _f_from_subaccount = _v

            elif _v is UNSET:
                _f_from_subaccount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubaccountTransfer", "from_subaccount", "missing"
                )
            elif _v is None:
                _f_from_subaccount = None
                _deviations = record_deviation(
                    _deviations, "SubaccountTransfer", "from_subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("from_subaccount", "int", _v)
                _f_from_subaccount = _v

            _v = _get("to_subaccount", UNSET)
            _f_to_subaccount: Any
            if type(_v) is int:
                _f_to_subaccount = _v

            elif _v is UNSET:
                _f_to_subaccount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubaccountTransfer", "to_subaccount", "missing"
                )
            elif _v is None:
                _f_to_subaccount = None
                _deviations = record_deviation(
                    _deviations, "SubaccountTransfer", "to_subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("to_subaccount", "int", _v)
                _f_to_subaccount = _v

            _v = _get("amount_cents", UNSET)
            _f_amount_cents: Any
            if type(_v) is int:
                _f_amount_cents = _v

            elif _v is UNSET:
                _f_amount_cents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubaccountTransfer", "amount_cents", "missing"
                )
            elif _v is None:
                _f_amount_cents = None
                _deviations = record_deviation(
                    _deviations, "SubaccountTransfer", "amount_cents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("amount_cents", "int", _v)
                _f_amount_cents = _v

            _v = _get("created_ts", UNSET)
            _f_created_ts: Any
            if type(_v) is int:
                _f_created_ts = _v

            elif _v is UNSET:
                _f_created_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubaccountTransfer", "created_ts", "missing"
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(
                    _deviations, "SubaccountTransfer", "created_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("created_ts", "int", _v)
                _f_created_ts = _v

            _v = _get("exchange_index", UNSET)
            _f_exchange_index: Any
            if type(_v) is int:
                _f_exchange_index = _v

            elif _v is UNSET:
                _f_exchange_index = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubaccountTransfer", "exchange_index", "missing"
                )
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations, "SubaccountTransfer", "exchange_index", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("exchange_index", "int", _v)
                _f_exchange_index = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        subaccount_transfer = _new(cls)
        subaccount_transfer.transfer_id = _f_transfer_id
        subaccount_transfer.from_subaccount = _f_from_subaccount
        subaccount_transfer.to_subaccount = _f_to_subaccount
        subaccount_transfer.amount_cents = _f_amount_cents
        subaccount_transfer.created_ts = _f_created_ts
        subaccount_transfer.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "transfer_id",
                "from_subaccount",
                "to_subaccount",
                "amount_cents",
                "created_ts",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            subaccount_transfer.additional_properties = _extra_found
        else:
            subaccount_transfer.additional_properties = {}
        subaccount_transfer._deviations = _deviations
        return subaccount_transfer

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("transfer_id", "transfer_id", str, True, None),
            ("from_subaccount", "from_subaccount", int, True, None),
            ("to_subaccount", "to_subaccount", int, True, None),
            ("amount_cents", "amount_cents", int, True, None),
            ("created_ts", "created_ts", int, True, None),
            ("exchange_index", "exchange_index", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        subaccount_transfer = _new(cls)
        subaccount_transfer.transfer_id = w.transfer_id
        subaccount_transfer.from_subaccount = w.from_subaccount
        subaccount_transfer.to_subaccount = w.to_subaccount
        subaccount_transfer.amount_cents = w.amount_cents
        subaccount_transfer.created_ts = w.created_ts
        subaccount_transfer.exchange_index = w.exchange_index
        subaccount_transfer.additional_properties = w._extras()
        subaccount_transfer._deviations = None
        return subaccount_transfer

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
