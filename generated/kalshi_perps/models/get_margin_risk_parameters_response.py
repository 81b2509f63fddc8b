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
    from ..models.get_margin_risk_parameters_response_initial_margin_multiplier import (
        GetMarginRiskParametersResponseInitialMarginMultiplier,
    )


T = TypeVar("T", bound="GetMarginRiskParametersResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetMarginRiskParametersResponse:
    """Attributes:
    liquidation_margin_ratio_threshold (float): Margin ratio at which a position is liquidated.
    queue_entry_margin_ratio_threshold (float): Margin ratio at which a position enters the liquidation queue.
    initial_margin_multiplier (GetMarginRiskParametersResponseInitialMarginMultiplier): Map of market ticker to
        initial margin multiplier. The initial margin requirement is the maintenance margin multiplied by this value.
    """

    liquidation_margin_ratio_threshold: float

    queue_entry_margin_ratio_threshold: float

    initial_margin_multiplier: GetMarginRiskParametersResponseInitialMarginMultiplier

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
        if isinstance(self.liquidation_margin_ratio_threshold, Unset):
            pass
        elif (
            self.liquidation_margin_ratio_threshold is None
        ):  # a null the spec does not allow, kept as received
            field_dict["liquidation_margin_ratio_threshold"] = None
        else:
            field_dict["liquidation_margin_ratio_threshold"] = (
                self.liquidation_margin_ratio_threshold
            )
        if isinstance(self.queue_entry_margin_ratio_threshold, Unset):
            pass
        elif (
            self.queue_entry_margin_ratio_threshold is None
        ):  # a null the spec does not allow, kept as received
            field_dict["queue_entry_margin_ratio_threshold"] = None
        else:
            field_dict["queue_entry_margin_ratio_threshold"] = (
                self.queue_entry_margin_ratio_threshold
            )
        if isinstance(self.initial_margin_multiplier, Unset):
            pass
        elif (
            self.initial_margin_multiplier is None
        ):  # a null the spec does not allow, kept as received
            field_dict["initial_margin_multiplier"] = None
        else:
            _initial_margin_multiplier = self.initial_margin_multiplier.to_dict()
            field_dict["initial_margin_multiplier"] = _initial_margin_multiplier
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
            _v = _get("liquidation_margin_ratio_threshold", UNSET)
            _f_liquidation_margin_ratio_threshold: Any
            if type(_v) is float:
                _f_liquidation_margin_ratio_threshold = _v

            elif _v is UNSET:
                _f_liquidation_margin_ratio_threshold = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginRiskParametersResponse",
                    "liquidation_margin_ratio_threshold",
                    "missing",
                )
            elif _v is None:
                _f_liquidation_margin_ratio_threshold = None
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginRiskParametersResponse",
                    "liquidation_margin_ratio_threshold",
                    "null",
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue(
                            "liquidation_margin_ratio_threshold", "number", _v
                        )
                    _v = float(_v)
                _f_liquidation_margin_ratio_threshold = _v

            _v = _get("queue_entry_margin_ratio_threshold", UNSET)
            _f_queue_entry_margin_ratio_threshold: Any
            if type(_v) is float:
                _f_queue_entry_margin_ratio_threshold = _v

            elif _v is UNSET:
                _f_queue_entry_margin_ratio_threshold = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginRiskParametersResponse",
                    "queue_entry_margin_ratio_threshold",
                    "missing",
                )
            elif _v is None:
                _f_queue_entry_margin_ratio_threshold = None
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginRiskParametersResponse",
                    "queue_entry_margin_ratio_threshold",
                    "null",
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue(
                            "queue_entry_margin_ratio_threshold", "number", _v
                        )
                    _v = float(_v)
                _f_queue_entry_margin_ratio_threshold = _v

            _v = _get("initial_margin_multiplier", UNSET)
            _f_initial_margin_multiplier: Any
            if _v is UNSET:
                _f_initial_margin_multiplier = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginRiskParametersResponse",
                    "initial_margin_multiplier",
                    "missing",
                )
            elif _v is None:
                _f_initial_margin_multiplier = None
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginRiskParametersResponse",
                    "initial_margin_multiplier",
                    "null",
                )
            else:
                try:
                    _f_initial_margin_multiplier = GetMarginRiskParametersResponseInitialMarginMultiplier.from_dict(
                        _v
                    )
                except BadValue as _bad:
                    raise _bad.within("initial_margin_multiplier") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_margin_risk_parameters_response = _new(cls)
        get_margin_risk_parameters_response.liquidation_margin_ratio_threshold = (
            _f_liquidation_margin_ratio_threshold
        )
        get_margin_risk_parameters_response.queue_entry_margin_ratio_threshold = (
            _f_queue_entry_margin_ratio_threshold
        )
        get_margin_risk_parameters_response.initial_margin_multiplier = (
            _f_initial_margin_multiplier
        )
        if len(src_dict) + _absent > 3:
            _known: set[str] = {
                "liquidation_margin_ratio_threshold",
                "queue_entry_margin_ratio_threshold",
                "initial_margin_multiplier",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_margin_risk_parameters_response.additional_properties = _extra_found
        else:
            get_margin_risk_parameters_response.additional_properties = {}
        get_margin_risk_parameters_response._deviations = _deviations
        return get_margin_risk_parameters_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            (
                "liquidation_margin_ratio_threshold",
                "liquidation_margin_ratio_threshold",
                Any,
                True,
                None,
            ),
            (
                "queue_entry_margin_ratio_threshold",
                "queue_entry_margin_ratio_threshold",
                Any,
                True,
                None,
            ),
            (
                "initial_margin_multiplier",
                "initial_margin_multiplier",
                wire_struct(GetMarginRiskParametersResponseInitialMarginMultiplier),
                True,
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
        get_margin_risk_parameters_response = _new(cls)
        if (
            w.liquidation_margin_ratio_threshold is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("liquidation_margin_ratio_threshold", "not null", None)
        if type(w.liquidation_margin_ratio_threshold) is not float:
            if (
                type(w.liquidation_margin_ratio_threshold) is not int
                or float(w.liquidation_margin_ratio_threshold)
                != w.liquidation_margin_ratio_threshold
            ):
                raise BadValue(
                    "liquidation_margin_ratio_threshold",
                    "number",
                    w.liquidation_margin_ratio_threshold,
                )
            w.liquidation_margin_ratio_threshold = float(
                w.liquidation_margin_ratio_threshold
            )
        get_margin_risk_parameters_response.liquidation_margin_ratio_threshold = (
            w.liquidation_margin_ratio_threshold
        )
        if (
            w.queue_entry_margin_ratio_threshold is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("queue_entry_margin_ratio_threshold", "not null", None)
        if type(w.queue_entry_margin_ratio_threshold) is not float:
            if (
                type(w.queue_entry_margin_ratio_threshold) is not int
                or float(w.queue_entry_margin_ratio_threshold)
                != w.queue_entry_margin_ratio_threshold
            ):
                raise BadValue(
                    "queue_entry_margin_ratio_threshold",
                    "number",
                    w.queue_entry_margin_ratio_threshold,
                )
            w.queue_entry_margin_ratio_threshold = float(
                w.queue_entry_margin_ratio_threshold
            )
        get_margin_risk_parameters_response.queue_entry_margin_ratio_threshold = (
            w.queue_entry_margin_ratio_threshold
        )
        get_margin_risk_parameters_response.initial_margin_multiplier = (
            GetMarginRiskParametersResponseInitialMarginMultiplier._from_wire(
                w.initial_margin_multiplier
            )
        )
        get_margin_risk_parameters_response.additional_properties = w._extras()
        get_margin_risk_parameters_response._deviations = None
        return get_margin_risk_parameters_response

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
    global _lazy_bound, GetMarginRiskParametersResponseInitialMarginMultiplier
    from ..models.get_margin_risk_parameters_response_initial_margin_multiplier import (
        GetMarginRiskParametersResponseInitialMarginMultiplier,
    )

    _lazy_bound = True
