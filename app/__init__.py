"""Carnet: an encrypted, local-first notebook for social workers."""

__version__ = "0.1.0"
