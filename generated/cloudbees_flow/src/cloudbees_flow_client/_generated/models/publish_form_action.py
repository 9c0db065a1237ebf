from typing import Literal

PublishFormAction = Literal["publishArtifact"]

PUBLISH_FORM_ACTION_VALUES: set[PublishFormAction] = {
    "publishArtifact",
}


def check_publish_form_action(value: str) -> PublishFormAction:
    if value in PUBLISH_FORM_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PUBLISH_FORM_ACTION_VALUES!r}")
