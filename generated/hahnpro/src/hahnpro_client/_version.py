__version__ = "2026.1.0"
__spec_version__ = "2026.1.0"
