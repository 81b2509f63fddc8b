"""httpx clients that merge each operation's path onto ``base_url`` once, not on every request.

Every generated operation passes a relative path (``/portfolio/order_groups``) and httpx
parses it and rebuilds the full URL on each call (``BaseClient._merge_url``, about a sixth
of a small signed GET's time in httpx). The merged ``httpx.URL`` depends only on the path
text and the base URL, and is immutable, so it is kept per path: a bounded dict, emptied
when full (paths with a ticker in them are many), and keyed on the base URL object too, so
setting ``client.base_url`` takes effect. Anything but a ``str`` takes httpx's own way.

``_merge_url`` is httpx's (private) hook for this, unchanged in signature from 0.23 to
0.28 (the versions pyproject allows); ``tests/test_auth_client.py`` checks the merged URLs
against httpx's own, so an httpx that changes it fails there instead of sending elsewhere.
"""

from __future__ import annotations

import httpx

_MAX_PATHS = 1024


class _MergesOnce:
    """The cache, for ``httpx.Client`` and ``httpx.AsyncClient`` alike (mixed in before them)."""

    base_url: httpx.URL
    _merged: dict[str, httpx.URL]
    _merged_base: httpx.URL | None = None  # none yet: the first merge starts the dict

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        base = self.base_url
        if type(url) is not str:
            return super()._merge_url(url)  # type: ignore[misc, no-any-return]
        if self._merged_base is not base:  # a new base_url: what was merged before no longer holds
            self._merged, self._merged_base = {}, base
        merged = self._merged.get(url)
        if merged is None:
            merged = super()._merge_url(url)  # type: ignore[misc]
            if len(self._merged) >= _MAX_PATHS:
                self._merged.clear()
            self._merged[url] = merged
        return merged


class Client(_MergesOnce, httpx.Client):
    pass


class AsyncClient(_MergesOnce, httpx.AsyncClient):
    pass
