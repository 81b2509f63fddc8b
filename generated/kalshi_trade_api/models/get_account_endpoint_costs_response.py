from __future__ import annotations

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
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.endpoint_token_cost import EndpointTokenCost


T = TypeVar("T", bound="GetAccountEndpointCostsResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetAccountEndpointCostsResponse:
    """Attributes:
    default_cost (int): Default token cost applied to endpoints that are not listed in `endpoint_costs`. This is
        currently 10.
    endpoint_costs (list[EndpointTokenCost]): API v2 endpoints whose configured token cost differs from
        `default_cost`. Endpoints that use the default cost are omitted.
    """

    default_cost: int

    endpoint_costs: list[EndpointTokenCost]

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
        if isinstance(self.default_cost, Unset):
            pass
        elif (
            self.default_cost is None
        ):  # a null the spec does not allow, kept as received
            field_dict["default_cost"] = None
        else:
            field_dict["default_cost"] = self.default_cost
        if isinstance(self.endpoint_costs, Unset):
            pass
        elif (
            self.endpoint_costs is None
        ):  # a null the spec does not allow, kept as received
            field_dict["endpoint_costs"] = None
        else:
            _endpoint_costs = []
            for endpoint_costs_item_data in self.endpoint_costs:
                endpoint_costs_item = endpoint_costs_item_data.to_dict()
                _endpoint_costs.append(endpoint_costs_item)

            field_dict["endpoint_costs"] = _endpoint_costs
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
            _v = _get("default_cost", UNSET)
            _f_default_cost: Any
            if type(_v) is int:
                _f_default_cost = _v

            elif _v is UNSET:
                _f_default_cost = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetAccountEndpointCostsResponse",
                    "default_cost",
                    "missing",
                )
            elif _v is None:
                _f_default_cost = None
                _deviations = record_deviation(
                    _deviations,
                    "GetAccountEndpointCostsResponse",
                    "default_cost",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("default_cost", "int", _v)
                _f_default_cost = _v

            _v = _get("endpoint_costs", UNSET)
            _f_endpoint_costs: Any
            if _v is UNSET:
                _f_endpoint_costs = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetAccountEndpointCostsResponse",
                    "endpoint_costs",
                    "missing",
                )
            elif _v is None:
                _f_endpoint_costs = None
                _deviations = record_deviation(
                    _deviations,
                    "GetAccountEndpointCostsResponse",
                    "endpoint_costs",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("endpoint_costs", "array", _v)
                try:
                    _f_endpoint_costs = list(map(EndpointTokenCost.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("endpoint_costs", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_account_endpoint_costs_response = _new(cls)
        get_account_endpoint_costs_response.default_cost = _f_default_cost
        get_account_endpoint_costs_response.endpoint_costs = _f_endpoint_costs
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"default_cost", "endpoint_costs"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_account_endpoint_costs_response.additional_properties = _extra_found
        else:
            get_account_endpoint_costs_response.additional_properties = {}
        get_account_endpoint_costs_response._deviations = _deviations
        return get_account_endpoint_costs_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("default_cost", "default_cost", int, True, None),
            (
                "endpoint_costs",
                "endpoint_costs",
                list_of(wire_struct(EndpointTokenCost)),
                True,
                EndpointTokenCost,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_account_endpoint_costs_response = _new(cls)
        get_account_endpoint_costs_response.default_cost = w.default_cost
        get_account_endpoint_costs_response.endpoint_costs = items_from_wire(
            EndpointTokenCost, w.endpoint_costs
        )
        get_account_endpoint_costs_response.additional_properties = w._extras()
        get_account_endpoint_costs_response._deviations = None
        return get_account_endpoint_costs_response

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
    global _lazy_bound, EndpointTokenCost
    from ..models.endpoint_token_cost import EndpointTokenCost

    _lazy_bound = True
