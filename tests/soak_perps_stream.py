"""``make soak``'s Perps stream soak: ``tests/soak_stream.py`` against the exchange's Perps WebSocket side.

``python -m tests.soak_perps_stream --seconds 600``: ``PerpsStream``'s books (``PerpsOrderBooks``) for
many markets, kept by the docs' loop, under every stream fault; exact at the end, memory flat.
"""

from __future__ import annotations

import sys

from tests.soak_stream import main

if __name__ == "__main__":
    sys.exit(main(["--product", "perps", *sys.argv[1:]]))
