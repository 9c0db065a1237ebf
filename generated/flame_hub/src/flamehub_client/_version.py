__version__ = "0.14.0"
__spec_version__ = {"auth": "1.0.0-beta.63", "core": "0.14.0", "storage": "0.14.0"}
