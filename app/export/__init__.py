"""Turns an already-minimal Summary into PDF, ODT or text. Imports only app.domain."""
