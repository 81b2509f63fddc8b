from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

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
    learn_extras,
    model_repr,
    parse_fixed_point,
    record_deviation,
    to_count_or_none_or_unset,
    to_dollars_or_unset,
)

T = TypeVar("T", bound="CreateRFQRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class CreateRFQRequest:
    """Attributes:
    market_ticker (str): The ticker of the market for which to create an RFQ
    rest_remainder (bool): Whether to rest the remainder of the RFQ after execution
    contracts (int | Unset): Whole-contract count for the RFQ. Use contracts_fp for partial contract values; if both
        are provided, they must match.
    contracts_fp (None | Decimal | Unset): Fixed-point number of contracts for the RFQ. Supports partial contracts
        in 0.01-contract increments; if contracts is also provided, both values must match.
    target_cost_centi_cents (int | Unset): DEPRECATED: The target cost for the RFQ in centi-cents. Use
        target_cost_dollars instead.
    target_cost_dollars (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal
        places (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are
        constrained by that market's price level structure. Example: 0.5600.
    target_cost_excludes_fees (bool | Unset): Sizes quotes against the target cost as principal only (contracts =
        target cost / price), with your taker fees charged on top of the target cost. By default (false) the target cost
        caps principal plus Kalshi fees, and quote sizes are reduced to make room for the fees. Only valid together with
        a target cost.
    obscure_creator_id (bool | Unset): Hide the RFQ creator ID from other users until successful execution. The
        creator always sees their own ID. Default: False.
    replace_existing (bool | Unset): Whether to delete existing RFQs as part of this RFQ's creation Default: False.
    subtrader_id (str | Unset): The subtrader to create the RFQ for (FCM members only)
    subaccount (int | Unset): The subaccount number to create the RFQ for (direct members only; 0 for primary, 1-63
        for subaccounts)
    """

    market_ticker: str

    rest_remainder: bool

    contracts: int | Unset = UNSET

    contracts_fp: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_none_or_unset
    )

    target_cost_centi_cents: int | Unset = UNSET

    target_cost_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    target_cost_excludes_fees: bool | Unset = UNSET

    obscure_creator_id: bool | Unset = False

    replace_existing: bool | Unset = False

    subtrader_id: str | Unset = UNSET

    subaccount: int | Unset = UNSET

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
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.rest_remainder, Unset):
            pass
        elif (
            self.rest_remainder is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rest_remainder"] = None
        else:
            field_dict["rest_remainder"] = self.rest_remainder
        if isinstance(self.contracts, Unset):
            pass
        elif self.contracts is None:  # a null the spec does not allow, kept as received
            field_dict["contracts"] = None
        else:
            field_dict["contracts"] = self.contracts
        if isinstance(self.contracts_fp, Unset):
            pass
        else:
            field_dict["contracts_fp"] = (
                None
                if self.contracts_fp is None
                else fixed_point_text(self.contracts_fp, "contracts_fp", counts=True)
            )
        if isinstance(self.target_cost_centi_cents, Unset):
            pass
        elif (
            self.target_cost_centi_cents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["target_cost_centi_cents"] = None
        else:
            field_dict["target_cost_centi_cents"] = self.target_cost_centi_cents
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
        if isinstance(self.obscure_creator_id, Unset):
            pass
        elif (
            self.obscure_creator_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["obscure_creator_id"] = None
        else:
            field_dict["obscure_creator_id"] = self.obscure_creator_id
        if isinstance(self.replace_existing, Unset):
            pass
        elif (
            self.replace_existing is None
        ):  # a null the spec does not allow, kept as received
            field_dict["replace_existing"] = None
        else:
            field_dict["replace_existing"] = self.replace_existing
        if isinstance(self.subtrader_id, Unset):
            pass
        elif (
            self.subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subtrader_id"] = None
        else:
            field_dict["subtrader_id"] = self.subtrader_id
        if isinstance(self.subaccount, Unset):
            pass
        elif (
            self.subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount"] = None
        else:
            field_dict["subaccount"] = self.subaccount
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
            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateRFQRequest", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "CreateRFQRequest", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("rest_remainder", UNSET)
            _f_rest_remainder: Any
            if type(_v) is bool:
                _f_rest_remainder = _v

            elif _v is UNSET:
                _f_rest_remainder = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateRFQRequest", "rest_remainder", "missing"
                )
            elif _v is None:
                _f_rest_remainder = None
                _deviations = record_deviation(
                    _deviations, "CreateRFQRequest", "rest_remainder", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("rest_remainder", "bool", _v)
                _f_rest_remainder = _v

            _v = _get("contracts", UNSET)
            _f_contracts: Any
            if type(_v) is int:
                _f_contracts = _v

            elif _v is UNSET:
                _f_contracts = UNSET
                _absent += 1
            elif _v is None:
                _f_contracts = None
                _deviations = record_deviation(
                    _deviations, "CreateRFQRequest", "contracts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("contracts", "int", _v)
                _f_contracts = _v

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
            else:
                if _v is None:
                    _f_contracts_fp = None
                else:
                    _f_contracts_fp = parse_fixed_point(_v, "contracts_fp")

            _v = _get("target_cost_centi_cents", UNSET)
            _f_target_cost_centi_cents: Any
            if type(_v) is int:
                _f_target_cost_centi_cents = _v

            elif _v is UNSET:
                _f_target_cost_centi_cents = UNSET
                _absent += 1
            elif _v is None:
                _f_target_cost_centi_cents = None
                _deviations = record_deviation(
                    _deviations, "CreateRFQRequest", "target_cost_centi_cents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("target_cost_centi_cents", "int", _v)
                _f_target_cost_centi_cents = _v

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
                    _deviations, "CreateRFQRequest", "target_cost_dollars", "null"
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
                    _deviations, "CreateRFQRequest", "target_cost_excludes_fees", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("target_cost_excludes_fees", "bool", _v)
                _f_target_cost_excludes_fees = _v

            _v = _get("obscure_creator_id", UNSET)
            _f_obscure_creator_id: Any
            if type(_v) is bool:
                _f_obscure_creator_id = _v

            elif _v is UNSET:
                _f_obscure_creator_id = UNSET
                _absent += 1
            elif _v is None:
                _f_obscure_creator_id = None
                _deviations = record_deviation(
                    _deviations, "CreateRFQRequest", "obscure_creator_id", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("obscure_creator_id", "bool", _v)
                _f_obscure_creator_id = _v

            _v = _get("replace_existing", UNSET)
            _f_replace_existing: Any
            if type(_v) is bool:
                _f_replace_existing = _v

            elif _v is UNSET:
                _f_replace_existing = UNSET
                _absent += 1
            elif _v is None:
                _f_replace_existing = None
                _deviations = record_deviation(
                    _deviations, "CreateRFQRequest", "replace_existing", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("replace_existing", "bool", _v)
                _f_replace_existing = _v

            _v = _get("subtrader_id", UNSET)
            _f_subtrader_id: Any
            if type(_v) is str:
                _f_subtrader_id = _v

            elif _v is UNSET:
                _f_subtrader_id = UNSET
                _absent += 1
            elif _v is None:
                _f_subtrader_id = None
                _deviations = record_deviation(
                    _deviations, "CreateRFQRequest", "subtrader_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("subtrader_id", "str", _v)
                _f_subtrader_id = _v

            _v = _get("subaccount", UNSET)
            _f_subaccount: Any
            if type(_v) is int:
                _f_subaccount = _v

            elif _v is UNSET:
                _f_subaccount = UNSET
                _absent += 1
            elif _v is None:
                _f_subaccount = None
                _deviations = record_deviation(
                    _deviations, "CreateRFQRequest", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        create_rfq_request = _new(cls)
        create_rfq_request.market_ticker = _f_market_ticker
        create_rfq_request.rest_remainder = _f_rest_remainder
        create_rfq_request.contracts = _f_contracts
        create_rfq_request.contracts_fp = _f_contracts_fp
        create_rfq_request.target_cost_centi_cents = _f_target_cost_centi_cents
        create_rfq_request.target_cost_dollars = _f_target_cost_dollars
        create_rfq_request.target_cost_excludes_fees = _f_target_cost_excludes_fees
        create_rfq_request.obscure_creator_id = _f_obscure_creator_id
        create_rfq_request.replace_existing = _f_replace_existing
        create_rfq_request.subtrader_id = _f_subtrader_id
        create_rfq_request.subaccount = _f_subaccount
        if len(src_dict) + _absent > 11:
            _known: set[str] = {
                "market_ticker",
                "rest_remainder",
                "contracts",
                "contracts_fp",
                "target_cost_centi_cents",
                "target_cost_dollars",
                "target_cost_excludes_fees",
                "obscure_creator_id",
                "replace_existing",
                "subtrader_id",
                "subaccount",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            create_rfq_request.additional_properties = _extra_found
        else:
            create_rfq_request.additional_properties = {}
        create_rfq_request._deviations = _deviations
        return create_rfq_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("market_ticker", "market_ticker", str, True, None),
            ("rest_remainder", "rest_remainder", bool, True, None),
            ("contracts", "contracts", int, False, None),
            ("contracts_fp", "contracts_fp", str | None, False, None),
            ("target_cost_centi_cents", "target_cost_centi_cents", int, False, None),
            ("target_cost_dollars", "target_cost_dollars", str, False, None),
            (
                "target_cost_excludes_fees",
                "target_cost_excludes_fees",
                bool,
                False,
                None,
            ),
            ("obscure_creator_id", "obscure_creator_id", bool, False, None),
            ("replace_existing", "replace_existing", bool, False, None),
            ("subtrader_id", "subtrader_id", str, False, None),
            ("subaccount", "subaccount", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        create_rfq_request = _new(cls)
        create_rfq_request.market_ticker = w.market_ticker
        create_rfq_request.rest_remainder = w.rest_remainder
        create_rfq_request.contracts = w.contracts
        if w.contracts_fp is UNSET or w.contracts_fp is None:
            create_rfq_request.contracts_fp = w.contracts_fp
        else:
            try:
                create_rfq_request.contracts_fp = FIXED_POINT[w.contracts_fp]
            except KeyError:
                create_rfq_request.contracts_fp = parse_fixed_point(
                    w.contracts_fp, "contracts_fp"
                )
        create_rfq_request.target_cost_centi_cents = w.target_cost_centi_cents
        if w.target_cost_dollars is UNSET:
            create_rfq_request.target_cost_dollars = w.target_cost_dollars
        else:
            try:
                create_rfq_request.target_cost_dollars = FIXED_POINT[
                    w.target_cost_dollars
                ]
            except KeyError:
                create_rfq_request.target_cost_dollars = parse_fixed_point(
                    w.target_cost_dollars, "target_cost_dollars"
                )
        create_rfq_request.target_cost_excludes_fees = w.target_cost_excludes_fees
        create_rfq_request.obscure_creator_id = w.obscure_creator_id
        create_rfq_request.replace_existing = w.replace_existing
        create_rfq_request.subtrader_id = w.subtrader_id
        create_rfq_request.subaccount = w.subaccount
        create_rfq_request.additional_properties = w._extras()
        create_rfq_request._deviations = None
        return create_rfq_request

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
