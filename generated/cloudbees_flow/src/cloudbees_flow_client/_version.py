__version__ = "1.1.0"
# The API version this client speaks: its spec's info.version (one per service).
__api_version__ = "1.0.0"
# The earlier name of __api_version__.
__spec_version__ = "1.0.0"
