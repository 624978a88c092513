"""Rate limits: a sliding window per key, in memory (embedded default) or in Redis (several
processes). Keys are HMACs from `Vault.rate_key`, never IPs or phone numbers.

When Redis is unreachable the limiter lets requests through and says so in the log: a worker
must never be turned away because a safeguard's storage is down.
"""

from __future__ import annotations

import contextlib
import logging
import time
import uuid
from collections import OrderedDict, deque
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)


class RateLimiter(Protocol):
    async def allow(self, key: str, *, limit: int, window_s: float) -> bool:
        """Count one event for `key`; False when it is over `limit` within `window_s`."""
        ...

    async def aclose(self) -> None: ...


class MemoryRateLimiter:
    """Per-process sliding-window log with a bounded number of keys."""

    def __init__(self, *, max_keys: int = 100_000) -> None:
        self._events: OrderedDict[str, deque[float]] = OrderedDict()
        self._max_keys = max_keys

    async def allow(self, key: str, *, limit: int, window_s: float) -> bool:
        now = time.monotonic()
        events = self._events.pop(key, None) or deque()
        while events and events[0] <= now - window_s:
            events.popleft()
        allowed = len(events) < limit
        if allowed:
            events.append(now)
        self._events[key] = events
        while len(self._events) > self._max_keys:
            self._events.popitem(last=False)
        return allowed

    async def aclose(self) -> None:
        self._events.clear()


class RedisRateLimiter:
    """Sliding window on a sorted set per key, shared by every process."""

    def __init__(
        self, redis_url: str, *, timeout_s: float = 1.0, prefix: str = "ratelimit:"
    ) -> None:
        self._redis = Redis.from_url(
            redis_url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s
        )
        self._prefix = prefix

    async def allow(self, key: str, *, limit: int, window_s: float) -> bool:
        now = time.time()
        name = self._prefix + key
        member = uuid.uuid4().hex
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.zremrangebyscore(name, 0, now - window_s)
                pipe.zcard(name)
                pipe.zadd(name, {member: now})
                pipe.expire(name, int(window_s) + 1)
                _removed, count, _added, _expiry = await pipe.execute()
        except (RedisError, OSError) as exc:
            log.warning("rate limiter unavailable (%s); allowing", type(exc).__name__)
            return True
        if count >= limit:
            # The rejected event must not extend the window for the next legitimate try.
            with contextlib.suppress(RedisError, OSError):
                await self._redis.zrem(name, member)
            return False
        return True

    async def aclose(self) -> None:
        await self._redis.aclose()
