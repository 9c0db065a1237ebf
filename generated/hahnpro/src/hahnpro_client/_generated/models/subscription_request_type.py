from typing import Literal

SubscriptionRequestType = Literal["dev", "free", "inactive", "pro"]

SUBSCRIPTION_REQUEST_TYPE_VALUES: set[SubscriptionRequestType] = {
    "dev",
    "free",
    "inactive",
    "pro",
}


def check_subscription_request_type(value: str) -> SubscriptionRequestType:
    if value in SUBSCRIPTION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_REQUEST_TYPE_VALUES!r}")
