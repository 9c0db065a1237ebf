from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from client_runtime import RetryPolicy
from client_runtime._retry import retry_after, should_retry_status


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])
def test_idempotent_methods_may_be_retried(method: str) -> None:
    assert RetryPolicy(max_retries=2).may_retry(method, retry_safe=False, attempt=0)


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_and_patch_are_not_retried_unless_the_spec_marks_them_safe(method: str) -> None:
    policy = RetryPolicy(max_retries=2)
    assert not policy.may_retry(method, retry_safe=False, attempt=0)
    assert policy.may_retry(method, retry_safe=True, attempt=0)


def test_retries_stop_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2)
    assert [policy.may_retry("GET", False, n) for n in range(4)] == [True, True, False, False]


def test_backoff_grows_exponentially_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=4.0)
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (6, 4.0)]:
        delays = [policy.delay(attempt) for _ in range(200)]
        assert all(0.75 * ceiling <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1


def test_retry_after_seconds_is_honoured() -> None:
    assert RetryPolicy().delay(0, httpx.Headers({"Retry-After": "3"})) == 3.0


def test_retry_after_ms_wins_over_retry_after() -> None:
    assert retry_after(httpx.Headers({"retry-after-ms": "250", "retry-after": "9"})) == 0.25


def test_retry_after_http_date_is_understood() -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= (retry_after(httpx.Headers({"Retry-After": when})) or 0) <= 30


def test_retry_after_beyond_the_bound_falls_back_to_backoff() -> None:
    delay = RetryPolicy(max_retry_after=60).delay(0, httpx.Headers({"Retry-After": "3600"}))
    assert delay <= 0.5


def test_unparsable_retry_after_is_ignored() -> None:
    assert retry_after(httpx.Headers({"Retry-After": "soon"})) is None


@pytest.mark.parametrize(
    ("status", "retry"), [(408, True), (429, True), (500, True), (503, True), (400, False), (404, False), (501, False)]
)
def test_retryable_statuses(status: int, retry: bool) -> None:
    assert should_retry_status(status) is retry


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)


def _answer(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=httpx.Request("GET", "https://h/x"))


def test_attempts_retry_a_503_honouring_retry_after_then_give_up() -> None:
    from client_runtime._retry import Attempts

    attempts = Attempts(RetryPolicy(max_retries=2), "GET", retry_safe=False)
    assert attempts.after_response(_answer(503, {"Retry-After": "4"})) == 4.0
    assert attempts.after_response(_answer(503, {"Retry-After": "4"})) == 4.0
    assert attempts.after_response(_answer(503)) is None
    assert attempts.count == 2


def test_attempts_take_successes_and_final_errors_as_the_answer() -> None:
    from client_runtime._retry import Attempts

    attempts = Attempts(RetryPolicy(), "GET", retry_safe=False)
    assert attempts.after_response(_answer(200)) is None
    assert attempts.after_response(_answer(404)) is None
    assert attempts.count == 0


def test_attempts_retry_connection_errors_but_not_read_timeouts() -> None:
    from client_runtime._retry import Attempts

    request = httpx.Request("GET", "https://h/x")
    get = Attempts(RetryPolicy(initial_delay=0.5), "GET", retry_safe=False)
    assert 0 < (get.after_error(httpx.ConnectError("refused", request=request)) or 0) <= 0.5
    assert get.after_error(httpx.ReadTimeout("slow", request=request)) is None


def test_a_post_is_retried_only_when_it_never_left() -> None:
    from client_runtime._retry import Attempts

    request = httpx.Request("POST", "https://h/x")
    refused = Attempts(RetryPolicy(), "POST", retry_safe=False)
    assert refused.after_error(httpx.ConnectError("refused", request=request)) is not None
    reset = Attempts(RetryPolicy(), "POST", retry_safe=False)
    assert reset.after_error(httpx.ReadError("reset", request=request)) is None
    assert reset.after_error(httpx.RemoteProtocolError("closed", request=request)) is None
    # A reset on the way to a token: the POST itself was never sent.
    assert reset.after_error(httpx.ReadError("reset", request=request), sent=False) is not None


def test_a_reset_before_the_answer_is_retried_for_idempotent_methods() -> None:
    from client_runtime._retry import Attempts

    request = httpx.Request("GET", "https://h/x")
    for exc in (httpx.ReadError("reset"), httpx.WriteError("reset"), httpx.RemoteProtocolError("dropped")):
        exc.request = request
        assert Attempts(RetryPolicy(), "GET", retry_safe=False).after_error(exc) is not None
        assert Attempts(RetryPolicy(), "PUT", retry_safe=False).after_error(exc) is not None
        assert Attempts(RetryPolicy(max_retries=0), "GET", retry_safe=False).after_error(exc) is None


def test_certificate_failures_are_never_retried() -> None:
    import ssl

    from client_runtime._retry import Attempts

    request = httpx.Request("GET", "https://h/x")
    cause = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] self-signed certificate")
    try:
        try:
            raise cause
        except ssl.SSLError as inner:
            raise httpx.ConnectError("certificate verify failed", request=request) from inner
    except httpx.ConnectError as exc:
        failed = exc
    assert Attempts(RetryPolicy(), "GET", retry_safe=False).after_error(failed) is None
    other = httpx.ConnectError("refused", request=request)
    assert Attempts(RetryPolicy(), "GET", retry_safe=False).after_error(other) is not None


def test_token_endpoint_outages_are_retried_whatever_the_method() -> None:
    from client_runtime._retry import Attempts

    post = Attempts(RetryPolicy(max_retries=1), "POST", retry_safe=False)
    assert post.after_unsent_answer(503, httpx.Headers({"Retry-After": "0"})) == 0
    assert post.after_unsent_answer(503, httpx.Headers()) is None  # retries used up
    assert Attempts(RetryPolicy(), "POST", retry_safe=False).after_unsent_answer(401, httpx.Headers()) is None
