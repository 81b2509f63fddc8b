"""What can be a Kalshi price or count: one gate, for the dollar strings of today and the Decimals of tomorrow.

Kalshi writes prices as dollar strings with up to four decimals (``"0.0800"``) and
counts as fixed-point strings with two (``"300.00"``). The generated models hand
them over as ``str`` today; a later generator may hand over ``decimal.Decimal``.
Either way a book must never hold a number the exchange cannot have sent, so every
value goes through ``fixed_point`` before it touches a level:

- a string must be plainly spelled: ASCII digits, one optional leading ``-``, an
  optional fraction. No whitespace, ``+``, exponents, underscores, ``NaN``/``Infinity``
  or non-ASCII digits (``Decimal()`` would accept them all, Arabic-Indic digits included);
- a ``Decimal`` must be finite and of sane size (``1e9999999`` would make the next
  sum raise ``decimal.Overflow``), checked without arithmetic;
- a price lies strictly between $0 and $1 and on the market's grid (its tick when
  known, else Kalshi's finest, $0.0001); a count is not negative and on the
  0.01-contract grid; a delta is a count that may be negative;
- a ``usd`` price (a Perps market's: a perpetual's price has no $1 ceiling) is above $0
  and on the market's grid, of any sane size.

Anything else is a ``BookError``: the book that got it resyncs instead of trading on it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

from kalshi_stream.errors import BookError

Kind = Literal["price", "usd", "count", "delta"]
PRICE_TICK = Decimal("0.0001")  # the document's dollar fields carry four decimals
COUNT_STEP = Decimal("0.01")  # and its fixed-point counts two
_DIGITS = 12  # whole digits a count may have: a trillion contracts is far past any real level
_DECIMALS = 8  # fraction digits looked at (anything finer is off every grid anyway)
# ASCII only: [0-9], never \d (which matches Arabic-Indic and other digits); \Z, never $ (which allows "\n").
_PLAIN = re.compile(rf"-?(?:0|[1-9][0-9]{{0,{_DIGITS - 1}}})(?:\.[0-9]{{1,{_DECIMALS}}})?\Z")
_ONE = Decimal(1)
_ZERO = Decimal(0)


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def fixed_point(value: object, kind: Kind, *, tick: Decimal | None = None, what: str | None = None) -> Decimal:
    """``value`` (a ``str`` or ``Decimal`` from a message) as a ``Decimal`` that can be a Kalshi ``kind``.

    ``tick`` is the market's price grid when known (prices only; ``usd``: a price without the $1
    ceiling). Raises ``BookError`` saying why otherwise; never anything else, whatever ``value`` is.
    """
    name = what or kind
    if isinstance(value, str):
        if not _PLAIN.match(value):
            raise BookError(f"{name} {_shown(value)} is not a plainly written decimal number")
        number = Decimal(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise BookError(f"{name} {_shown(value)} is not finite")
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)  # finite
        # The same bounds as a string's, read off the number (never computed with: no Overflow).
        if exponent < -_DECIMALS or (value and value.adjusted() >= _DIGITS):
            raise BookError(f"{name} {_shown(value)} is out of range")
        number = value
    else:
        raise BookError(f"{name} {_shown(value)} is a {type(value).__name__}, not a decimal string")
    if kind in ("price", "usd"):
        if kind == "price" and not _ZERO < number < _ONE:
            raise BookError(f"price {_shown(value)} is not between $0 and $1")
        if number <= _ZERO:
            raise BookError(f"price {_shown(value)} is not above $0")
        step = PRICE_TICK if tick is None else tick
        if number % step:
            raise BookError(f"price {_shown(value)} is off the ${step} grid")
        return number
    if kind == "count" and number < 0:
        raise BookError(f"{name} {_shown(value)} is negative")
    if number % COUNT_STEP:
        raise BookError(f"{name} {_shown(value)} is not a multiple of {COUNT_STEP} contracts")
    return number
