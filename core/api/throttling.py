"""The anonymous rate limit: counted per client address in the shared cache, announced in RateLimit-* headers.

Who the client is: the peer address (`REMOTE_ADDR`), unless `API_TRUSTED_PROXIES` says how many reverse proxies in
front of the app append to `X-Forwarded-For` (DRF's `NUM_PROXIES`): then the address that many hops from the end.
A client-supplied `X-Forwarded-For` therefore never buys a fresh allowance.

How it counts: a fixed window per address (`throttle_anon_<ip>_<window>`), created with `cache.add` and counted with
`cache.incr`, both atomic in Redis and local memory. The cache is Django's default one (`CACHE_URL`): Redis when
several worker processes serve (docker-compose), so all workers share one count; process memory in the
single-process default.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from rest_framework.throttling import BaseThrottle, SimpleRateThrottle


@dataclass(frozen=True)
class RateLimitState:
    limit: int
    remaining: int
    reset: int  # seconds until the window ends

    def headers(self) -> dict[str, str]:
        return {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset),
        }


class AnonWindowThrottle(BaseThrottle):
    scope = "anon"
    timer = time.time

    def rate(self) -> tuple[int | None, int | None]:
        rate = settings.REST_FRAMEWORK.get("DEFAULT_THROTTLE_RATES", {}).get(self.scope)
        return SimpleRateThrottle.parse_rate(None, rate)  # type: ignore[arg-type]

    def allow_request(self, request: Any, view: Any) -> bool:
        if request.user and request.user.is_authenticated:
            return True
        limit, duration = self.rate()
        if limit is None or duration is None:
            return True
        now = self.timer()
        window = int(now // duration)
        key = f"throttle_{self.scope}_{self.get_ident(request)}_{window}"
        cache.add(key, 0, duration + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # evicted between add and incr: start the window again
            cache.set(key, 1, duration + 1)
            count = 1
        self._wait = (window + 1) * duration - now
        state = RateLimitState(limit, max(limit - count, 0), max(math.ceil(self._wait), 1))
        request._request.ratelimit = state  # the middleware adds the headers, to errors too
        return count <= limit

    def wait(self) -> float:
        return max(math.ceil(getattr(self, "_wait", 1)), 1)
