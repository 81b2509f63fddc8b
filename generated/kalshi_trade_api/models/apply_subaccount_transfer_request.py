from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

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
    parse_uuid,
    record_deviation,
)

T = TypeVar("T", bound="ApplySubaccountTransferRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class ApplySubaccountTransferRequest:
    """Attributes:
    client_transfer_id (UUID): Unique client-provided transfer ID for idempotency.
    from_subaccount (int): Source subaccount number (0 for primary, 1-63 for numbered subaccounts).
    to_subaccount (int): Destination subaccount number (0 for primary, 1-63 for numbered subaccounts).
    amount_cents (int): Amount to transfer in cents.
    exchange_index (int | Unset): Identifier for an exchange shard.
    """

    client_transfer_id: UUID

    from_subaccount: int

    to_subaccount: int

    amount_cents: int

    exchange_index: int | Unset = UNSET

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
        if isinstance(self.client_transfer_id, Unset):
            pass
        elif (
            self.client_transfer_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["client_transfer_id"] = None
        else:
            _client_transfer_id = str(self.client_transfer_id)
            field_dict["client_transfer_id"] = _client_transfer_id
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
            _v = _get("client_transfer_id", UNSET)
            _f_client_transfer_id: Any
            if _v is UNSET:
                _f_client_transfer_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "ApplySubaccountTransferRequest",
                    "client_transfer_id",
                    "missing",
                )
            elif _v is None:
                _f_client_transfer_id = None
                _deviations = record_deviation(
                    _deviations,
                    "ApplySubaccountTransferRequest",
                    "client_transfer_id",
                    "null",
                )
            else:
                _f_client_transfer_id = parse_uuid(_v, "client_transfer_id")

            _v = _get("from_subaccount", UNSET)
            _f_from_subaccount: Any
            if type(_v) is int:
                _f_from_subaccount = _v

            elif _v is UNSET:
                _f_from_subaccount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "ApplySubaccountTransferRequest",
                    "from_subaccount",
                    "missing",
                )
            elif _v is None:
                _f_from_subaccount = None
                _deviations = record_deviation(
                    _deviations,
                    "ApplySubaccountTransferRequest",
                    "from_subaccount",
                    "null",
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
                    _deviations,
                    "ApplySubaccountTransferRequest",
                    "to_subaccount",
                    "missing",
                )
            elif _v is None:
                _f_to_subaccount = None
                _deviations = record_deviation(
                    _deviations,
                    "ApplySubaccountTransferRequest",
                    "to_subaccount",
                    "null",
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
                    _deviations,
                    "ApplySubaccountTransferRequest",
                    "amount_cents",
                    "missing",
                )
            elif _v is None:
                _f_amount_cents = None
                _deviations = record_deviation(
                    _deviations,
                    "ApplySubaccountTransferRequest",
                    "amount_cents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("amount_cents", "int", _v)
                _f_amount_cents = _v

            _v = _get("exchange_index", UNSET)
            _f_exchange_index: Any
            if type(_v) is int:
                _f_exchange_index = _v

            elif _v is UNSET:
                _f_exchange_index = UNSET
                _absent += 1
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations,
                    "ApplySubaccountTransferRequest",
                    "exchange_index",
                    "null",
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
        apply_subaccount_transfer_request = _new(cls)
        apply_subaccount_transfer_request.client_transfer_id = _f_client_transfer_id
        apply_subaccount_transfer_request.from_subaccount = _f_from_subaccount
        apply_subaccount_transfer_request.to_subaccount = _f_to_subaccount
        apply_subaccount_transfer_request.amount_cents = _f_amount_cents
        apply_subaccount_transfer_request.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "client_transfer_id",
                "from_subaccount",
                "to_subaccount",
                "amount_cents",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            apply_subaccount_transfer_request.additional_properties = _extra_found
        else:
            apply_subaccount_transfer_request.additional_properties = {}
        apply_subaccount_transfer_request._deviations = _deviations
        return apply_subaccount_transfer_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("client_transfer_id", "client_transfer_id", str, True, None),
            ("from_subaccount", "from_subaccount", int, True, None),
            ("to_subaccount", "to_subaccount", int, True, None),
            ("amount_cents", "amount_cents", int, True, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        apply_subaccount_transfer_request = _new(cls)
        apply_subaccount_transfer_request.client_transfer_id = parse_uuid(
            w.client_transfer_id, "client_transfer_id"
        )
        apply_subaccount_transfer_request.from_subaccount = w.from_subaccount
        apply_subaccount_transfer_request.to_subaccount = w.to_subaccount
        apply_subaccount_transfer_request.amount_cents = w.amount_cents
        apply_subaccount_transfer_request.exchange_index = w.exchange_index
        apply_subaccount_transfer_request.additional_properties = w._extras()
        apply_subaccount_transfer_request._deviations = None
        return apply_subaccount_transfer_request

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
