from typing import Literal

PublishFormCompress = Literal["0", "1"]

PUBLISH_FORM_COMPRESS_VALUES: set[PublishFormCompress] = {
    "0",
    "1",
}


def check_publish_form_compress(value: str) -> PublishFormCompress:
    if value in PUBLISH_FORM_COMPRESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PUBLISH_FORM_COMPRESS_VALUES!r}")
