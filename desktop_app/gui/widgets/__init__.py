"""Reusable input and preview widgets."""
