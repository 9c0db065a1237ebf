import io

import pytest
from client_runtime import InvalidRequest, Poller, ProgressLine


def test_poller_sleeps_the_interval_then_what_is_left_then_stops() -> None:
    ticks = iter([100.0, 100.0, 103.5, 104.0, 110.0])
    poller = Poller(interval=2, timeout=5, clock=lambda: next(ticks))
    assert poller.next_delay() == 2.0
    assert poller.next_delay() == pytest.approx(1.5)
    assert poller.next_delay() == pytest.approx(1.0)
    assert poller.next_delay() is None


@pytest.mark.parametrize(("interval", "timeout"), [(0, 10), (-1, 10), (1, 0)])
def test_poller_refuses_non_positive_arguments(interval: float, timeout: float) -> None:
    with pytest.raises(InvalidRequest):
        Poller(interval, timeout)


def test_progress_on_a_plain_stream_writes_each_change_once() -> None:
    out = io.StringIO()
    line = ProgressLine(out)
    for text in ["PENDING", "PENDING", "RUNNING", "FINISHED"]:
        line.update(text)
    line.close()
    assert out.getvalue() == "PENDING\nRUNNING\nFINISHED\n"


def test_progress_off_writes_nothing() -> None:
    ProgressLine(False).update("x")
