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
    check_items,
    learn_extras,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.sport_filter_details_competitions import (
        SportFilterDetailsCompetitions,
    )


T = TypeVar("T", bound="SportFilterDetails")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class SportFilterDetails:
    """Attributes:
    scopes (list[str]): List of scopes available for this sport
    competitions (SportFilterDetailsCompetitions): Mapping of competitions to their scope lists
    """

    scopes: list[str]

    competitions: SportFilterDetailsCompetitions

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
        if isinstance(self.scopes, Unset):
            pass
        elif self.scopes is None:  # a null the spec does not allow, kept as received
            field_dict["scopes"] = None
        else:
            _scopes = self.scopes

            field_dict["scopes"] = _scopes
        if isinstance(self.competitions, Unset):
            pass
        elif (
            self.competitions is None
        ):  # a null the spec does not allow, kept as received
            field_dict["competitions"] = None
        else:
            _competitions = self.competitions.to_dict()
            field_dict["competitions"] = _competitions
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
            _v = _get("scopes", UNSET)
            _f_scopes: Any
            if _v is UNSET:
                _f_scopes = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SportFilterDetails", "scopes", "missing"
                )
            elif _v is None:
                _f_scopes = None
                _deviations = record_deviation(
                    _deviations, "SportFilterDetails", "scopes", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("scopes", "array", _v)
                check_items(_v, str, "scopes")
                _f_scopes = _v

            _v = _get("competitions", UNSET)
            _f_competitions: Any
            if _v is UNSET:
                _f_competitions = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SportFilterDetails", "competitions", "missing"
                )
            elif _v is None:
                _f_competitions = None
                _deviations = record_deviation(
                    _deviations, "SportFilterDetails", "competitions", "null"
                )
            else:
                try:
                    _f_competitions = SportFilterDetailsCompetitions.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("competitions") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        sport_filter_details = _new(cls)
        sport_filter_details.scopes = _f_scopes
        sport_filter_details.competitions = _f_competitions
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"scopes", "competitions"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            sport_filter_details.additional_properties = _extra_found
        else:
            sport_filter_details.additional_properties = {}
        sport_filter_details._deviations = _deviations
        return sport_filter_details

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("scopes", "scopes", list[str], True, None),
            (
                "competitions",
                "competitions",
                wire_struct(SportFilterDetailsCompetitions),
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
        sport_filter_details = _new(cls)
        sport_filter_details.scopes = w.scopes
        sport_filter_details.competitions = SportFilterDetailsCompetitions._from_wire(
            w.competitions
        )
        sport_filter_details.additional_properties = w._extras()
        sport_filter_details._deviations = None
        return sport_filter_details

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
    global _lazy_bound, SportFilterDetailsCompetitions
    from ..models.sport_filter_details_competitions import (
        SportFilterDetailsCompetitions,
    )

    _lazy_bound = True
