"""Ports for the servers a test starts (webhook instances, metrics endpoints)."""

from __future__ import annotations

import random
import socket
from pathlib import Path

_EPHEMERAL_RANGE = Path("/proc/sys/net/ipv4/ip_local_port_range")
_LOWEST = 10_000
_ATTEMPTS = 200


def _ephemeral_start() -> int:
    """Where the kernel starts handing out ports for outgoing connections (32768 on Linux by default)."""
    try:
        return int(_EPHEMERAL_RANGE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on now, below the kernel's ephemeral range.

    A port the kernel picks for a probe (`bind(0)`) is one it hands out again to the next outgoing
    connection (a bot's request to the Telegram stand-in, a database client), so a webhook instance
    started a moment later sometimes found its port taken ("address already in use") and the test
    timed out waiting for it. Ports below that range are only ever taken by a server asking for one.
    """
    highest = max(_LOWEST + 1_000, _ephemeral_start() - 1)
    for _ in range(_ATTEMPTS):
        port = random.randint(_LOWEST, highest)
        with socket.socket() as probe:
            try:
                probe.bind((host, port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port between {_LOWEST} and {highest}")
