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

T = TypeVar("T", bound="ApiUsageLevelGrant")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class ApiUsageLevelGrant:
    """Attributes:
    exchange_instance (ExchangeInstance): The exchange instance type
    level (str): API usage level this grant confers (for example, expert, premier, paragon, prime, or prestige).
        Example: prestige.
    source (str): How the grant was created: \"volume\" (earned from trading volume) or \"manual\" (assigned by Kalshi).
    expires_ts (int | None | Unset): Unix timestamp (seconds) when the grant expires. Absent for permanent grants.
    """

    exchange_instance: ExchangeInstance

    level: str

    source: str

    expires_ts: int | None | Unset = UNSET

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
        if isinstance(self.exchange_instance, Unset):
            pass
        elif (
            self.exchange_instance is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_instance"] = None
        else:
            _exchange_instance: str = check_exchange_instance(
                self.exchange_instance, "exchange_instance"
            )
            field_dict["exchange_instance"] = _exchange_instance
        if isinstance(self.level, Unset):
            pass
        elif self.level is None:  # a null the spec does not allow, kept as received
            field_dict["level"] = None
        else:
            field_dict["level"] = self.level
        if isinstance(self.source, Unset):
            pass
        elif self.source is None:  # a null the spec does not allow, kept as received
            field_dict["source"] = None
        else:
            field_dict["source"] = self.source
        if isinstance(self.expires_ts, Unset):
            pass
        else:
            _expires_ts: int | None | Unset
            if isinstance(self.expires_ts, Unset):
                _expires_ts = UNSET
            else:
                _expires_ts = self.expires_ts
            field_dict["expires_ts"] = _expires_ts
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
            _v = _get("exchange_instance", UNSET)
            _f_exchange_instance: Any
            if type(_v) is str and _v in EXCHANGE_INSTANCE_VALUES:
                _f_exchange_instance = _v

            elif _v is UNSET:
                _f_exchange_instance = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ApiUsageLevelGrant", "exchange_instance", "missing"
                )
            elif _v is None:
                _f_exchange_instance = None
                _deviations = record_deviation(
                    _deviations, "ApiUsageLevelGrant", "exchange_instance", "null"
                )
            else:
                _f_exchange_instance = check_exchange_instance(
                    _v, "exchange_instance", received=True
                )

            _v = _get("level", UNSET)
            _f_level: Any
            if type(_v) is str:
                _f_level = _v

            elif _v is UNSET:
                _f_level = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ApiUsageLevelGrant", "level", "missing"
                )
            elif _v is None:
                _f_level = None
                _deviations = record_deviation(
                    _deviations, "ApiUsageLevelGrant", "level", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("level", "str", _v)
                _f_level = _v

            _v = _get("source", UNSET)
            _f_source: Any
            if type(_v) is str:
                _f_source = _v

            elif _v is UNSET:
                _f_source = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ApiUsageLevelGrant", "source", "missing"
                )
            elif _v is None:
                _f_source = None
                _deviations = record_deviation(
                    _deviations, "ApiUsageLevelGrant", "source", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("source", "str", _v)
                _f_source = _v

            _v = _get("expires_ts", UNSET)
            _f_expires_ts: Any
            if type(_v) is int:
                _f_expires_ts = _v

            elif _v is UNSET:
                _f_expires_ts = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_expires_ts = None
                else:
                    if type(_v) is not int:
                        raise BadValue("expires_ts", "int", _v)
                    _f_expires_ts = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        api_usage_level_grant = _new(cls)
        api_usage_level_grant.exchange_instance = _f_exchange_instance
        api_usage_level_grant.level = _f_level
        api_usage_level_grant.source = _f_source
        api_usage_level_grant.expires_ts = _f_expires_ts
        if len(src_dict) + _absent > 4:
            _known: set[str] = {"exchange_instance", "level", "source", "expires_ts"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            api_usage_level_grant.additional_properties = _extra_found
        else:
            api_usage_level_grant.additional_properties = {}
        api_usage_level_grant._deviations = _deviations
        return api_usage_level_grant

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("exchange_instance", "exchange_instance", str, True, None),
            ("level", "level", str, True, None),
            ("source", "source", str, True, None),
            ("expires_ts", "expires_ts", int | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        api_usage_level_grant = _new(cls)
        api_usage_level_grant.exchange_instance = (
            w.exchange_instance
            if w.exchange_instance in EXCHANGE_INSTANCE_VALUES
            else check_exchange_instance(
                w.exchange_instance, "exchange_instance", received=True
            )
        )
        api_usage_level_grant.level = w.level
        api_usage_level_grant.source = w.source
        api_usage_level_grant.expires_ts = w.expires_ts
        api_usage_level_grant.additional_properties = w._extras()
        api_usage_level_grant._deviations = None
        return api_usage_level_grant

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
