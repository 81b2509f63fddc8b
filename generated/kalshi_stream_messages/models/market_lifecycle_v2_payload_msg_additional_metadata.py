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
    learn_extras,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.market_lifecycle_v2_payload_msg_additional_metadata_custom_strike import (
        MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike,
    )


T = TypeVar("T", bound="MarketLifecycleV2PayloadMsgAdditionalMetadata")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarketLifecycleV2PayloadMsgAdditionalMetadata:
    """Optional - This key will only be emitted when the market is created

    Attributes:
        name (str | Unset):
        title (str | Unset):
        yes_sub_title (str | Unset):
        no_sub_title (str | Unset):
        rules_primary (str | Unset):
        rules_secondary (str | Unset):
        can_close_early (bool | Unset):
        event_ticker (str | Unset):
        expected_expiration_ts (int | Unset):
        strike_type (str | Unset):
        floor_strike (float | Unset):
        cap_strike (float | Unset):
        custom_strike (MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike | Unset):
    """

    name: str | Unset = UNSET

    title: str | Unset = UNSET

    yes_sub_title: str | Unset = UNSET

    no_sub_title: str | Unset = UNSET

    rules_primary: str | Unset = UNSET

    rules_secondary: str | Unset = UNSET

    can_close_early: bool | Unset = UNSET

    event_ticker: str | Unset = UNSET

    expected_expiration_ts: int | Unset = UNSET

    strike_type: str | Unset = UNSET

    floor_strike: float | Unset = UNSET

    cap_strike: float | Unset = UNSET

    custom_strike: MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike | Unset = (
        UNSET
    )

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
        if isinstance(self.name, Unset):
            pass
        elif self.name is None:  # a null the spec does not allow, kept as received
            field_dict["name"] = None
        else:
            field_dict["name"] = self.name
        if isinstance(self.title, Unset):
            pass
        elif self.title is None:  # a null the spec does not allow, kept as received
            field_dict["title"] = None
        else:
            field_dict["title"] = self.title
        if isinstance(self.yes_sub_title, Unset):
            pass
        elif (
            self.yes_sub_title is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_sub_title"] = None
        else:
            field_dict["yes_sub_title"] = self.yes_sub_title
        if isinstance(self.no_sub_title, Unset):
            pass
        elif (
            self.no_sub_title is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_sub_title"] = None
        else:
            field_dict["no_sub_title"] = self.no_sub_title
        if isinstance(self.rules_primary, Unset):
            pass
        elif (
            self.rules_primary is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rules_primary"] = None
        else:
            field_dict["rules_primary"] = self.rules_primary
        if isinstance(self.rules_secondary, Unset):
            pass
        elif (
            self.rules_secondary is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rules_secondary"] = None
        else:
            field_dict["rules_secondary"] = self.rules_secondary
        if isinstance(self.can_close_early, Unset):
            pass
        elif (
            self.can_close_early is None
        ):  # a null the spec does not allow, kept as received
            field_dict["can_close_early"] = None
        else:
            field_dict["can_close_early"] = self.can_close_early
        if isinstance(self.event_ticker, Unset):
            pass
        elif (
            self.event_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_ticker"] = None
        else:
            field_dict["event_ticker"] = self.event_ticker
        if isinstance(self.expected_expiration_ts, Unset):
            pass
        elif (
            self.expected_expiration_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["expected_expiration_ts"] = None
        else:
            field_dict["expected_expiration_ts"] = self.expected_expiration_ts
        if isinstance(self.strike_type, Unset):
            pass
        elif (
            self.strike_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["strike_type"] = None
        else:
            field_dict["strike_type"] = self.strike_type
        if isinstance(self.floor_strike, Unset):
            pass
        elif (
            self.floor_strike is None
        ):  # a null the spec does not allow, kept as received
            field_dict["floor_strike"] = None
        else:
            field_dict["floor_strike"] = self.floor_strike
        if isinstance(self.cap_strike, Unset):
            pass
        elif (
            self.cap_strike is None
        ):  # a null the spec does not allow, kept as received
            field_dict["cap_strike"] = None
        else:
            field_dict["cap_strike"] = self.cap_strike
        if isinstance(self.custom_strike, Unset):
            pass
        elif (
            self.custom_strike is None
        ):  # a null the spec does not allow, kept as received
            field_dict["custom_strike"] = None
        else:
            _custom_strike: dict[str, Any] | Unset = UNSET
            if not isinstance(self.custom_strike, Unset):
                _custom_strike = self.custom_strike.to_dict()
            field_dict["custom_strike"] = _custom_strike
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
            _v = _get("name", UNSET)
            _f_name: Any
            if type(_v) is str:
                _f_name = _v

            elif _v is UNSET:
                _f_name = UNSET
                _absent += 1
            elif _v is None:
                _f_name = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "name",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("name", "str", _v)
                _f_name = _v

            _v = _get("title", UNSET)
            _f_title: Any
            if type(_v) is str:
                _f_title = _v

            elif _v is UNSET:
                _f_title = UNSET
                _absent += 1
            elif _v is None:
                _f_title = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "title",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("title", "str", _v)
                _f_title = _v

            _v = _get("yes_sub_title", UNSET)
            _f_yes_sub_title: Any
            if type(_v) is str:
                _f_yes_sub_title = _v

            elif _v is UNSET:
                _f_yes_sub_title = UNSET
                _absent += 1
            elif _v is None:
                _f_yes_sub_title = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "yes_sub_title",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("yes_sub_title", "str", _v)
                _f_yes_sub_title = _v

            _v = _get("no_sub_title", UNSET)
            _f_no_sub_title: Any
            if type(_v) is str:
                _f_no_sub_title = _v

            elif _v is UNSET:
                _f_no_sub_title = UNSET
                _absent += 1
            elif _v is None:
                _f_no_sub_title = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "no_sub_title",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("no_sub_title", "str", _v)
                _f_no_sub_title = _v

            _v = _get("rules_primary", UNSET)
            _f_rules_primary: Any
            if type(_v) is str:
                _f_rules_primary = _v

            elif _v is UNSET:
                _f_rules_primary = UNSET
                _absent += 1
            elif _v is None:
                _f_rules_primary = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "rules_primary",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("rules_primary", "str", _v)
                _f_rules_primary = _v

            _v = _get("rules_secondary", UNSET)
            _f_rules_secondary: Any
            if type(_v) is str:
                _f_rules_secondary = _v

            elif _v is UNSET:
                _f_rules_secondary = UNSET
                _absent += 1
            elif _v is None:
                _f_rules_secondary = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "rules_secondary",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("rules_secondary", "str", _v)
                _f_rules_secondary = _v

            _v = _get("can_close_early", UNSET)
            _f_can_close_early: Any
            if type(_v) is bool:
                _f_can_close_early = _v

            elif _v is UNSET:
                _f_can_close_early = UNSET
                _absent += 1
            elif _v is None:
                _f_can_close_early = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "can_close_early",
                    "null",
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("can_close_early", "bool", _v)
                _f_can_close_early = _v

            _v = _get("event_ticker", UNSET)
            _f_event_ticker: Any
            if type(_v) is str:
                _f_event_ticker = _v

            elif _v is UNSET:
                _f_event_ticker = UNSET
                _absent += 1
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "event_ticker",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("event_ticker", "str", _v)
                _f_event_ticker = _v

            _v = _get("expected_expiration_ts", UNSET)
            _f_expected_expiration_ts: Any
            if type(_v) is int:
                _f_expected_expiration_ts = _v

            elif _v is UNSET:
                _f_expected_expiration_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_expected_expiration_ts = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "expected_expiration_ts",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("expected_expiration_ts", "int", _v)
                _f_expected_expiration_ts = _v

            _v = _get("strike_type", UNSET)
            _f_strike_type: Any
            if type(_v) is str:
                _f_strike_type = _v

            elif _v is UNSET:
                _f_strike_type = UNSET
                _absent += 1
            elif _v is None:
                _f_strike_type = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "strike_type",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("strike_type", "str", _v)
                _f_strike_type = _v

            _v = _get("floor_strike", UNSET)
            _f_floor_strike: Any
            if type(_v) is float:
                _f_floor_strike = _v

            elif _v is UNSET:
                _f_floor_strike = UNSET
                _absent += 1
            elif _v is None:
                _f_floor_strike = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "floor_strike",
                    "null",
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("floor_strike", "number", _v)
                    _v = float(_v)
                _f_floor_strike = _v

            _v = _get("cap_strike", UNSET)
            _f_cap_strike: Any
            if type(_v) is float:
                _f_cap_strike = _v

            elif _v is UNSET:
                _f_cap_strike = UNSET
                _absent += 1
            elif _v is None:
                _f_cap_strike = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "cap_strike",
                    "null",
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("cap_strike", "number", _v)
                    _v = float(_v)
                _f_cap_strike = _v

            _v = _get("custom_strike", UNSET)
            _f_custom_strike: Any
            if _v is UNSET:
                _f_custom_strike = UNSET
                _absent += 1
            elif _v is None:
                _f_custom_strike = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
                    "custom_strike",
                    "null",
                )
            else:
                try:
                    _f_custom_strike = MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike.from_dict(
                        _v
                    )
                except BadValue as _bad:
                    raise _bad.within("custom_strike") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        market_lifecycle_v2_payload_msg_additional_metadata = _new(cls)
        market_lifecycle_v2_payload_msg_additional_metadata.name = _f_name
        market_lifecycle_v2_payload_msg_additional_metadata.title = _f_title
        market_lifecycle_v2_payload_msg_additional_metadata.yes_sub_title = (
            _f_yes_sub_title
        )
        market_lifecycle_v2_payload_msg_additional_metadata.no_sub_title = (
            _f_no_sub_title
        )
        market_lifecycle_v2_payload_msg_additional_metadata.rules_primary = (
            _f_rules_primary
        )
        market_lifecycle_v2_payload_msg_additional_metadata.rules_secondary = (
            _f_rules_secondary
        )
        market_lifecycle_v2_payload_msg_additional_metadata.can_close_early = (
            _f_can_close_early
        )
        market_lifecycle_v2_payload_msg_additional_metadata.event_ticker = (
            _f_event_ticker
        )
        market_lifecycle_v2_payload_msg_additional_metadata.expected_expiration_ts = (
            _f_expected_expiration_ts
        )
        market_lifecycle_v2_payload_msg_additional_metadata.strike_type = _f_strike_type
        market_lifecycle_v2_payload_msg_additional_metadata.floor_strike = (
            _f_floor_strike
        )
        market_lifecycle_v2_payload_msg_additional_metadata.cap_strike = _f_cap_strike
        market_lifecycle_v2_payload_msg_additional_metadata.custom_strike = (
            _f_custom_strike
        )
        if len(src_dict) + _absent > 13:
            _known: set[str] = {
                "name",
                "title",
                "yes_sub_title",
                "no_sub_title",
                "rules_primary",
                "rules_secondary",
                "can_close_early",
                "event_ticker",
                "expected_expiration_ts",
                "strike_type",
                "floor_strike",
                "cap_strike",
                "custom_strike",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            market_lifecycle_v2_payload_msg_additional_metadata.additional_properties = _extra_found
        else:
            market_lifecycle_v2_payload_msg_additional_metadata.additional_properties = {}
        market_lifecycle_v2_payload_msg_additional_metadata._deviations = _deviations
        return market_lifecycle_v2_payload_msg_additional_metadata

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("name", "name", str, False, None),
            ("title", "title", str, False, None),
            ("yes_sub_title", "yes_sub_title", str, False, None),
            ("no_sub_title", "no_sub_title", str, False, None),
            ("rules_primary", "rules_primary", str, False, None),
            ("rules_secondary", "rules_secondary", str, False, None),
            ("can_close_early", "can_close_early", bool, False, None),
            ("event_ticker", "event_ticker", str, False, None),
            ("expected_expiration_ts", "expected_expiration_ts", int, False, None),
            ("strike_type", "strike_type", str, False, None),
            ("floor_strike", "floor_strike", Any, False, None),
            ("cap_strike", "cap_strike", Any, False, None),
            (
                "custom_strike",
                "custom_strike",
                wire_struct(MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike),
                False,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        market_lifecycle_v2_payload_msg_additional_metadata = _new(cls)
        market_lifecycle_v2_payload_msg_additional_metadata.name = w.name
        market_lifecycle_v2_payload_msg_additional_metadata.title = w.title
        market_lifecycle_v2_payload_msg_additional_metadata.yes_sub_title = (
            w.yes_sub_title
        )
        market_lifecycle_v2_payload_msg_additional_metadata.no_sub_title = (
            w.no_sub_title
        )
        market_lifecycle_v2_payload_msg_additional_metadata.rules_primary = (
            w.rules_primary
        )
        market_lifecycle_v2_payload_msg_additional_metadata.rules_secondary = (
            w.rules_secondary
        )
        market_lifecycle_v2_payload_msg_additional_metadata.can_close_early = (
            w.can_close_early
        )
        market_lifecycle_v2_payload_msg_additional_metadata.event_ticker = (
            w.event_ticker
        )
        market_lifecycle_v2_payload_msg_additional_metadata.expected_expiration_ts = (
            w.expected_expiration_ts
        )
        market_lifecycle_v2_payload_msg_additional_metadata.strike_type = w.strike_type
        if (
            w.floor_strike is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("floor_strike", "not null", None)
        if w.floor_strike is UNSET:
            market_lifecycle_v2_payload_msg_additional_metadata.floor_strike = (
                w.floor_strike
            )
        else:
            if type(w.floor_strike) is not float:
                if (
                    type(w.floor_strike) is not int
                    or float(w.floor_strike) != w.floor_strike
                ):
                    raise BadValue("floor_strike", "number", w.floor_strike)
                w.floor_strike = float(w.floor_strike)
            market_lifecycle_v2_payload_msg_additional_metadata.floor_strike = (
                w.floor_strike
            )
        if w.cap_strike is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("cap_strike", "not null", None)
        if w.cap_strike is UNSET:
            market_lifecycle_v2_payload_msg_additional_metadata.cap_strike = (
                w.cap_strike
            )
        else:
            if type(w.cap_strike) is not float:
                if type(w.cap_strike) is not int or float(w.cap_strike) != w.cap_strike:
                    raise BadValue("cap_strike", "number", w.cap_strike)
                w.cap_strike = float(w.cap_strike)
            market_lifecycle_v2_payload_msg_additional_metadata.cap_strike = (
                w.cap_strike
            )
        if w.custom_strike is UNSET:
            market_lifecycle_v2_payload_msg_additional_metadata.custom_strike = (
                w.custom_strike
            )
        else:
            market_lifecycle_v2_payload_msg_additional_metadata.custom_strike = (
                MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike._from_wire(
                    w.custom_strike
                )
            )
        market_lifecycle_v2_payload_msg_additional_metadata.additional_properties = (
            w._extras()
        )
        market_lifecycle_v2_payload_msg_additional_metadata._deviations = None
        return market_lifecycle_v2_payload_msg_additional_metadata

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
    global _lazy_bound, MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike
    from ..models.market_lifecycle_v2_payload_msg_additional_metadata_custom_strike import (
        MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike,
    )

    _lazy_bound = True
