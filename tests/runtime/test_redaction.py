import httpx
from client_runtime import BearerAuth, HeaderAuth, Secret, redact_url


def test_secret_never_shows_its_value() -> None:
    secret = Secret("hunter2")
    assert "hunter2" not in repr(secret)
    assert "hunter2" not in str(secret)
    assert "hunter2" not in f"{secret}"
    assert secret.reveal() == "hunter2"


def test_auth_reprs_hide_the_credential() -> None:
    assert "t0ken" not in repr(BearerAuth("t0ken"))
    assert "k3y" not in repr(HeaderAuth("X-API-KEY", "k3y"))


def test_bearer_auth_sets_the_header() -> None:
    request = httpx.Request("GET", "https://h/x")
    flow = BearerAuth("t0ken").auth_flow(request)
    assert next(flow).headers["Authorization"] == "Bearer t0ken"


def test_url_passwords_and_secret_query_values_are_masked() -> None:
    url = redact_url("https://ana:pw@h/x?api_key=abc&token=t&page=2&sessionId=s")
    for secret in ("pw", "abc", "=t&", "=s"):
        assert secret not in url
    assert "page=2" in url
    assert "ana" in url


def test_plain_urls_are_unchanged() -> None:
    assert redact_url("https://h/api/v0/study-case/1?limit=5") == "https://h/api/v0/study-case/1?limit=5"


def test_json_bodies_have_secret_values_masked_at_any_depth() -> None:
    from client_runtime import masked_text

    text = masked_text('{"data": [{"id": 1, "secret": "s1"}], "meta": {"accessToken": "t1", "clientSecret": "c1"}}')
    for value in ("s1", "t1", "c1"):
        assert value not in text
    assert '"id": 1' in text


def test_non_json_text_is_left_as_it_is() -> None:
    from client_runtime import masked_text

    assert masked_text("<html>oops</html>") == "<html>oops</html>"
