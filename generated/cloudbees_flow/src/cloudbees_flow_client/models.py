"""The API's data models, as generated from the spec, and `File` for multipart uploads."""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as _models
from ._generated.types import File

__all__ = [*_models, "File"]  # noqa: PLE0604
