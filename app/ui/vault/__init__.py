"""Screens before the workspace: first run, unlock, and restoring a vault from a backup."""
