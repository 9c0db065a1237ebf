"""The capturing transport each oracle module drives its client through."""

from __future__ import annotations

import pytest
from oracles.wire import Capture


@pytest.fixture(scope="module")
def capture() -> Capture:
    return Capture()
