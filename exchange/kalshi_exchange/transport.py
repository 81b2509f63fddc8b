"""The in-process form: an httpx transport (sync and async) answered by a LocalExchange."""

from __future__ import annotations

import time

import anyio
import httpx

from kalshi_exchange.core import Answer, LocalExchange


class ExchangeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Pass as ``kalshi_client(transport=ExchangeTransport(exchange))``; serves sync and asyncio calls."""

    def __init__(self, exchange: LocalExchange) -> None:
        self.exchange = exchange

    def _answer(self, request: httpx.Request, body: bytes) -> Answer:
        host = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        return self.exchange.handle(
            request.method,
            request.url.raw_path.decode("ascii").split("?", 1)[0],
            request.url.params.multi_items(),
            request.headers,
            body,
            host,
        )

    @staticmethod
    def _wait(request: httpx.Request, answer: Answer) -> tuple[float, bool]:
        """How long to wait, and whether the client's read timeout runs out first."""
        read = (request.extensions.get("timeout") or {}).get("read")
        if read is not None and answer.delay > read:
            return float(read), True
        return answer.delay, False

    @staticmethod
    def _response(request: httpx.Request, answer: Answer, timed_out: bool) -> httpx.Response:
        if timed_out:
            raise httpx.ReadTimeout("the local exchange answered slower than the read timeout", request=request)
        if answer.drop:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        headers = {"content-type": answer.content_type} if answer.content_type else {}
        headers.update(answer.headers)
        return httpx.Response(answer.status, headers=headers, content=answer.body, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._answer(request, request.read())
        wait, timed_out = self._wait(request, answer)
        if wait:
            time.sleep(wait)
        return self._response(request, answer, timed_out)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._answer(request, await request.aread())
        wait, timed_out = self._wait(request, answer)
        if wait:
            await anyio.sleep(wait)
        return self._response(request, answer, timed_out)
