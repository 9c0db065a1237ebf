"""The service's data models, as generated from its spec."""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__  # noqa: F401
