__version__ = "1.0.1"
__spec_version__ = "1.0.1"
