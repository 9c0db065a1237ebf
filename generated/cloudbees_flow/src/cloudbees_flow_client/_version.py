__version__ = "1.0.0"
__spec_version__ = "1.0.0"
