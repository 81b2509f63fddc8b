from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.incentive_program_incentive_type import (
    IncentiveProgramIncentiveType,
    check_incentive_program_incentive_type,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="IncentiveProgram")


@_attrs_define(repr=False)
class IncentiveProgram:
    """Attributes:
    id (str): Unique identifier for the incentive program
    market_id (str): The unique identifier of the market associated with this incentive program
    market_ticker (str): The ticker symbol of the market associated with this incentive program
    incentive_type (IncentiveProgramIncentiveType): Type of incentive program
    incentive_description (str): Plain text description of the incentive program
    start_date (datetime.datetime): Start date of the incentive program
    end_date (datetime.datetime): End date of the incentive program
    period_reward (int): Total reward for the period in centi-cents
    paid_out (bool): Whether the incentive has been paid out
    discount_factor_bps (int | None | Unset): Discount factor in basis points (optional)
    target_size_fp (None | str | Unset): String representation of the target size for the incentive program
        (optional)
    max_reward_per_account (int | None | Unset): Maximum reward per account in centi-cents (optional)
    """

    id: str
    market_id: str
    market_ticker: str
    incentive_type: IncentiveProgramIncentiveType
    incentive_description: str
    start_date: datetime.datetime
    end_date: datetime.datetime
    period_reward: int
    paid_out: bool
    discount_factor_bps: int | None | Unset = UNSET
    target_size_fp: None | str | Unset = UNSET
    max_reward_per_account: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        market_id = self.market_id
        field_dict["market_id"] = market_id
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        incentive_type: str = check_incentive_program_incentive_type(
            self.incentive_type, "incentive_type"
        )
        field_dict["incentive_type"] = incentive_type
        incentive_description = self.incentive_description
        field_dict["incentive_description"] = incentive_description
        start_date = self.start_date.isoformat()
        field_dict["start_date"] = start_date
        end_date = self.end_date.isoformat()
        field_dict["end_date"] = end_date
        period_reward = self.period_reward
        field_dict["period_reward"] = period_reward
        paid_out = self.paid_out
        field_dict["paid_out"] = paid_out
        discount_factor_bps: int | None | Unset
        if isinstance(self.discount_factor_bps, Unset):
            discount_factor_bps = UNSET
        else:
            discount_factor_bps = self.discount_factor_bps
        if discount_factor_bps is not UNSET:
            field_dict["discount_factor_bps"] = discount_factor_bps
        target_size_fp: None | str | Unset
        if isinstance(self.target_size_fp, Unset):
            target_size_fp = UNSET
        else:
            target_size_fp = self.target_size_fp
        if target_size_fp is not UNSET:
            field_dict["target_size_fp"] = target_size_fp
        max_reward_per_account: int | None | Unset
        if isinstance(self.max_reward_per_account, Unset):
            max_reward_per_account = UNSET
        else:
            max_reward_per_account = self.max_reward_per_account
        if max_reward_per_account is not UNSET:
            field_dict["max_reward_per_account"] = max_reward_per_account
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        market_id = d.pop("market_id")
        market_ticker = d.pop("market_ticker")
        incentive_type = check_incentive_program_incentive_type(
            d.pop("incentive_type"), "incentive_type", received=True
        )

        incentive_description = d.pop("incentive_description")
        start_date = isoparse(d.pop("start_date"))

        end_date = isoparse(d.pop("end_date"))

        period_reward = d.pop("period_reward")
        paid_out = d.pop("paid_out")

        def _parse_discount_factor_bps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        discount_factor_bps = _parse_discount_factor_bps(
            d.pop("discount_factor_bps", UNSET)
        )

        def _parse_target_size_fp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_size_fp = _parse_target_size_fp(d.pop("target_size_fp", UNSET))

        def _parse_max_reward_per_account(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_reward_per_account = _parse_max_reward_per_account(
            d.pop("max_reward_per_account", UNSET)
        )

        incentive_program = cls(
            id=id,
            market_id=market_id,
            market_ticker=market_ticker,
            incentive_type=incentive_type,
            incentive_description=incentive_description,
            start_date=start_date,
            end_date=end_date,
            period_reward=period_reward,
            paid_out=paid_out,
            discount_factor_bps=discount_factor_bps,
            target_size_fp=target_size_fp,
            max_reward_per_account=max_reward_per_account,
        )
        incentive_program.additional_properties = d
        return incentive_program

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
