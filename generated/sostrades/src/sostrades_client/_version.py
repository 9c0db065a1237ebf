__version__ = "5.3.4"
__spec_version__ = "5.3.4"
