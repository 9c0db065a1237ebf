__version__ = "2.0.0"
# The API version this client speaks: its spec's info.version (one per service).
__api_version__ = {"auth": "1.0.0-beta.63", "core": "0.14.0", "storage": "0.14.0"}
# The earlier name of __api_version__.
__spec_version__ = {"auth": "1.0.0-beta.63", "core": "0.14.0", "storage": "0.14.0"}
