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
    from ..models.order_group import OrderGroup


T = TypeVar("T", bound="GetOrderGroupsResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetOrderGroupsResponse:
    """Attributes:
    order_groups (list[OrderGroup] | Unset):
    """

    order_groups: list[OrderGroup] | Unset = UNSET

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
        if isinstance(self.order_groups, Unset):
            pass
        elif (
            self.order_groups is None
        ):  # a null the spec does not allow, kept as received
            field_dict["order_groups"] = None
        else:
            _order_groups: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.order_groups, Unset):
                _order_groups = []
                for order_groups_item_data in self.order_groups:
                    order_groups_item = order_groups_item_data.to_dict()
                    _order_groups.append(order_groups_item)

            field_dict["order_groups"] = _order_groups
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
            _v = _get("order_groups", UNSET)
            _f_order_groups: Any
            if _v is UNSET:
                _f_order_groups = UNSET
                _absent += 1
            elif _v is None:
                _f_order_groups = None
                _deviations = record_deviation(
                    _deviations, "GetOrderGroupsResponse", "order_groups", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("order_groups", "array", _v)
                try:
                    _f_order_groups = list(map(OrderGroup.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("order_groups", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_order_groups_response = _new(cls)
        get_order_groups_response.order_groups = _f_order_groups
        if len(src_dict) + _absent > 1:
            _known: set[str] = {"order_groups"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_order_groups_response.additional_properties = _extra_found
        else:
            get_order_groups_response.additional_properties = {}
        get_order_groups_response._deviations = _deviations
        return get_order_groups_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            (
                "order_groups",
                "order_groups",
                list_of(wire_struct(OrderGroup)),
                False,
                OrderGroup,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_order_groups_response = _new(cls)
        if w.order_groups is UNSET:
            get_order_groups_response.order_groups = w.order_groups
        else:
            get_order_groups_response.order_groups = items_from_wire(
                OrderGroup, w.order_groups
            )
        get_order_groups_response.additional_properties = w._extras()
        get_order_groups_response._deviations = None
        return get_order_groups_response

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
    global _lazy_bound, OrderGroup
    from ..models.order_group import OrderGroup

    _lazy_bound = True
