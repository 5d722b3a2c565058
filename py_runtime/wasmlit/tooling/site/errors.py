"""The one error a build raises: its message says how to fix the problem."""

from __future__ import annotations


class BuildError(Exception):
    """The site cannot be built; the message says how to fix it."""
