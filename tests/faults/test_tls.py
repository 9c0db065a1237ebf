"""A certificate nobody vouches for is refused at once, never retried; verification off is explicit and works."""

from __future__ import annotations

import client_runtime
import pytest

from .apis import FAST_RETRY, Secrets, Variant, params, run, variants
from .servers import FaultServer


@pytest.mark.parametrize("variant", params(variants()))
def test_an_unknown_certificate_is_refused_after_one_connection(
    variant: Variant, tls_server: FaultServer, secrets: Secrets
) -> None:
    variant.serve(tls_server, secrets)
    with pytest.raises(client_runtime.ApiConnectionError) as caught:
        run(variant, tls_server.url, secrets, variant.api.get, retry=FAST_RETRY)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert tls_server.connections == 1
    assert tls_server.requests == []


@pytest.mark.parametrize("variant", params(variants()))
def test_verification_turned_off_reaches_the_server(
    variant: Variant, tls_server: FaultServer, secrets: Secrets
) -> None:
    variant.serve(tls_server, secrets)
    result = run(variant, tls_server.url, secrets, variant.api.get, retry=FAST_RETRY, verify=False)
    assert variant.api.read_back(result) == variant.api.read_back_expected
    [arrived] = tls_server.requests_to(variant.api.get_path)
    assert variant.auth.carries(arrived, secrets)
