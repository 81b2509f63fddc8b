"""to_dataframe: generated models as pandas and polars DataFrames, columns typed from the models' fields."""

from __future__ import annotations

import datetime
import enum
import json
import logging
import sys
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import attrs
import pandas as pd
import polars as pl
import pyarrow as pa  # type: ignore[import-untyped]
import pytest

from kalshi_auth import to_dataframe
from kalshi_trade_api.models import GetMarketsResponse, GetTradesResponse, Market
from kalshi_trade_api.types import UNSET, Unset

RESPONSES = Path(__file__).resolve().parent.parent.parent / "shared" / "kalshi-responses" / "2026-01"
UTC = datetime.timezone.utc


class Side(enum.Enum):
    YES = "yes"
    NO = "no"


@attrs.define
class Leg:
    ticker: str
    count: Decimal

    def to_dict(self) -> dict[str, Any]:
        return {"ticker": self.ticker, "count": str(self.count)}


# As the generated models will be once fixed-point fields are Decimal: string annotations
# (from __future__ import annotations), UNSET for fields the answer left out.
@attrs.define
class Fill:
    price_dollars: Decimal
    count_fp: Decimal | Unset | None
    created_time: datetime.datetime
    status: Literal["resting", "executed", "canceled"]
    side: Side
    order_id: uuid.UUID
    is_taker: bool | Unset = UNSET
    ts: int | None = None
    fee: float | Unset = UNSET
    note: str | Unset = UNSET
    legs: list[Leg] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    _deviations: dict[str, str] | None = attrs.field(init=False, default=None)


ORDER = uuid.UUID("12345678-1234-5678-1234-567812345678")


def _fills() -> list[Fill]:
    first = Fill(
        Decimal("0.5600"),
        Decimal("10.00"),
        datetime.datetime(2026, 1, 12, 15, 4, 5, 123456, tzinfo=UTC),
        "resting",
        Side.YES,
        ORDER,
        is_taker=True,
        ts=1,
        fee=0.5,
        note="a",
        legs=[Leg("T1", Decimal("1.5"))],
    )
    second = Fill(
        Decimal("0.01"),
        UNSET,
        datetime.datetime(2026, 1, 12, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))),
        "expired",  # type: ignore[arg-type]  # a value Kalshi added after the spec
        Side.NO,
        ORDER,
    )
    second.additional_properties["new_field"] = 7
    return [first, second]


def test_pandas_columns_are_typed_from_the_fields() -> None:
    frame = to_dataframe(_fills())
    dtypes = frame.dtypes.to_dict()
    assert dtypes["price_dollars"] == pd.ArrowDtype(pa.decimal128(5, 4))
    assert dtypes["count_fp"] == pd.ArrowDtype(pa.decimal128(4, 2))
    assert frame["price_dollars"].tolist() == [Decimal("0.5600"), Decimal("0.0100")]
    assert frame["price_dollars"].sum() == Decimal("0.5700")  # exact, never a float
    assert frame["count_fp"].isna().tolist() == [False, True]
    assert str(dtypes["created_time"]) == "datetime64[ns, UTC]"
    assert frame["created_time"][1] == pd.Timestamp("2026-01-12T15:00:00Z")  # -05:00 shown in UTC
    assert dtypes["status"] == "category" and dtypes["side"] == "category"
    assert list(frame["status"].cat.categories) == ["resting", "executed", "canceled", "expired"]
    assert list(frame["side"].cat.categories) == ["yes", "no"] and frame["side"].tolist() == ["yes", "no"]
    assert str(dtypes["order_id"]) == "string" and frame["order_id"][0] == str(ORDER)
    assert str(dtypes["is_taker"]) == "boolean" and frame["is_taker"].isna().tolist() == [False, True]
    assert str(dtypes["ts"]) == "Int64" and str(dtypes["fee"]) == "Float64" and str(dtypes["note"]) == "string"
    assert frame["legs"][0] == [{"ticker": "T1", "count": "1.5"}] and frame["legs"].isna()[1]
    assert frame["new_field"].tolist()[1] == 7 and frame["new_field"].isna()[0]
    assert "_deviations" not in frame and "additional_properties" not in frame
    assert list(frame.columns)[:3] == ["price_dollars", "count_fp", "created_time"]


def test_polars_columns_are_typed_from_the_fields() -> None:
    frame = to_dataframe(_fills(), "polars")
    schema = dict(frame.schema)
    assert schema["price_dollars"] == pl.Decimal(5, 4) and schema["count_fp"] == pl.Decimal(4, 2)
    assert frame["price_dollars"].to_list() == [Decimal("0.5600"), Decimal("0.0100")]
    assert schema["created_time"] == pl.Datetime("us", "UTC")
    assert frame["created_time"][1] == datetime.datetime(2026, 1, 12, 15, 0, tzinfo=datetime.timezone.utc)
    assert schema["status"] == pl.Enum(["resting", "executed", "canceled", "expired"])
    assert schema["side"] == pl.Enum(["yes", "no"])
    assert schema["order_id"] == pl.String and schema["is_taker"] == pl.Boolean
    assert schema["ts"] == pl.Int64 and schema["fee"] == pl.Float64 and schema["note"] == pl.String
    assert frame["is_taker"].to_list() == [True, None] and frame["new_field"].to_list() == [None, 7]
    assert frame["legs"].to_list()[0] == [{"ticker": "T1", "count": "1.5"}]


@pytest.mark.parametrize("library", ["pandas", "polars"])
def test_an_empty_page_keeps_its_typed_columns(library: Literal["pandas", "polars"]) -> None:
    frame = to_dataframe([], library, model=Fill)
    assert len(frame) == 0 and "price_dollars" in frame.columns and "created_time" in frame.columns
    if library == "pandas":
        pandas_frame = to_dataframe([], "pandas", model=Fill)
        assert str(pandas_frame.dtypes["created_time"]) == "datetime64[ns, UTC]"
        assert pandas_frame.dtypes["status"] == "category"
    else:
        assert to_dataframe([], "polars", model=Fill).schema["created_time"] == pl.Datetime("us", "UTC")
    assert len(to_dataframe([], library).columns) == 0


def test_without_pyarrow_pandas_keeps_decimals_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    frame = to_dataframe(_fills())
    assert frame.dtypes["price_dollars"] == pd.api.types.pandas_dtype(object)
    assert frame["price_dollars"].tolist() == [Decimal("0.5600"), Decimal("0.01")]


def test_models_of_different_kinds_are_refused_clearly() -> None:
    with pytest.raises(TypeError, match="item 1 is a Leg, the others Fill"):
        to_dataframe([_fills()[0], Leg("T", Decimal(1))])
    with pytest.raises(TypeError, match="generated models"):
        to_dataframe([1, 2])
    with pytest.raises(ValueError, match="'pandas' or 'polars'"):
        to_dataframe(_fills(), "arrow")  # type: ignore[call-overload]


def _recorded(name: str) -> Any:
    if not RESPONSES.is_dir():
        pytest.skip(f"no recorded responses at {RESPONSES}")
    logging.getLogger("kalshi_trade_api").setLevel(logging.ERROR)  # their missing-field notices
    return json.loads((RESPONSES / name).read_text())["response"]


@pytest.mark.parametrize("library", ["pandas", "polars"])
def test_real_markets_and_trades_become_typed_frames(library: Literal["pandas", "polars"]) -> None:
    markets = GetMarketsResponse.from_dict(_recorded("markets_list_response.json")).markets
    trades = GetTradesResponse.from_dict(_recorded("trades_list_response.json")).trades
    assert len(to_dataframe(markets, library)) == len(markets) > 0
    if library == "pandas":
        market_frame, trade_frame = to_dataframe(markets), to_dataframe(trades, "pandas")
        assert isinstance(market_frame, pd.DataFrame) and len(trade_frame) == len(trades) > 0
        assert market_frame.dtypes["status"] == "category" and market_frame.dtypes["can_close_early"] == "boolean"
        assert str(market_frame.dtypes["close_time"]) == "datetime64[ns, UTC]"
        assert str(trade_frame.dtypes["created_time"]) == "datetime64[ns, UTC]"
        assert trade_frame.dtypes["taker_side"] == "category"
        assert market_frame["ticker"].tolist() == [m.ticker for m in markets]
    else:
        polars_frame = to_dataframe(markets, "polars")
        assert isinstance(polars_frame, pl.DataFrame) and len(to_dataframe(trades, "polars")) == len(trades)
        assert isinstance(polars_frame.schema["status"], pl.Enum)
        assert polars_frame.schema["close_time"] == pl.Datetime("us", "UTC")
        assert polars_frame["close_time"].to_list() == [m.close_time for m in markets]


def test_generated_models_type_their_columns_even_with_nothing_in_them() -> None:
    frame = to_dataframe([], "pandas", model=Market)
    assert frame.dtypes["status"] == "category"
    assert list(frame["status"].cat.categories)[:2] == ["active", "amended"]
    assert str(frame.dtypes["open_time"]) == "datetime64[ns, UTC]"
    assert str(frame.dtypes["floor_strike"]) == "Float64" and str(frame.dtypes["exchange_index"]) == "Int64"
