"""A worker's reply is awaited through the system's selector: ``select()`` fails on file
descriptors past 1,023, and a long-running service (or a test session) holds that many files."""

from __future__ import annotations

import fcntl
import os
import resource
from collections.abc import Iterator

import pytest

from kg.store.query_pool import answered

_HIGH = 1500


@pytest.fixture
def high_pipe() -> Iterator[tuple[int, int]]:
    """A pipe whose read end is a free descriptor past 1500 (none in use is replaced)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard <= _HIGH:
        pytest.skip("this machine allows too few open files")
    if soft <= _HIGH:
        resource.setrlimit(resource.RLIMIT_NOFILE, (_HIGH + 1, hard))
    read, write = os.pipe()
    high = fcntl.fcntl(read, fcntl.F_DUPFD, _HIGH)
    os.close(read)
    yield high, write
    os.close(high)
    os.close(write)
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_a_reply_on_a_high_descriptor_is_seen(high_pipe: tuple[int, int]) -> None:
    read, write = high_pipe
    stream = os.fdopen(read, "rb", closefd=False)
    assert not answered(stream, 0.05)
    os.write(write, b"x")
    assert answered(stream, 1.0)
