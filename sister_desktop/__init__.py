"""SISTER Desktop: keep a university's employee records in step with the SISTER web service."""

__version__ = "0.1.0"
