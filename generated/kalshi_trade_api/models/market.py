from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.market_market_type import MarketMarketType, check_market_market_type
from ..models.market_result import MarketResult, check_market_result
from ..models.market_settlement_bounds_type import (
    MarketSettlementBoundsType,
    check_market_settlement_bounds_type,
)
from ..models.market_status import MarketStatus, check_market_status
from ..models.market_strike_type import MarketStrikeType, check_market_strike_type
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0
    from ..models.mve_selected_leg import MveSelectedLeg
    from ..models.price_range import PriceRange


T = TypeVar("T", bound="Market")


@_attrs_define(repr=False)
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
    yes_bid_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    yes_bid_size_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
        field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    yes_ask_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    yes_ask_size_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
        field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    no_bid_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    no_ask_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    last_price_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    volume_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    volume_24h_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    result (MarketResult):
    can_close_early (bool):
    open_interest_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
        field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    notional_value_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    previous_yes_bid_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    previous_yes_ask_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    previous_price_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
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
    settlement_value_dollars (None | str | Unset): The settlement value of the YES/LONG side of the contract in
        dollars. Only filled after determination
    settlement_ts (datetime.datetime | None | Unset): Timestamp when the market was settled. Only filled for settled
        markets
    settlement_floor_dollars (None | str | Unset): The lowest value the YES/LONG side of the contract can settle at
        in dollars. Only filled when settlement_bounds_type is floor
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
    yes_bid_dollars: str
    yes_bid_size_fp: str
    yes_ask_dollars: str
    yes_ask_size_fp: str
    no_bid_dollars: str
    no_ask_dollars: str
    last_price_dollars: str
    volume_fp: str
    volume_24h_fp: str
    result: MarketResult
    can_close_early: bool
    open_interest_fp: str
    notional_value_dollars: str
    previous_yes_bid_dollars: str
    previous_yes_ask_dollars: str
    previous_price_dollars: str
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
    settlement_value_dollars: None | str | Unset = UNSET
    settlement_ts: datetime.datetime | None | Unset = UNSET
    settlement_floor_dollars: None | str | Unset = UNSET
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ticker = self.ticker
        field_dict["ticker"] = ticker
        event_ticker = self.event_ticker
        field_dict["event_ticker"] = event_ticker
        market_type: str = check_market_market_type(self.market_type, "market_type")
        field_dict["market_type"] = market_type
        yes_sub_title = self.yes_sub_title
        field_dict["yes_sub_title"] = yes_sub_title
        no_sub_title = self.no_sub_title
        field_dict["no_sub_title"] = no_sub_title
        created_time = self.created_time.isoformat()
        field_dict["created_time"] = created_time
        updated_time = self.updated_time.isoformat()
        field_dict["updated_time"] = updated_time
        open_time = self.open_time.isoformat()
        field_dict["open_time"] = open_time
        close_time = self.close_time.isoformat()
        field_dict["close_time"] = close_time
        latest_expiration_time = self.latest_expiration_time.isoformat()
        field_dict["latest_expiration_time"] = latest_expiration_time
        settlement_timer_seconds = self.settlement_timer_seconds
        field_dict["settlement_timer_seconds"] = settlement_timer_seconds
        status: str = check_market_status(self.status, "status")
        field_dict["status"] = status
        yes_bid_dollars = self.yes_bid_dollars
        field_dict["yes_bid_dollars"] = yes_bid_dollars
        yes_bid_size_fp = self.yes_bid_size_fp
        field_dict["yes_bid_size_fp"] = yes_bid_size_fp
        yes_ask_dollars = self.yes_ask_dollars
        field_dict["yes_ask_dollars"] = yes_ask_dollars
        yes_ask_size_fp = self.yes_ask_size_fp
        field_dict["yes_ask_size_fp"] = yes_ask_size_fp
        no_bid_dollars = self.no_bid_dollars
        field_dict["no_bid_dollars"] = no_bid_dollars
        no_ask_dollars = self.no_ask_dollars
        field_dict["no_ask_dollars"] = no_ask_dollars
        last_price_dollars = self.last_price_dollars
        field_dict["last_price_dollars"] = last_price_dollars
        volume_fp = self.volume_fp
        field_dict["volume_fp"] = volume_fp
        volume_24h_fp = self.volume_24h_fp
        field_dict["volume_24h_fp"] = volume_24h_fp
        result: str = check_market_result(self.result, "result")
        field_dict["result"] = result
        can_close_early = self.can_close_early
        field_dict["can_close_early"] = can_close_early
        open_interest_fp = self.open_interest_fp
        field_dict["open_interest_fp"] = open_interest_fp
        notional_value_dollars = self.notional_value_dollars
        field_dict["notional_value_dollars"] = notional_value_dollars
        previous_yes_bid_dollars = self.previous_yes_bid_dollars
        field_dict["previous_yes_bid_dollars"] = previous_yes_bid_dollars
        previous_yes_ask_dollars = self.previous_yes_ask_dollars
        field_dict["previous_yes_ask_dollars"] = previous_yes_ask_dollars
        previous_price_dollars = self.previous_price_dollars
        field_dict["previous_price_dollars"] = previous_price_dollars
        settlement_bounds_type: str = check_market_settlement_bounds_type(
            self.settlement_bounds_type, "settlement_bounds_type"
        )
        field_dict["settlement_bounds_type"] = settlement_bounds_type
        expiration_value = self.expiration_value
        field_dict["expiration_value"] = expiration_value
        rules_primary = self.rules_primary
        field_dict["rules_primary"] = rules_primary
        rules_secondary = self.rules_secondary
        field_dict["rules_secondary"] = rules_secondary
        price_level_structure = self.price_level_structure
        field_dict["price_level_structure"] = price_level_structure
        price_ranges = []
        for price_ranges_item_data in self.price_ranges:
            price_ranges_item = price_ranges_item_data.to_dict()
            price_ranges.append(price_ranges_item)

        field_dict["price_ranges"] = price_ranges
        title = self.title
        if title is not UNSET:
            field_dict["title"] = title
        subtitle = self.subtitle
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        expected_expiration_time: None | str | Unset
        if isinstance(self.expected_expiration_time, Unset):
            expected_expiration_time = UNSET
        elif isinstance(self.expected_expiration_time, datetime.datetime):
            expected_expiration_time = self.expected_expiration_time.isoformat()
        else:
            expected_expiration_time = self.expected_expiration_time
        if expected_expiration_time is not UNSET:
            field_dict["expected_expiration_time"] = expected_expiration_time
        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        settlement_value_dollars: None | str | Unset
        if isinstance(self.settlement_value_dollars, Unset):
            settlement_value_dollars = UNSET
        else:
            settlement_value_dollars = self.settlement_value_dollars
        if settlement_value_dollars is not UNSET:
            field_dict["settlement_value_dollars"] = settlement_value_dollars
        settlement_ts: None | str | Unset
        if isinstance(self.settlement_ts, Unset):
            settlement_ts = UNSET
        elif isinstance(self.settlement_ts, datetime.datetime):
            settlement_ts = self.settlement_ts.isoformat()
        else:
            settlement_ts = self.settlement_ts
        if settlement_ts is not UNSET:
            field_dict["settlement_ts"] = settlement_ts
        settlement_floor_dollars: None | str | Unset
        if isinstance(self.settlement_floor_dollars, Unset):
            settlement_floor_dollars = UNSET
        else:
            settlement_floor_dollars = self.settlement_floor_dollars
        if settlement_floor_dollars is not UNSET:
            field_dict["settlement_floor_dollars"] = settlement_floor_dollars
        occurrence_datetime: None | str | Unset
        if isinstance(self.occurrence_datetime, Unset):
            occurrence_datetime = UNSET
        elif isinstance(self.occurrence_datetime, datetime.datetime):
            occurrence_datetime = self.occurrence_datetime.isoformat()
        else:
            occurrence_datetime = self.occurrence_datetime
        if occurrence_datetime is not UNSET:
            field_dict["occurrence_datetime"] = occurrence_datetime
        fee_waiver_expiration_time: None | str | Unset
        if isinstance(self.fee_waiver_expiration_time, Unset):
            fee_waiver_expiration_time = UNSET
        elif isinstance(self.fee_waiver_expiration_time, datetime.datetime):
            fee_waiver_expiration_time = self.fee_waiver_expiration_time.isoformat()
        else:
            fee_waiver_expiration_time = self.fee_waiver_expiration_time
        if fee_waiver_expiration_time is not UNSET:
            field_dict["fee_waiver_expiration_time"] = fee_waiver_expiration_time
        early_close_condition: None | str | Unset
        if isinstance(self.early_close_condition, Unset):
            early_close_condition = UNSET
        else:
            early_close_condition = self.early_close_condition
        if early_close_condition is not UNSET:
            field_dict["early_close_condition"] = early_close_condition
        strike_type: str | Unset = UNSET
        if not isinstance(self.strike_type, Unset):
            strike_type = check_market_strike_type(self.strike_type, "strike_type")

        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        floor_strike: float | None | Unset
        if isinstance(self.floor_strike, Unset):
            floor_strike = UNSET
        else:
            floor_strike = self.floor_strike
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        cap_strike: float | None | Unset
        if isinstance(self.cap_strike, Unset):
            cap_strike = UNSET
        else:
            cap_strike = self.cap_strike
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        functional_strike: None | str | Unset
        if isinstance(self.functional_strike, Unset):
            functional_strike = UNSET
        else:
            functional_strike = self.functional_strike
        if functional_strike is not UNSET:
            field_dict["functional_strike"] = functional_strike
        custom_strike: dict[str, Any] | None | Unset
        if isinstance(self.custom_strike, Unset):
            custom_strike = UNSET
        elif isinstance(self.custom_strike, MarketCustomStrikeType0):
            custom_strike = self.custom_strike.to_dict()
        else:
            custom_strike = self.custom_strike
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike
        mve_collection_ticker = self.mve_collection_ticker
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        mve_selected_legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mve_selected_legs, Unset):
            mve_selected_legs = []
            for mve_selected_legs_item_data in self.mve_selected_legs:
                mve_selected_legs_item = mve_selected_legs_item_data.to_dict()
                mve_selected_legs.append(mve_selected_legs_item)

        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs
        primary_participant_key: None | str | Unset
        if isinstance(self.primary_participant_key, Unset):
            primary_participant_key = UNSET
        else:
            primary_participant_key = self.primary_participant_key
        if primary_participant_key is not UNSET:
            field_dict["primary_participant_key"] = primary_participant_key
        is_provisional = self.is_provisional
        if is_provisional is not UNSET:
            field_dict["is_provisional"] = is_provisional
        exchange_index = self.exchange_index
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0
        from ..models.mve_selected_leg import MveSelectedLeg
        from ..models.price_range import PriceRange

        d = dict(src_dict)
        ticker = d.pop("ticker")
        event_ticker = d.pop("event_ticker")
        market_type = check_market_market_type(
            d.pop("market_type"), "market_type", received=True
        )

        yes_sub_title = d.pop("yes_sub_title")
        no_sub_title = d.pop("no_sub_title")
        created_time = isoparse(d.pop("created_time"))

        updated_time = isoparse(d.pop("updated_time"))

        open_time = isoparse(d.pop("open_time"))

        close_time = isoparse(d.pop("close_time"))

        latest_expiration_time = isoparse(d.pop("latest_expiration_time"))

        settlement_timer_seconds = d.pop("settlement_timer_seconds")
        status = check_market_status(d.pop("status"), "status", received=True)

        yes_bid_dollars = d.pop("yes_bid_dollars")
        yes_bid_size_fp = d.pop("yes_bid_size_fp")
        yes_ask_dollars = d.pop("yes_ask_dollars")
        yes_ask_size_fp = d.pop("yes_ask_size_fp")
        no_bid_dollars = d.pop("no_bid_dollars")
        no_ask_dollars = d.pop("no_ask_dollars")
        last_price_dollars = d.pop("last_price_dollars")
        volume_fp = d.pop("volume_fp")
        volume_24h_fp = d.pop("volume_24h_fp")
        result = check_market_result(d.pop("result"), "result", received=True)

        can_close_early = d.pop("can_close_early")
        open_interest_fp = d.pop("open_interest_fp")
        notional_value_dollars = d.pop("notional_value_dollars")
        previous_yes_bid_dollars = d.pop("previous_yes_bid_dollars")
        previous_yes_ask_dollars = d.pop("previous_yes_ask_dollars")
        previous_price_dollars = d.pop("previous_price_dollars")
        settlement_bounds_type = check_market_settlement_bounds_type(
            d.pop("settlement_bounds_type"), "settlement_bounds_type", received=True
        )

        expiration_value = d.pop("expiration_value")
        rules_primary = d.pop("rules_primary")
        rules_secondary = d.pop("rules_secondary")
        price_level_structure = d.pop("price_level_structure")
        price_ranges = []
        _price_ranges = d.pop("price_ranges")
        for price_ranges_item_data in _price_ranges:
            price_ranges_item = PriceRange.from_dict(price_ranges_item_data)

            price_ranges.append(price_ranges_item)

        title = d.pop("title", UNSET)
        subtitle = d.pop("subtitle", UNSET)

        def _parse_expected_expiration_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_expiration_time_type_0 = isoparse(data)

                return expected_expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expected_expiration_time = _parse_expected_expiration_time(
            d.pop("expected_expiration_time", UNSET)
        )

        _expiration_time = d.pop("expiration_time", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = isoparse(_expiration_time)

        def _parse_settlement_value_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        settlement_value_dollars = _parse_settlement_value_dollars(
            d.pop("settlement_value_dollars", UNSET)
        )

        def _parse_settlement_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settlement_ts_type_0 = isoparse(data)

                return settlement_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        settlement_ts = _parse_settlement_ts(d.pop("settlement_ts", UNSET))

        def _parse_settlement_floor_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        settlement_floor_dollars = _parse_settlement_floor_dollars(
            d.pop("settlement_floor_dollars", UNSET)
        )

        def _parse_occurrence_datetime(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurrence_datetime_type_0 = isoparse(data)

                return occurrence_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        occurrence_datetime = _parse_occurrence_datetime(
            d.pop("occurrence_datetime", UNSET)
        )

        def _parse_fee_waiver_expiration_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_waiver_expiration_time_type_0 = isoparse(data)

                return fee_waiver_expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        fee_waiver_expiration_time = _parse_fee_waiver_expiration_time(
            d.pop("fee_waiver_expiration_time", UNSET)
        )

        def _parse_early_close_condition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        early_close_condition = _parse_early_close_condition(
            d.pop("early_close_condition", UNSET)
        )

        _strike_type = d.pop("strike_type", UNSET)
        strike_type: MarketStrikeType | Unset
        if isinstance(_strike_type, Unset):
            strike_type = UNSET
        else:
            strike_type = check_market_strike_type(
                _strike_type, "strike_type", received=True
            )

        def _parse_floor_strike(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        floor_strike = _parse_floor_strike(d.pop("floor_strike", UNSET))

        def _parse_cap_strike(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cap_strike = _parse_cap_strike(d.pop("cap_strike", UNSET))

        def _parse_functional_strike(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        functional_strike = _parse_functional_strike(d.pop("functional_strike", UNSET))

        def _parse_custom_strike(
            data: object,
        ) -> MarketCustomStrikeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_strike_type_0 = MarketCustomStrikeType0.from_dict(data)

                return custom_strike_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarketCustomStrikeType0 | None | Unset, data)

        custom_strike = _parse_custom_strike(d.pop("custom_strike", UNSET))

        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)
        _mve_selected_legs = d.pop("mve_selected_legs", UNSET)
        mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
        if _mve_selected_legs is not UNSET:
            mve_selected_legs = []
            for mve_selected_legs_item_data in _mve_selected_legs:
                mve_selected_legs_item = MveSelectedLeg.from_dict(
                    mve_selected_legs_item_data
                )

                mve_selected_legs.append(mve_selected_legs_item)

        def _parse_primary_participant_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_participant_key = _parse_primary_participant_key(
            d.pop("primary_participant_key", UNSET)
        )

        is_provisional = d.pop("is_provisional", UNSET)
        exchange_index = d.pop("exchange_index", UNSET)
        market = cls(
            ticker=ticker,
            event_ticker=event_ticker,
            market_type=market_type,
            yes_sub_title=yes_sub_title,
            no_sub_title=no_sub_title,
            created_time=created_time,
            updated_time=updated_time,
            open_time=open_time,
            close_time=close_time,
            latest_expiration_time=latest_expiration_time,
            settlement_timer_seconds=settlement_timer_seconds,
            status=status,
            yes_bid_dollars=yes_bid_dollars,
            yes_bid_size_fp=yes_bid_size_fp,
            yes_ask_dollars=yes_ask_dollars,
            yes_ask_size_fp=yes_ask_size_fp,
            no_bid_dollars=no_bid_dollars,
            no_ask_dollars=no_ask_dollars,
            last_price_dollars=last_price_dollars,
            volume_fp=volume_fp,
            volume_24h_fp=volume_24h_fp,
            result=result,
            can_close_early=can_close_early,
            open_interest_fp=open_interest_fp,
            notional_value_dollars=notional_value_dollars,
            previous_yes_bid_dollars=previous_yes_bid_dollars,
            previous_yes_ask_dollars=previous_yes_ask_dollars,
            previous_price_dollars=previous_price_dollars,
            settlement_bounds_type=settlement_bounds_type,
            expiration_value=expiration_value,
            rules_primary=rules_primary,
            rules_secondary=rules_secondary,
            price_level_structure=price_level_structure,
            price_ranges=price_ranges,
            title=title,
            subtitle=subtitle,
            expected_expiration_time=expected_expiration_time,
            expiration_time=expiration_time,
            settlement_value_dollars=settlement_value_dollars,
            settlement_ts=settlement_ts,
            settlement_floor_dollars=settlement_floor_dollars,
            occurrence_datetime=occurrence_datetime,
            fee_waiver_expiration_time=fee_waiver_expiration_time,
            early_close_condition=early_close_condition,
            strike_type=strike_type,
            floor_strike=floor_strike,
            cap_strike=cap_strike,
            functional_strike=functional_strike,
            custom_strike=custom_strike,
            mve_collection_ticker=mve_collection_ticker,
            mve_selected_legs=mve_selected_legs,
            primary_participant_key=primary_participant_key,
            is_provisional=is_provisional,
            exchange_index=exchange_index,
        )
        market.additional_properties = d
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
