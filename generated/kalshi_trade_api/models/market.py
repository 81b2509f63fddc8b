from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.market_market_type import (
    MARKET_MARKET_TYPE_VALUES,
    MarketMarketType,
    check_market_market_type,
)
from ..models.market_result import (
    MARKET_RESULT_VALUES,
    MarketResult,
    check_market_result,
)
from ..models.market_settlement_bounds_type import (
    MARKET_SETTLEMENT_BOUNDS_TYPE_VALUES,
    MarketSettlementBoundsType,
    check_market_settlement_bounds_type,
)
from ..models.market_status import (
    MARKET_STATUS_VALUES,
    MarketStatus,
    check_market_status,
)
from ..models.market_strike_type import (
    MARKET_STRIKE_TYPE_VALUES,
    MarketStrikeType,
    check_market_strike_type,
)
from ..types import (
    FIXED_POINT,
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_text,
    fromisoformat,
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    parse_datetime,
    parse_fixed_point,
    record_deviation,
    to_count,
    to_dollars,
    to_dollars_or_none_or_unset,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0
    from ..models.mve_selected_leg import MveSelectedLeg
    from ..models.price_range import PriceRange


T = TypeVar("T", bound="Market")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class Market:
    """Attributes:
    ticker (str):
    event_ticker (str):
    market_type (MarketMarketType): Identifies the type of market
    yes_sub_title (str): Shortened title for the yes side of this market
    no_sub_title (str): Shortened title for the no side of this market
    created_time (datetime.datetime):
    updated_time (datetime.datetime): Time of the last non-trading metadata update.
    open_time (datetime.datetime):
    close_time (datetime.datetime):
    latest_expiration_time (datetime.datetime): Latest possible time for this market to expire
    settlement_timer_seconds (int): The amount of time after determination that the market settles
    status (MarketStatus): The current status of the market in its lifecycle.
    yes_bid_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    yes_bid_size_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    yes_ask_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    yes_ask_size_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    no_bid_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    no_ask_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    last_price_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    volume_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    volume_24h_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    result (MarketResult):
    can_close_early (bool):
    open_interest_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    notional_value_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    previous_yes_bid_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    previous_yes_ask_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    previous_price_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    settlement_bounds_type (MarketSettlementBoundsType): Which settlement bounds apply to this market. default means
        the market has no settlement bounds
    expiration_value (str): The value that was considered for the settlement
    rules_primary (str): A plain language description of the most important market terms
    rules_secondary (str): A plain language description of secondary market terms
    price_level_structure (str): Price level structure for this market, defining price ranges and tick sizes
    price_ranges (list[PriceRange]): Valid price ranges for orders on this market
    title (str | Unset):
    subtitle (str | Unset):
    expected_expiration_time (datetime.datetime | None | Unset): Time when this market is expected to expire
    expiration_time (datetime.datetime | Unset):
    settlement_value_dollars (None | Decimal | Unset): The settlement value of the YES/LONG side of the contract in
        dollars. Only filled after determination
    settlement_ts (datetime.datetime | None | Unset): Timestamp when the market was settled. Only filled for settled
        markets
    settlement_floor_dollars (None | Decimal | Unset): The lowest value the YES/LONG side of the contract can settle
        at in dollars. Only filled when settlement_bounds_type is floor
    occurrence_datetime (datetime.datetime | None | Unset): The recorded datetime when the underlying event
        occurred, if available
    fee_waiver_expiration_time (datetime.datetime | None | Unset): Time when this market's fee waiver expires
    early_close_condition (None | str | Unset): The condition under which the market can close early
    strike_type (MarketStrikeType | Unset): Strike type defines how the market strike is defined and evaluated
    floor_strike (float | None | Unset): Minimum expiration value that leads to a YES settlement
    cap_strike (float | None | Unset): Maximum expiration value that leads to a YES settlement
    functional_strike (None | str | Unset): Mapping from expiration values to settlement values
    custom_strike (MarketCustomStrikeType0 | None | Unset): Expiration value for each target that leads to a YES
        settlement
    mve_collection_ticker (str | Unset): The ticker of the multivariate event collection
    mve_selected_legs (list[MveSelectedLeg] | Unset):
    primary_participant_key (None | str | Unset):
    is_provisional (bool | Unset): If true, the market may be removed after determination if there is no activity on
        it
    exchange_index (int | Unset): Identifier for an exchange shard.
    """

    ticker: str

    event_ticker: str

    market_type: MarketMarketType

    yes_sub_title: str

    no_sub_title: str

    created_time: datetime.datetime

    updated_time: datetime.datetime

    open_time: datetime.datetime

    close_time: datetime.datetime

    latest_expiration_time: datetime.datetime

    settlement_timer_seconds: int

    status: MarketStatus

    yes_bid_dollars: Decimal = _attrs_field(converter=to_dollars)

    yes_bid_size_fp: Decimal = _attrs_field(converter=to_count)

    yes_ask_dollars: Decimal = _attrs_field(converter=to_dollars)

    yes_ask_size_fp: Decimal = _attrs_field(converter=to_count)

    no_bid_dollars: Decimal = _attrs_field(converter=to_dollars)

    no_ask_dollars: Decimal = _attrs_field(converter=to_dollars)

    last_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    volume_fp: Decimal = _attrs_field(converter=to_count)

    volume_24h_fp: Decimal = _attrs_field(converter=to_count)

    result: MarketResult

    can_close_early: bool

    open_interest_fp: Decimal = _attrs_field(converter=to_count)

    notional_value_dollars: Decimal = _attrs_field(converter=to_dollars)

    previous_yes_bid_dollars: Decimal = _attrs_field(converter=to_dollars)

    previous_yes_ask_dollars: Decimal = _attrs_field(converter=to_dollars)

    previous_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    settlement_bounds_type: MarketSettlementBoundsType

    expiration_value: str

    rules_primary: str

    rules_secondary: str

    price_level_structure: str

    price_ranges: list[PriceRange]

    title: str | Unset = UNSET

    subtitle: str | Unset = UNSET

    expected_expiration_time: datetime.datetime | None | Unset = UNSET

    expiration_time: datetime.datetime | Unset = UNSET

    settlement_value_dollars: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    settlement_ts: datetime.datetime | None | Unset = UNSET

    settlement_floor_dollars: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    occurrence_datetime: datetime.datetime | None | Unset = UNSET

    fee_waiver_expiration_time: datetime.datetime | None | Unset = UNSET

    early_close_condition: None | str | Unset = UNSET

    strike_type: MarketStrikeType | Unset = UNSET

    floor_strike: float | None | Unset = UNSET

    cap_strike: float | None | Unset = UNSET

    functional_strike: None | str | Unset = UNSET

    custom_strike: MarketCustomStrikeType0 | None | Unset = UNSET

    mve_collection_ticker: str | Unset = UNSET

    mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET

    primary_participant_key: None | str | Unset = UNSET

    is_provisional: bool | Unset = UNSET

    exchange_index: int | Unset = UNSET

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
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.event_ticker, Unset):
            pass
        elif (
            self.event_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_ticker"] = None
        else:
            field_dict["event_ticker"] = self.event_ticker
        if isinstance(self.market_type, Unset):
            pass
        elif (
            self.market_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_type"] = None
        else:
            _market_type: str = check_market_market_type(
                self.market_type, "market_type"
            )
            field_dict["market_type"] = _market_type
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
        if isinstance(self.created_time, Unset):
            pass
        elif (
            self.created_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_time"] = None
        else:
            _created_time = self.created_time.isoformat()
            field_dict["created_time"] = _created_time
        if isinstance(self.updated_time, Unset):
            pass
        elif (
            self.updated_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["updated_time"] = None
        else:
            _updated_time = self.updated_time.isoformat()
            field_dict["updated_time"] = _updated_time
        if isinstance(self.open_time, Unset):
            pass
        elif self.open_time is None:  # a null the spec does not allow, kept as received
            field_dict["open_time"] = None
        else:
            _open_time = self.open_time.isoformat()
            field_dict["open_time"] = _open_time
        if isinstance(self.close_time, Unset):
            pass
        elif (
            self.close_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["close_time"] = None
        else:
            _close_time = self.close_time.isoformat()
            field_dict["close_time"] = _close_time
        if isinstance(self.latest_expiration_time, Unset):
            pass
        elif (
            self.latest_expiration_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["latest_expiration_time"] = None
        else:
            _latest_expiration_time = self.latest_expiration_time.isoformat()
            field_dict["latest_expiration_time"] = _latest_expiration_time
        if isinstance(self.settlement_timer_seconds, Unset):
            pass
        elif (
            self.settlement_timer_seconds is None
        ):  # a null the spec does not allow, kept as received
            field_dict["settlement_timer_seconds"] = None
        else:
            field_dict["settlement_timer_seconds"] = self.settlement_timer_seconds
        if isinstance(self.status, Unset):
            pass
        elif self.status is None:  # a null the spec does not allow, kept as received
            field_dict["status"] = None
        else:
            _status: str = check_market_status(self.status, "status")
            field_dict["status"] = _status
        if isinstance(self.yes_bid_dollars, Unset):
            pass
        elif (
            self.yes_bid_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_bid_dollars"] = None
        else:
            field_dict["yes_bid_dollars"] = fixed_point_text(
                self.yes_bid_dollars, "yes_bid_dollars", counts=False
            )
        if isinstance(self.yes_bid_size_fp, Unset):
            pass
        elif (
            self.yes_bid_size_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_bid_size_fp"] = None
        else:
            field_dict["yes_bid_size_fp"] = fixed_point_text(
                self.yes_bid_size_fp, "yes_bid_size_fp", counts=True
            )
        if isinstance(self.yes_ask_dollars, Unset):
            pass
        elif (
            self.yes_ask_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_ask_dollars"] = None
        else:
            field_dict["yes_ask_dollars"] = fixed_point_text(
                self.yes_ask_dollars, "yes_ask_dollars", counts=False
            )
        if isinstance(self.yes_ask_size_fp, Unset):
            pass
        elif (
            self.yes_ask_size_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_ask_size_fp"] = None
        else:
            field_dict["yes_ask_size_fp"] = fixed_point_text(
                self.yes_ask_size_fp, "yes_ask_size_fp", counts=True
            )
        if isinstance(self.no_bid_dollars, Unset):
            pass
        elif (
            self.no_bid_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_bid_dollars"] = None
        else:
            field_dict["no_bid_dollars"] = fixed_point_text(
                self.no_bid_dollars, "no_bid_dollars", counts=False
            )
        if isinstance(self.no_ask_dollars, Unset):
            pass
        elif (
            self.no_ask_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_ask_dollars"] = None
        else:
            field_dict["no_ask_dollars"] = fixed_point_text(
                self.no_ask_dollars, "no_ask_dollars", counts=False
            )
        if isinstance(self.last_price_dollars, Unset):
            pass
        elif (
            self.last_price_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["last_price_dollars"] = None
        else:
            field_dict["last_price_dollars"] = fixed_point_text(
                self.last_price_dollars, "last_price_dollars", counts=False
            )
        if isinstance(self.volume_fp, Unset):
            pass
        elif self.volume_fp is None:  # a null the spec does not allow, kept as received
            field_dict["volume_fp"] = None
        else:
            field_dict["volume_fp"] = fixed_point_text(
                self.volume_fp, "volume_fp", counts=True
            )
        if isinstance(self.volume_24h_fp, Unset):
            pass
        elif (
            self.volume_24h_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["volume_24h_fp"] = None
        else:
            field_dict["volume_24h_fp"] = fixed_point_text(
                self.volume_24h_fp, "volume_24h_fp", counts=True
            )
        if isinstance(self.result, Unset):
            pass
        elif self.result is None:  # a null the spec does not allow, kept as received
            field_dict["result"] = None
        else:
            _result: str = check_market_result(self.result, "result")
            field_dict["result"] = _result
        if isinstance(self.can_close_early, Unset):
            pass
        elif (
            self.can_close_early is None
        ):  # a null the spec does not allow, kept as received
            field_dict["can_close_early"] = None
        else:
            field_dict["can_close_early"] = self.can_close_early
        if isinstance(self.open_interest_fp, Unset):
            pass
        elif (
            self.open_interest_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["open_interest_fp"] = None
        else:
            field_dict["open_interest_fp"] = fixed_point_text(
                self.open_interest_fp, "open_interest_fp", counts=True
            )
        if isinstance(self.notional_value_dollars, Unset):
            pass
        elif (
            self.notional_value_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["notional_value_dollars"] = None
        else:
            field_dict["notional_value_dollars"] = fixed_point_text(
                self.notional_value_dollars, "notional_value_dollars", counts=False
            )
        if isinstance(self.previous_yes_bid_dollars, Unset):
            pass
        elif (
            self.previous_yes_bid_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["previous_yes_bid_dollars"] = None
        else:
            field_dict["previous_yes_bid_dollars"] = fixed_point_text(
                self.previous_yes_bid_dollars, "previous_yes_bid_dollars", counts=False
            )
        if isinstance(self.previous_yes_ask_dollars, Unset):
            pass
        elif (
            self.previous_yes_ask_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["previous_yes_ask_dollars"] = None
        else:
            field_dict["previous_yes_ask_dollars"] = fixed_point_text(
                self.previous_yes_ask_dollars, "previous_yes_ask_dollars", counts=False
            )
        if isinstance(self.previous_price_dollars, Unset):
            pass
        elif (
            self.previous_price_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["previous_price_dollars"] = None
        else:
            field_dict["previous_price_dollars"] = fixed_point_text(
                self.previous_price_dollars, "previous_price_dollars", counts=False
            )
        if isinstance(self.settlement_bounds_type, Unset):
            pass
        elif (
            self.settlement_bounds_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["settlement_bounds_type"] = None
        else:
            _settlement_bounds_type: str = check_market_settlement_bounds_type(
                self.settlement_bounds_type, "settlement_bounds_type"
            )
            field_dict["settlement_bounds_type"] = _settlement_bounds_type
        if isinstance(self.expiration_value, Unset):
            pass
        elif (
            self.expiration_value is None
        ):  # a null the spec does not allow, kept as received
            field_dict["expiration_value"] = None
        else:
            field_dict["expiration_value"] = self.expiration_value
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
        if isinstance(self.price_level_structure, Unset):
            pass
        elif (
            self.price_level_structure is None
        ):  # a null the spec does not allow, kept as received
            field_dict["price_level_structure"] = None
        else:
            field_dict["price_level_structure"] = self.price_level_structure
        if isinstance(self.price_ranges, Unset):
            pass
        elif (
            self.price_ranges is None
        ):  # a null the spec does not allow, kept as received
            field_dict["price_ranges"] = None
        else:
            _price_ranges = []
            for price_ranges_item_data in self.price_ranges:
                price_ranges_item = price_ranges_item_data.to_dict()
                _price_ranges.append(price_ranges_item)

            field_dict["price_ranges"] = _price_ranges
        if isinstance(self.title, Unset):
            pass
        elif self.title is None:  # a null the spec does not allow, kept as received
            field_dict["title"] = None
        else:
            field_dict["title"] = self.title
        if isinstance(self.subtitle, Unset):
            pass
        elif self.subtitle is None:  # a null the spec does not allow, kept as received
            field_dict["subtitle"] = None
        else:
            field_dict["subtitle"] = self.subtitle
        if isinstance(self.expected_expiration_time, Unset):
            pass
        else:
            _expected_expiration_time: None | str | Unset
            if isinstance(self.expected_expiration_time, Unset):
                _expected_expiration_time = UNSET
            elif isinstance(self.expected_expiration_time, datetime.datetime):
                _expected_expiration_time = self.expected_expiration_time.isoformat()
            else:
                _expected_expiration_time = self.expected_expiration_time
            field_dict["expected_expiration_time"] = _expected_expiration_time
        if isinstance(self.expiration_time, Unset):
            pass
        elif (
            self.expiration_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["expiration_time"] = None
        else:
            _expiration_time: str | Unset = UNSET
            if not isinstance(self.expiration_time, Unset):
                _expiration_time = self.expiration_time.isoformat()
            field_dict["expiration_time"] = _expiration_time
        if isinstance(self.settlement_value_dollars, Unset):
            pass
        else:
            field_dict["settlement_value_dollars"] = (
                None
                if self.settlement_value_dollars is None
                else fixed_point_text(
                    self.settlement_value_dollars,
                    "settlement_value_dollars",
                    counts=False,
                )
            )
        if isinstance(self.settlement_ts, Unset):
            pass
        else:
            _settlement_ts: None | str | Unset
            if isinstance(self.settlement_ts, Unset):
                _settlement_ts = UNSET
            elif isinstance(self.settlement_ts, datetime.datetime):
                _settlement_ts = self.settlement_ts.isoformat()
            else:
                _settlement_ts = self.settlement_ts
            field_dict["settlement_ts"] = _settlement_ts
        if isinstance(self.settlement_floor_dollars, Unset):
            pass
        else:
            field_dict["settlement_floor_dollars"] = (
                None
                if self.settlement_floor_dollars is None
                else fixed_point_text(
                    self.settlement_floor_dollars,
                    "settlement_floor_dollars",
                    counts=False,
                )
            )
        if isinstance(self.occurrence_datetime, Unset):
            pass
        else:
            _occurrence_datetime: None | str | Unset
            if isinstance(self.occurrence_datetime, Unset):
                _occurrence_datetime = UNSET
            elif isinstance(self.occurrence_datetime, datetime.datetime):
                _occurrence_datetime = self.occurrence_datetime.isoformat()
            else:
                _occurrence_datetime = self.occurrence_datetime
            field_dict["occurrence_datetime"] = _occurrence_datetime
        if isinstance(self.fee_waiver_expiration_time, Unset):
            pass
        else:
            _fee_waiver_expiration_time: None | str | Unset
            if isinstance(self.fee_waiver_expiration_time, Unset):
                _fee_waiver_expiration_time = UNSET
            elif isinstance(self.fee_waiver_expiration_time, datetime.datetime):
                _fee_waiver_expiration_time = (
                    self.fee_waiver_expiration_time.isoformat()
                )
            else:
                _fee_waiver_expiration_time = self.fee_waiver_expiration_time
            field_dict["fee_waiver_expiration_time"] = _fee_waiver_expiration_time
        if isinstance(self.early_close_condition, Unset):
            pass
        else:
            _early_close_condition: None | str | Unset
            if isinstance(self.early_close_condition, Unset):
                _early_close_condition = UNSET
            else:
                _early_close_condition = self.early_close_condition
            field_dict["early_close_condition"] = _early_close_condition
        if isinstance(self.strike_type, Unset):
            pass
        elif (
            self.strike_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["strike_type"] = None
        else:
            _strike_type: str | Unset = UNSET
            if not isinstance(self.strike_type, Unset):
                _strike_type = check_market_strike_type(self.strike_type, "strike_type")

            field_dict["strike_type"] = _strike_type
        if isinstance(self.floor_strike, Unset):
            pass
        else:
            _floor_strike: float | None | Unset
            if isinstance(self.floor_strike, Unset):
                _floor_strike = UNSET
            else:
                _floor_strike = self.floor_strike
            field_dict["floor_strike"] = _floor_strike
        if isinstance(self.cap_strike, Unset):
            pass
        else:
            _cap_strike: float | None | Unset
            if isinstance(self.cap_strike, Unset):
                _cap_strike = UNSET
            else:
                _cap_strike = self.cap_strike
            field_dict["cap_strike"] = _cap_strike
        if isinstance(self.functional_strike, Unset):
            pass
        else:
            _functional_strike: None | str | Unset
            if isinstance(self.functional_strike, Unset):
                _functional_strike = UNSET
            else:
                _functional_strike = self.functional_strike
            field_dict["functional_strike"] = _functional_strike
        if isinstance(self.custom_strike, Unset):
            pass
        else:
            _custom_strike: dict[str, Any] | None | Unset
            if isinstance(self.custom_strike, Unset):
                _custom_strike = UNSET
            elif isinstance(self.custom_strike, MarketCustomStrikeType0):
                _custom_strike = self.custom_strike.to_dict()
            else:
                _custom_strike = self.custom_strike
            field_dict["custom_strike"] = _custom_strike
        if isinstance(self.mve_collection_ticker, Unset):
            pass
        elif (
            self.mve_collection_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["mve_collection_ticker"] = None
        else:
            field_dict["mve_collection_ticker"] = self.mve_collection_ticker
        if isinstance(self.mve_selected_legs, Unset):
            pass
        elif (
            self.mve_selected_legs is None
        ):  # a null the spec does not allow, kept as received
            field_dict["mve_selected_legs"] = None
        else:
            _mve_selected_legs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.mve_selected_legs, Unset):
                _mve_selected_legs = []
                for mve_selected_legs_item_data in self.mve_selected_legs:
                    mve_selected_legs_item = mve_selected_legs_item_data.to_dict()
                    _mve_selected_legs.append(mve_selected_legs_item)

            field_dict["mve_selected_legs"] = _mve_selected_legs
        if isinstance(self.primary_participant_key, Unset):
            pass
        else:
            _primary_participant_key: None | str | Unset
            if isinstance(self.primary_participant_key, Unset):
                _primary_participant_key = UNSET
            else:
                _primary_participant_key = self.primary_participant_key
            field_dict["primary_participant_key"] = _primary_participant_key
        if isinstance(self.is_provisional, Unset):
            pass
        elif (
            self.is_provisional is None
        ):  # a null the spec does not allow, kept as received
            field_dict["is_provisional"] = None
        else:
            field_dict["is_provisional"] = self.is_provisional
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
        if not _lazy_bound:
            _bind_lazy()
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(_deviations, "Market", "ticker", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("event_ticker", UNSET)
            _f_event_ticker: Any
            if type(_v) is str:
                _f_event_ticker = _v

            elif _v is UNSET:
                _f_event_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "event_ticker", "missing"
                )
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations, "Market", "event_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("event_ticker", "str", _v)
                _f_event_ticker = _v

            _v = _get("market_type", UNSET)
            _f_market_type: Any
            if type(_v) is str and _v in MARKET_MARKET_TYPE_VALUES:
                _f_market_type = _v

            elif _v is UNSET:
                _f_market_type = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "market_type", "missing"
                )
            elif _v is None:
                _f_market_type = None
                _deviations = record_deviation(
                    _deviations, "Market", "market_type", "null"
                )
            else:
                _f_market_type = check_market_market_type(
                    _v, "market_type", received=True
                )

            _v = _get("yes_sub_title", UNSET)
            _f_yes_sub_title: Any
            if type(_v) is str:
                _f_yes_sub_title = _v

            elif _v is UNSET:
                _f_yes_sub_title = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "yes_sub_title", "missing"
                )
            elif _v is None:
                _f_yes_sub_title = None
                _deviations = record_deviation(
                    _deviations, "Market", "yes_sub_title", "null"
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
                _deviations = record_deviation(
                    _deviations, "Market", "no_sub_title", "missing"
                )
            elif _v is None:
                _f_no_sub_title = None
                _deviations = record_deviation(
                    _deviations, "Market", "no_sub_title", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("no_sub_title", "str", _v)
                _f_no_sub_title = _v

            _v = _get("created_time", UNSET)
            _f_created_time: Any
            if type(_v) is str:
                try:
                    _f_created_time = fromisoformat(_v)
                except ValueError:
                    _f_created_time = parse_datetime(_v, "created_time")

            elif _v is UNSET:
                _f_created_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "created_time", "missing"
                )
            elif _v is None:
                _f_created_time = None
                _deviations = record_deviation(
                    _deviations, "Market", "created_time", "null"
                )
            else:
                _f_created_time = parse_datetime(_v, "created_time")

            _v = _get("updated_time", UNSET)
            _f_updated_time: Any
            if type(_v) is str:
                try:
                    _f_updated_time = fromisoformat(_v)
                except ValueError:
                    _f_updated_time = parse_datetime(_v, "updated_time")

            elif _v is UNSET:
                _f_updated_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "updated_time", "missing"
                )
            elif _v is None:
                _f_updated_time = None
                _deviations = record_deviation(
                    _deviations, "Market", "updated_time", "null"
                )
            else:
                _f_updated_time = parse_datetime(_v, "updated_time")

            _v = _get("open_time", UNSET)
            _f_open_time: Any
            if type(_v) is str:
                try:
                    _f_open_time = fromisoformat(_v)
                except ValueError:
                    _f_open_time = parse_datetime(_v, "open_time")

            elif _v is UNSET:
                _f_open_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "open_time", "missing"
                )
            elif _v is None:
                _f_open_time = None
                _deviations = record_deviation(
                    _deviations, "Market", "open_time", "null"
                )
            else:
                _f_open_time = parse_datetime(_v, "open_time")

            _v = _get("close_time", UNSET)
            _f_close_time: Any
            if type(_v) is str:
                try:
                    _f_close_time = fromisoformat(_v)
                except ValueError:
                    _f_close_time = parse_datetime(_v, "close_time")

            elif _v is UNSET:
                _f_close_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "close_time", "missing"
                )
            elif _v is None:
                _f_close_time = None
                _deviations = record_deviation(
                    _deviations, "Market", "close_time", "null"
                )
            else:
                _f_close_time = parse_datetime(_v, "close_time")

            _v = _get("latest_expiration_time", UNSET)
            _f_latest_expiration_time: Any
            if type(_v) is str:
                try:
                    _f_latest_expiration_time = fromisoformat(_v)
                except ValueError:
                    _f_latest_expiration_time = parse_datetime(
                        _v, "latest_expiration_time"
                    )

            elif _v is UNSET:
                _f_latest_expiration_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "latest_expiration_time", "missing"
                )
            elif _v is None:
                _f_latest_expiration_time = None
                _deviations = record_deviation(
                    _deviations, "Market", "latest_expiration_time", "null"
                )
            else:
                _f_latest_expiration_time = parse_datetime(_v, "latest_expiration_time")

            _v = _get("settlement_timer_seconds", UNSET)
            _f_settlement_timer_seconds: Any
            if type(_v) is int:
                _f_settlement_timer_seconds = _v

            elif _v is UNSET:
                _f_settlement_timer_seconds = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "settlement_timer_seconds", "missing"
                )
            elif _v is None:
                _f_settlement_timer_seconds = None
                _deviations = record_deviation(
                    _deviations, "Market", "settlement_timer_seconds", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("settlement_timer_seconds", "int", _v)
                _f_settlement_timer_seconds = _v

            _v = _get("status", UNSET)
            _f_status: Any
            if type(_v) is str and _v in MARKET_STATUS_VALUES:
                _f_status = _v

            elif _v is UNSET:
                _f_status = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "status", "missing"
                )
            elif _v is None:
                _f_status = None
                _deviations = record_deviation(_deviations, "Market", "status", "null")
            else:
                _f_status = check_market_status(_v, "status", received=True)

            _v = _get("yes_bid_dollars", UNSET)
            _f_yes_bid_dollars: Any
            if type(_v) is str:
                try:
                    _f_yes_bid_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_bid_dollars = parse_fixed_point(_v, "yes_bid_dollars")

            elif _v is UNSET:
                _f_yes_bid_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "yes_bid_dollars", "missing"
                )
            elif _v is None:
                _f_yes_bid_dollars = None
                _deviations = record_deviation(
                    _deviations, "Market", "yes_bid_dollars", "null"
                )
            else:
                _f_yes_bid_dollars = parse_fixed_point(_v, "yes_bid_dollars")

            _v = _get("yes_bid_size_fp", UNSET)
            _f_yes_bid_size_fp: Any
            if type(_v) is str:
                try:
                    _f_yes_bid_size_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_bid_size_fp = parse_fixed_point(_v, "yes_bid_size_fp")

            elif _v is UNSET:
                _f_yes_bid_size_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "yes_bid_size_fp", "missing"
                )
            elif _v is None:
                _f_yes_bid_size_fp = None
                _deviations = record_deviation(
                    _deviations, "Market", "yes_bid_size_fp", "null"
                )
            else:
                _f_yes_bid_size_fp = parse_fixed_point(_v, "yes_bid_size_fp")

            _v = _get("yes_ask_dollars", UNSET)
            _f_yes_ask_dollars: Any
            if type(_v) is str:
                try:
                    _f_yes_ask_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_ask_dollars = parse_fixed_point(_v, "yes_ask_dollars")

            elif _v is UNSET:
                _f_yes_ask_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "yes_ask_dollars", "missing"
                )
            elif _v is None:
                _f_yes_ask_dollars = None
                _deviations = record_deviation(
                    _deviations, "Market", "yes_ask_dollars", "null"
                )
            else:
                _f_yes_ask_dollars = parse_fixed_point(_v, "yes_ask_dollars")

            _v = _get("yes_ask_size_fp", UNSET)
            _f_yes_ask_size_fp: Any
            if type(_v) is str:
                try:
                    _f_yes_ask_size_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_ask_size_fp = parse_fixed_point(_v, "yes_ask_size_fp")

            elif _v is UNSET:
                _f_yes_ask_size_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "yes_ask_size_fp", "missing"
                )
            elif _v is None:
                _f_yes_ask_size_fp = None
                _deviations = record_deviation(
                    _deviations, "Market", "yes_ask_size_fp", "null"
                )
            else:
                _f_yes_ask_size_fp = parse_fixed_point(_v, "yes_ask_size_fp")

            _v = _get("no_bid_dollars", UNSET)
            _f_no_bid_dollars: Any
            if type(_v) is str:
                try:
                    _f_no_bid_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_no_bid_dollars = parse_fixed_point(_v, "no_bid_dollars")

            elif _v is UNSET:
                _f_no_bid_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "no_bid_dollars", "missing"
                )
            elif _v is None:
                _f_no_bid_dollars = None
                _deviations = record_deviation(
                    _deviations, "Market", "no_bid_dollars", "null"
                )
            else:
                _f_no_bid_dollars = parse_fixed_point(_v, "no_bid_dollars")

            _v = _get("no_ask_dollars", UNSET)
            _f_no_ask_dollars: Any
            if type(_v) is str:
                try:
                    _f_no_ask_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_no_ask_dollars = parse_fixed_point(_v, "no_ask_dollars")

            elif _v is UNSET:
                _f_no_ask_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "no_ask_dollars", "missing"
                )
            elif _v is None:
                _f_no_ask_dollars = None
                _deviations = record_deviation(
                    _deviations, "Market", "no_ask_dollars", "null"
                )
            else:
                _f_no_ask_dollars = parse_fixed_point(_v, "no_ask_dollars")

            _v = _get("last_price_dollars", UNSET)
            _f_last_price_dollars: Any
            if type(_v) is str:
                try:
                    _f_last_price_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_last_price_dollars = parse_fixed_point(_v, "last_price_dollars")

            elif _v is UNSET:
                _f_last_price_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "last_price_dollars", "missing"
                )
            elif _v is None:
                _f_last_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "Market", "last_price_dollars", "null"
                )
            else:
                _f_last_price_dollars = parse_fixed_point(_v, "last_price_dollars")

            _v = _get("volume_fp", UNSET)
            _f_volume_fp: Any
            if type(_v) is str:
                try:
                    _f_volume_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_volume_fp = parse_fixed_point(_v, "volume_fp")

            elif _v is UNSET:
                _f_volume_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "volume_fp", "missing"
                )
            elif _v is None:
                _f_volume_fp = None
                _deviations = record_deviation(
                    _deviations, "Market", "volume_fp", "null"
                )
            else:
                _f_volume_fp = parse_fixed_point(_v, "volume_fp")

            _v = _get("volume_24h_fp", UNSET)
            _f_volume_24h_fp: Any
            if type(_v) is str:
                try:
                    _f_volume_24h_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_volume_24h_fp = parse_fixed_point(_v, "volume_24h_fp")

            elif _v is UNSET:
                _f_volume_24h_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "volume_24h_fp", "missing"
                )
            elif _v is None:
                _f_volume_24h_fp = None
                _deviations = record_deviation(
                    _deviations, "Market", "volume_24h_fp", "null"
                )
            else:
                _f_volume_24h_fp = parse_fixed_point(_v, "volume_24h_fp")

            _v = _get("result", UNSET)
            _f_result: Any
            if type(_v) is str and _v in MARKET_RESULT_VALUES:
                _f_result = _v

            elif _v is UNSET:
                _f_result = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "result", "missing"
                )
            elif _v is None:
                _f_result = None
                _deviations = record_deviation(_deviations, "Market", "result", "null")
            else:
                _f_result = check_market_result(_v, "result", received=True)

            _v = _get("can_close_early", UNSET)
            _f_can_close_early: Any
            if type(_v) is bool:
                _f_can_close_early = _v

            elif _v is UNSET:
                _f_can_close_early = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "can_close_early", "missing"
                )
            elif _v is None:
                _f_can_close_early = None
                _deviations = record_deviation(
                    _deviations, "Market", "can_close_early", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("can_close_early", "bool", _v)
                _f_can_close_early = _v

            _v = _get("open_interest_fp", UNSET)
            _f_open_interest_fp: Any
            if type(_v) is str:
                try:
                    _f_open_interest_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_open_interest_fp = parse_fixed_point(_v, "open_interest_fp")

            elif _v is UNSET:
                _f_open_interest_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "open_interest_fp", "missing"
                )
            elif _v is None:
                _f_open_interest_fp = None
                _deviations = record_deviation(
                    _deviations, "Market", "open_interest_fp", "null"
                )
            else:
                _f_open_interest_fp = parse_fixed_point(_v, "open_interest_fp")

            _v = _get("notional_value_dollars", UNSET)
            _f_notional_value_dollars: Any
            if type(_v) is str:
                try:
                    _f_notional_value_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_notional_value_dollars = parse_fixed_point(
                        _v, "notional_value_dollars"
                    )

            elif _v is UNSET:
                _f_notional_value_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "notional_value_dollars", "missing"
                )
            elif _v is None:
                _f_notional_value_dollars = None
                _deviations = record_deviation(
                    _deviations, "Market", "notional_value_dollars", "null"
                )
            else:
                _f_notional_value_dollars = parse_fixed_point(
                    _v, "notional_value_dollars"
                )

            _v = _get("previous_yes_bid_dollars", UNSET)
            _f_previous_yes_bid_dollars: Any
            if type(_v) is str:
                try:
                    _f_previous_yes_bid_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_previous_yes_bid_dollars = parse_fixed_point(
                        _v, "previous_yes_bid_dollars"
                    )

            elif _v is UNSET:
                _f_previous_yes_bid_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "previous_yes_bid_dollars", "missing"
                )
            elif _v is None:
                _f_previous_yes_bid_dollars = None
                _deviations = record_deviation(
                    _deviations, "Market", "previous_yes_bid_dollars", "null"
                )
            else:
                _f_previous_yes_bid_dollars = parse_fixed_point(
                    _v, "previous_yes_bid_dollars"
                )

            _v = _get("previous_yes_ask_dollars", UNSET)
            _f_previous_yes_ask_dollars: Any
            if type(_v) is str:
                try:
                    _f_previous_yes_ask_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_previous_yes_ask_dollars = parse_fixed_point(
                        _v, "previous_yes_ask_dollars"
                    )

            elif _v is UNSET:
                _f_previous_yes_ask_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "previous_yes_ask_dollars", "missing"
                )
            elif _v is None:
                _f_previous_yes_ask_dollars = None
                _deviations = record_deviation(
                    _deviations, "Market", "previous_yes_ask_dollars", "null"
                )
            else:
                _f_previous_yes_ask_dollars = parse_fixed_point(
                    _v, "previous_yes_ask_dollars"
                )

            _v = _get("previous_price_dollars", UNSET)
            _f_previous_price_dollars: Any
            if type(_v) is str:
                try:
                    _f_previous_price_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_previous_price_dollars = parse_fixed_point(
                        _v, "previous_price_dollars"
                    )

            elif _v is UNSET:
                _f_previous_price_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "previous_price_dollars", "missing"
                )
            elif _v is None:
                _f_previous_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "Market", "previous_price_dollars", "null"
                )
            else:
                _f_previous_price_dollars = parse_fixed_point(
                    _v, "previous_price_dollars"
                )

            _v = _get("settlement_bounds_type", UNSET)
            _f_settlement_bounds_type: Any
            if type(_v) is str and _v in MARKET_SETTLEMENT_BOUNDS_TYPE_VALUES:
                _f_settlement_bounds_type = _v

            elif _v is UNSET:
                _f_settlement_bounds_type = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "settlement_bounds_type", "missing"
                )
            elif _v is None:
                _f_settlement_bounds_type = None
                _deviations = record_deviation(
                    _deviations, "Market", "settlement_bounds_type", "null"
                )
            else:
                _f_settlement_bounds_type = check_market_settlement_bounds_type(
                    _v, "settlement_bounds_type", received=True
                )

            _v = _get("expiration_value", UNSET)
            _f_expiration_value: Any
            if type(_v) is str:
                _f_expiration_value = _v

            elif _v is UNSET:
                _f_expiration_value = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "expiration_value", "missing"
                )
            elif _v is None:
                _f_expiration_value = None
                _deviations = record_deviation(
                    _deviations, "Market", "expiration_value", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("expiration_value", "str", _v)
                _f_expiration_value = _v

            _v = _get("rules_primary", UNSET)
            _f_rules_primary: Any
            if type(_v) is str:
                _f_rules_primary = _v

            elif _v is UNSET:
                _f_rules_primary = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "rules_primary", "missing"
                )
            elif _v is None:
                _f_rules_primary = None
                _deviations = record_deviation(
                    _deviations, "Market", "rules_primary", "null"
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
                _deviations = record_deviation(
                    _deviations, "Market", "rules_secondary", "missing"
                )
            elif _v is None:
                _f_rules_secondary = None
                _deviations = record_deviation(
                    _deviations, "Market", "rules_secondary", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("rules_secondary", "str", _v)
                _f_rules_secondary = _v

            _v = _get("price_level_structure", UNSET)
            _f_price_level_structure: Any
            if type(_v) is str:
                _f_price_level_structure = _v

            elif _v is UNSET:
                _f_price_level_structure = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "price_level_structure", "missing"
                )
            elif _v is None:
                _f_price_level_structure = None
                _deviations = record_deviation(
                    _deviations, "Market", "price_level_structure", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("price_level_structure", "str", _v)
                _f_price_level_structure = _v

            _v = _get("price_ranges", UNSET)
            _f_price_ranges: Any
            if _v is UNSET:
                _f_price_ranges = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Market", "price_ranges", "missing"
                )
            elif _v is None:
                _f_price_ranges = None
                _deviations = record_deviation(
                    _deviations, "Market", "price_ranges", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("price_ranges", "array", _v)
                try:
                    _f_price_ranges = list(map(PriceRange.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("price_ranges", _v) from None

            _v = _get("title", UNSET)
            _f_title: Any
            if type(_v) is str:
                _f_title = _v

            elif _v is UNSET:
                _f_title = UNSET
                _absent += 1
            elif _v is None:
                _f_title = None
                _deviations = record_deviation(_deviations, "Market", "title", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("title", "str", _v)
                _f_title = _v

            _v = _get("subtitle", UNSET)
            _f_subtitle: Any
            if type(_v) is str:
                _f_subtitle = _v

            elif _v is UNSET:
                _f_subtitle = UNSET
                _absent += 1
            elif _v is None:
                _f_subtitle = None
                _deviations = record_deviation(
                    _deviations, "Market", "subtitle", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("subtitle", "str", _v)
                _f_subtitle = _v

            _v = _get("expected_expiration_time", UNSET)
            _f_expected_expiration_time: Any
            if type(_v) is str:
                try:
                    _f_expected_expiration_time = fromisoformat(_v)
                except ValueError:
                    _f_expected_expiration_time = parse_datetime(
                        _v, "expected_expiration_time"
                    )

            elif _v is UNSET:
                _f_expected_expiration_time = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_expected_expiration_time = None
                else:
                    _f_expected_expiration_time = parse_datetime(
                        _v, "expected_expiration_time"
                    )

            _v = _get("expiration_time", UNSET)
            _f_expiration_time: Any
            if type(_v) is str:
                try:
                    _f_expiration_time = fromisoformat(_v)
                except ValueError:
                    _f_expiration_time = parse_datetime(_v, "expiration_time")

            elif _v is UNSET:
                _f_expiration_time = UNSET
                _absent += 1
            elif _v is None:
                _f_expiration_time = None
                _deviations = record_deviation(
                    _deviations, "Market", "expiration_time", "null"
                )
            else:
                _f_expiration_time = parse_datetime(_v, "expiration_time")

            _v = _get("settlement_value_dollars", UNSET)
            _f_settlement_value_dollars: Any
            if type(_v) is str:
                try:
                    _f_settlement_value_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_settlement_value_dollars = parse_fixed_point(
                        _v, "settlement_value_dollars"
                    )

            elif _v is UNSET:
                _f_settlement_value_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_settlement_value_dollars = None
                else:
                    _f_settlement_value_dollars = parse_fixed_point(
                        _v, "settlement_value_dollars"
                    )

            _v = _get("settlement_ts", UNSET)
            _f_settlement_ts: Any
            if type(_v) is str:
                try:
                    _f_settlement_ts = fromisoformat(_v)
                except ValueError:
                    _f_settlement_ts = parse_datetime(_v, "settlement_ts")

            elif _v is UNSET:
                _f_settlement_ts = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_settlement_ts = None
                else:
                    _f_settlement_ts = parse_datetime(_v, "settlement_ts")

            _v = _get("settlement_floor_dollars", UNSET)
            _f_settlement_floor_dollars: Any
            if type(_v) is str:
                try:
                    _f_settlement_floor_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_settlement_floor_dollars = parse_fixed_point(
                        _v, "settlement_floor_dollars"
                    )

            elif _v is UNSET:
                _f_settlement_floor_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_settlement_floor_dollars = None
                else:
                    _f_settlement_floor_dollars = parse_fixed_point(
                        _v, "settlement_floor_dollars"
                    )

            _v = _get("occurrence_datetime", UNSET)
            _f_occurrence_datetime: Any
            if type(_v) is str:
                try:
                    _f_occurrence_datetime = fromisoformat(_v)
                except ValueError:
                    _f_occurrence_datetime = parse_datetime(_v, "occurrence_datetime")

            elif _v is UNSET:
                _f_occurrence_datetime = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_occurrence_datetime = None
                else:
                    _f_occurrence_datetime = parse_datetime(_v, "occurrence_datetime")

            _v = _get("fee_waiver_expiration_time", UNSET)
            _f_fee_waiver_expiration_time: Any
            if type(_v) is str:
                try:
                    _f_fee_waiver_expiration_time = fromisoformat(_v)
                except ValueError:
                    _f_fee_waiver_expiration_time = parse_datetime(
                        _v, "fee_waiver_expiration_time"
                    )

            elif _v is UNSET:
                _f_fee_waiver_expiration_time = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_fee_waiver_expiration_time = None
                else:
                    _f_fee_waiver_expiration_time = parse_datetime(
                        _v, "fee_waiver_expiration_time"
                    )

            _v = _get("early_close_condition", UNSET)
            _f_early_close_condition: Any
            if type(_v) is str:
                _f_early_close_condition = _v

            elif _v is UNSET:
                _f_early_close_condition = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_early_close_condition = None
                else:
                    if type(_v) is not str:
                        raise BadValue("early_close_condition", "str", _v)
                    _f_early_close_condition = _v

            _v = _get("strike_type", UNSET)
            _f_strike_type: Any
            if type(_v) is str and _v in MARKET_STRIKE_TYPE_VALUES:
                _f_strike_type = _v

            elif _v is UNSET:
                _f_strike_type = UNSET
                _absent += 1
            elif _v is None:
                _f_strike_type = None
                _deviations = record_deviation(
                    _deviations, "Market", "strike_type", "null"
                )
            else:
                _f_strike_type = check_market_strike_type(
                    _v, "strike_type", received=True
                )

            _v = _get("floor_strike", UNSET)
            _f_floor_strike: Any
            if type(_v) is float:
                _f_floor_strike = _v

            elif _v is UNSET:
                _f_floor_strike = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_floor_strike = None
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
            else:
                if _v is None:
                    _f_cap_strike = None
                else:
                    if type(_v) is not float:
                        if type(_v) is not int or float(_v) != _v:
                            raise BadValue("cap_strike", "number", _v)
                        _v = float(_v)
                    _f_cap_strike = _v

            _v = _get("functional_strike", UNSET)
            _f_functional_strike: Any
            if type(_v) is str:
                _f_functional_strike = _v

            elif _v is UNSET:
                _f_functional_strike = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_functional_strike = None
                else:
                    if type(_v) is not str:
                        raise BadValue("functional_strike", "str", _v)
                    _f_functional_strike = _v

            _v = _get("custom_strike", UNSET)
            _f_custom_strike: Any
            if _v is UNSET:
                _f_custom_strike = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_custom_strike = None
                else:
                    try:
                        _f_custom_strike = MarketCustomStrikeType0.from_dict(_v)
                    except BadValue as _bad:
                        raise _bad.within("custom_strike") from None

            _v = _get("mve_collection_ticker", UNSET)
            _f_mve_collection_ticker: Any
            if type(_v) is str:
                _f_mve_collection_ticker = _v

            elif _v is UNSET:
                _f_mve_collection_ticker = UNSET
                _absent += 1
            elif _v is None:
                _f_mve_collection_ticker = None
                _deviations = record_deviation(
                    _deviations, "Market", "mve_collection_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("mve_collection_ticker", "str", _v)
                _f_mve_collection_ticker = _v

            _v = _get("mve_selected_legs", UNSET)
            _f_mve_selected_legs: Any
            if _v is UNSET:
                _f_mve_selected_legs = UNSET
                _absent += 1
            elif _v is None:
                _f_mve_selected_legs = None
                _deviations = record_deviation(
                    _deviations, "Market", "mve_selected_legs", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("mve_selected_legs", "array", _v)
                try:
                    _f_mve_selected_legs = list(map(MveSelectedLeg.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("mve_selected_legs", _v) from None

            _v = _get("primary_participant_key", UNSET)
            _f_primary_participant_key: Any
            if type(_v) is str:
                _f_primary_participant_key = _v

            elif _v is UNSET:
                _f_primary_participant_key = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_primary_participant_key = None
                else:
                    if type(_v) is not str:
                        raise BadValue("primary_participant_key", "str", _v)
                    _f_primary_participant_key = _v

            _v = _get("is_provisional", UNSET)
            _f_is_provisional: Any
            if type(_v) is bool:
                _f_is_provisional = _v

            elif _v is UNSET:
                _f_is_provisional = UNSET
                _absent += 1
            elif _v is None:
                _f_is_provisional = None
                _deviations = record_deviation(
                    _deviations, "Market", "is_provisional", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_provisional", "bool", _v)
                _f_is_provisional = _v

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
                    _deviations, "Market", "exchange_index", "null"
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
        market = _new(cls)
        market.ticker = _f_ticker
        market.event_ticker = _f_event_ticker
        market.market_type = _f_market_type
        market.yes_sub_title = _f_yes_sub_title
        market.no_sub_title = _f_no_sub_title
        market.created_time = _f_created_time
        market.updated_time = _f_updated_time
        market.open_time = _f_open_time
        market.close_time = _f_close_time
        market.latest_expiration_time = _f_latest_expiration_time
        market.settlement_timer_seconds = _f_settlement_timer_seconds
        market.status = _f_status
        market.yes_bid_dollars = _f_yes_bid_dollars
        market.yes_bid_size_fp = _f_yes_bid_size_fp
        market.yes_ask_dollars = _f_yes_ask_dollars
        market.yes_ask_size_fp = _f_yes_ask_size_fp
        market.no_bid_dollars = _f_no_bid_dollars
        market.no_ask_dollars = _f_no_ask_dollars
        market.last_price_dollars = _f_last_price_dollars
        market.volume_fp = _f_volume_fp
        market.volume_24h_fp = _f_volume_24h_fp
        market.result = _f_result
        market.can_close_early = _f_can_close_early
        market.open_interest_fp = _f_open_interest_fp
        market.notional_value_dollars = _f_notional_value_dollars
        market.previous_yes_bid_dollars = _f_previous_yes_bid_dollars
        market.previous_yes_ask_dollars = _f_previous_yes_ask_dollars
        market.previous_price_dollars = _f_previous_price_dollars
        market.settlement_bounds_type = _f_settlement_bounds_type
        market.expiration_value = _f_expiration_value
        market.rules_primary = _f_rules_primary
        market.rules_secondary = _f_rules_secondary
        market.price_level_structure = _f_price_level_structure
        market.price_ranges = _f_price_ranges
        market.title = _f_title
        market.subtitle = _f_subtitle
        market.expected_expiration_time = _f_expected_expiration_time
        market.expiration_time = _f_expiration_time
        market.settlement_value_dollars = _f_settlement_value_dollars
        market.settlement_ts = _f_settlement_ts
        market.settlement_floor_dollars = _f_settlement_floor_dollars
        market.occurrence_datetime = _f_occurrence_datetime
        market.fee_waiver_expiration_time = _f_fee_waiver_expiration_time
        market.early_close_condition = _f_early_close_condition
        market.strike_type = _f_strike_type
        market.floor_strike = _f_floor_strike
        market.cap_strike = _f_cap_strike
        market.functional_strike = _f_functional_strike
        market.custom_strike = _f_custom_strike
        market.mve_collection_ticker = _f_mve_collection_ticker
        market.mve_selected_legs = _f_mve_selected_legs
        market.primary_participant_key = _f_primary_participant_key
        market.is_provisional = _f_is_provisional
        market.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 54:
            _known: set[str] = {
                "ticker",
                "event_ticker",
                "market_type",
                "yes_sub_title",
                "no_sub_title",
                "created_time",
                "updated_time",
                "open_time",
                "close_time",
                "latest_expiration_time",
                "settlement_timer_seconds",
                "status",
                "yes_bid_dollars",
                "yes_bid_size_fp",
                "yes_ask_dollars",
                "yes_ask_size_fp",
                "no_bid_dollars",
                "no_ask_dollars",
                "last_price_dollars",
                "volume_fp",
                "volume_24h_fp",
                "result",
                "can_close_early",
                "open_interest_fp",
                "notional_value_dollars",
                "previous_yes_bid_dollars",
                "previous_yes_ask_dollars",
                "previous_price_dollars",
                "settlement_bounds_type",
                "expiration_value",
                "rules_primary",
                "rules_secondary",
                "price_level_structure",
                "price_ranges",
                "title",
                "subtitle",
                "expected_expiration_time",
                "expiration_time",
                "settlement_value_dollars",
                "settlement_ts",
                "settlement_floor_dollars",
                "occurrence_datetime",
                "fee_waiver_expiration_time",
                "early_close_condition",
                "strike_type",
                "floor_strike",
                "cap_strike",
                "functional_strike",
                "custom_strike",
                "mve_collection_ticker",
                "mve_selected_legs",
                "primary_participant_key",
                "is_provisional",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            market.additional_properties = _extra_found
        else:
            market.additional_properties = {}
        market._deviations = _deviations
        return market

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("ticker", "ticker", str, True, None),
            ("event_ticker", "event_ticker", str, True, None),
            ("market_type", "market_type", str, True, None),
            ("yes_sub_title", "yes_sub_title", str, True, None),
            ("no_sub_title", "no_sub_title", str, True, None),
            ("created_time", "created_time", str, True, None),
            ("updated_time", "updated_time", str, True, None),
            ("open_time", "open_time", str, True, None),
            ("close_time", "close_time", str, True, None),
            ("latest_expiration_time", "latest_expiration_time", str, True, None),
            ("settlement_timer_seconds", "settlement_timer_seconds", int, True, None),
            ("status", "status", str, True, None),
            ("yes_bid_dollars", "yes_bid_dollars", str, True, None),
            ("yes_bid_size_fp", "yes_bid_size_fp", str, True, None),
            ("yes_ask_dollars", "yes_ask_dollars", str, True, None),
            ("yes_ask_size_fp", "yes_ask_size_fp", str, True, None),
            ("no_bid_dollars", "no_bid_dollars", str, True, None),
            ("no_ask_dollars", "no_ask_dollars", str, True, None),
            ("last_price_dollars", "last_price_dollars", str, True, None),
            ("volume_fp", "volume_fp", str, True, None),
            ("volume_24h_fp", "volume_24h_fp", str, True, None),
            ("result", "result", str, True, None),
            ("can_close_early", "can_close_early", bool, True, None),
            ("open_interest_fp", "open_interest_fp", str, True, None),
            ("notional_value_dollars", "notional_value_dollars", str, True, None),
            ("previous_yes_bid_dollars", "previous_yes_bid_dollars", str, True, None),
            ("previous_yes_ask_dollars", "previous_yes_ask_dollars", str, True, None),
            ("previous_price_dollars", "previous_price_dollars", str, True, None),
            ("settlement_bounds_type", "settlement_bounds_type", str, True, None),
            ("expiration_value", "expiration_value", str, True, None),
            ("rules_primary", "rules_primary", str, True, None),
            ("rules_secondary", "rules_secondary", str, True, None),
            ("price_level_structure", "price_level_structure", str, True, None),
            (
                "price_ranges",
                "price_ranges",
                list_of(wire_struct(PriceRange)),
                True,
                PriceRange,
            ),
            ("title", "title", str, False, None),
            ("subtitle", "subtitle", str, False, None),
            (
                "expected_expiration_time",
                "expected_expiration_time",
                str | None,
                False,
                None,
            ),
            ("expiration_time", "expiration_time", str, False, None),
            (
                "settlement_value_dollars",
                "settlement_value_dollars",
                str | None,
                False,
                None,
            ),
            ("settlement_ts", "settlement_ts", str | None, False, None),
            (
                "settlement_floor_dollars",
                "settlement_floor_dollars",
                str | None,
                False,
                None,
            ),
            ("occurrence_datetime", "occurrence_datetime", str | None, False, None),
            (
                "fee_waiver_expiration_time",
                "fee_waiver_expiration_time",
                str | None,
                False,
                None,
            ),
            ("early_close_condition", "early_close_condition", str | None, False, None),
            ("strike_type", "strike_type", str, False, None),
            ("floor_strike", "floor_strike", Any, False, None),
            ("cap_strike", "cap_strike", Any, False, None),
            ("functional_strike", "functional_strike", str | None, False, None),
            (
                "custom_strike",
                "custom_strike",
                wire_struct(MarketCustomStrikeType0) | None,
                False,
                None,
            ),
            ("mve_collection_ticker", "mve_collection_ticker", str, False, None),
            (
                "mve_selected_legs",
                "mve_selected_legs",
                list_of(wire_struct(MveSelectedLeg)),
                False,
                MveSelectedLeg,
            ),
            (
                "primary_participant_key",
                "primary_participant_key",
                str | None,
                False,
                None,
            ),
            ("is_provisional", "is_provisional", bool, False, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        market = _new(cls)
        market.ticker = w.ticker
        market.event_ticker = w.event_ticker
        market.market_type = (
            w.market_type
            if w.market_type in MARKET_MARKET_TYPE_VALUES
            else check_market_market_type(w.market_type, "market_type", received=True)
        )
        market.yes_sub_title = w.yes_sub_title
        market.no_sub_title = w.no_sub_title
        market.created_time = fromisoformat(w.created_time)
        market.updated_time = fromisoformat(w.updated_time)
        market.open_time = fromisoformat(w.open_time)
        market.close_time = fromisoformat(w.close_time)
        market.latest_expiration_time = fromisoformat(w.latest_expiration_time)
        market.settlement_timer_seconds = w.settlement_timer_seconds
        market.status = (
            w.status
            if w.status in MARKET_STATUS_VALUES
            else check_market_status(w.status, "status", received=True)
        )
        try:
            market.yes_bid_dollars = FIXED_POINT[w.yes_bid_dollars]
        except KeyError:
            market.yes_bid_dollars = parse_fixed_point(
                w.yes_bid_dollars, "yes_bid_dollars"
            )
        try:
            market.yes_bid_size_fp = FIXED_POINT[w.yes_bid_size_fp]
        except KeyError:
            market.yes_bid_size_fp = parse_fixed_point(
                w.yes_bid_size_fp, "yes_bid_size_fp"
            )
        try:
            market.yes_ask_dollars = FIXED_POINT[w.yes_ask_dollars]
        except KeyError:
            market.yes_ask_dollars = parse_fixed_point(
                w.yes_ask_dollars, "yes_ask_dollars"
            )
        try:
            market.yes_ask_size_fp = FIXED_POINT[w.yes_ask_size_fp]
        except KeyError:
            market.yes_ask_size_fp = parse_fixed_point(
                w.yes_ask_size_fp, "yes_ask_size_fp"
            )
        try:
            market.no_bid_dollars = FIXED_POINT[w.no_bid_dollars]
        except KeyError:
            market.no_bid_dollars = parse_fixed_point(
                w.no_bid_dollars, "no_bid_dollars"
            )
        try:
            market.no_ask_dollars = FIXED_POINT[w.no_ask_dollars]
        except KeyError:
            market.no_ask_dollars = parse_fixed_point(
                w.no_ask_dollars, "no_ask_dollars"
            )
        try:
            market.last_price_dollars = FIXED_POINT[w.last_price_dollars]
        except KeyError:
            market.last_price_dollars = parse_fixed_point(
                w.last_price_dollars, "last_price_dollars"
            )
        try:
            market.volume_fp = FIXED_POINT[w.volume_fp]
        except KeyError:
            market.volume_fp = parse_fixed_point(w.volume_fp, "volume_fp")
        try:
            market.volume_24h_fp = FIXED_POINT[w.volume_24h_fp]
        except KeyError:
            market.volume_24h_fp = parse_fixed_point(w.volume_24h_fp, "volume_24h_fp")
        market.result = (
            w.result
            if w.result in MARKET_RESULT_VALUES
            else check_market_result(w.result, "result", received=True)
        )
        market.can_close_early = w.can_close_early
        try:
            market.open_interest_fp = FIXED_POINT[w.open_interest_fp]
        except KeyError:
            market.open_interest_fp = parse_fixed_point(
                w.open_interest_fp, "open_interest_fp"
            )
        try:
            market.notional_value_dollars = FIXED_POINT[w.notional_value_dollars]
        except KeyError:
            market.notional_value_dollars = parse_fixed_point(
                w.notional_value_dollars, "notional_value_dollars"
            )
        try:
            market.previous_yes_bid_dollars = FIXED_POINT[w.previous_yes_bid_dollars]
        except KeyError:
            market.previous_yes_bid_dollars = parse_fixed_point(
                w.previous_yes_bid_dollars, "previous_yes_bid_dollars"
            )
        try:
            market.previous_yes_ask_dollars = FIXED_POINT[w.previous_yes_ask_dollars]
        except KeyError:
            market.previous_yes_ask_dollars = parse_fixed_point(
                w.previous_yes_ask_dollars, "previous_yes_ask_dollars"
            )
        try:
            market.previous_price_dollars = FIXED_POINT[w.previous_price_dollars]
        except KeyError:
            market.previous_price_dollars = parse_fixed_point(
                w.previous_price_dollars, "previous_price_dollars"
            )
        market.settlement_bounds_type = (
            w.settlement_bounds_type
            if w.settlement_bounds_type in MARKET_SETTLEMENT_BOUNDS_TYPE_VALUES
            else check_market_settlement_bounds_type(
                w.settlement_bounds_type, "settlement_bounds_type", received=True
            )
        )
        market.expiration_value = w.expiration_value
        market.rules_primary = w.rules_primary
        market.rules_secondary = w.rules_secondary
        market.price_level_structure = w.price_level_structure
        market.price_ranges = items_from_wire(PriceRange, w.price_ranges)
        market.title = w.title
        market.subtitle = w.subtitle
        if w.expected_expiration_time is UNSET or w.expected_expiration_time is None:
            market.expected_expiration_time = w.expected_expiration_time
        else:
            market.expected_expiration_time = fromisoformat(w.expected_expiration_time)
        if w.expiration_time is UNSET:
            market.expiration_time = w.expiration_time
        else:
            market.expiration_time = fromisoformat(w.expiration_time)
        if w.settlement_value_dollars is UNSET or w.settlement_value_dollars is None:
            market.settlement_value_dollars = w.settlement_value_dollars
        else:
            try:
                market.settlement_value_dollars = FIXED_POINT[
                    w.settlement_value_dollars
                ]
            except KeyError:
                market.settlement_value_dollars = parse_fixed_point(
                    w.settlement_value_dollars, "settlement_value_dollars"
                )
        if w.settlement_ts is UNSET or w.settlement_ts is None:
            market.settlement_ts = w.settlement_ts
        else:
            market.settlement_ts = fromisoformat(w.settlement_ts)
        if w.settlement_floor_dollars is UNSET or w.settlement_floor_dollars is None:
            market.settlement_floor_dollars = w.settlement_floor_dollars
        else:
            try:
                market.settlement_floor_dollars = FIXED_POINT[
                    w.settlement_floor_dollars
                ]
            except KeyError:
                market.settlement_floor_dollars = parse_fixed_point(
                    w.settlement_floor_dollars, "settlement_floor_dollars"
                )
        if w.occurrence_datetime is UNSET or w.occurrence_datetime is None:
            market.occurrence_datetime = w.occurrence_datetime
        else:
            market.occurrence_datetime = fromisoformat(w.occurrence_datetime)
        if (
            w.fee_waiver_expiration_time is UNSET
            or w.fee_waiver_expiration_time is None
        ):
            market.fee_waiver_expiration_time = w.fee_waiver_expiration_time
        else:
            market.fee_waiver_expiration_time = fromisoformat(
                w.fee_waiver_expiration_time
            )
        market.early_close_condition = w.early_close_condition
        if w.strike_type is UNSET:
            market.strike_type = w.strike_type
        else:
            market.strike_type = (
                w.strike_type
                if w.strike_type in MARKET_STRIKE_TYPE_VALUES
                else check_market_strike_type(
                    w.strike_type, "strike_type", received=True
                )
            )
        if w.floor_strike is UNSET or w.floor_strike is None:
            market.floor_strike = w.floor_strike
        else:
            if w.floor_strike is None:
                market.floor_strike = None
            else:
                if type(w.floor_strike) is not float:
                    if (
                        type(w.floor_strike) is not int
                        or float(w.floor_strike) != w.floor_strike
                    ):
                        raise BadValue("floor_strike", "number", w.floor_strike)
                    w.floor_strike = float(w.floor_strike)
                market.floor_strike = w.floor_strike
        if w.cap_strike is UNSET or w.cap_strike is None:
            market.cap_strike = w.cap_strike
        else:
            if w.cap_strike is None:
                market.cap_strike = None
            else:
                if type(w.cap_strike) is not float:
                    if (
                        type(w.cap_strike) is not int
                        or float(w.cap_strike) != w.cap_strike
                    ):
                        raise BadValue("cap_strike", "number", w.cap_strike)
                    w.cap_strike = float(w.cap_strike)
                market.cap_strike = w.cap_strike
        market.functional_strike = w.functional_strike
        if w.custom_strike is UNSET or w.custom_strike is None:
            market.custom_strike = w.custom_strike
        else:
            market.custom_strike = MarketCustomStrikeType0._from_wire(w.custom_strike)
        market.mve_collection_ticker = w.mve_collection_ticker
        if w.mve_selected_legs is UNSET:
            market.mve_selected_legs = w.mve_selected_legs
        else:
            market.mve_selected_legs = items_from_wire(
                MveSelectedLeg, w.mve_selected_legs
            )
        market.primary_participant_key = w.primary_participant_key
        market.is_provisional = w.is_provisional
        market.exchange_index = w.exchange_index
        market.additional_properties = w._extras()
        market._deviations = None
        return market

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
    global _lazy_bound, MarketCustomStrikeType0, MveSelectedLeg, PriceRange
    from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0
    from ..models.mve_selected_leg import MveSelectedLeg
    from ..models.price_range import PriceRange

    _lazy_bound = True
