"""Errors the library raises; the CLI turns each into one stderr line and an exit code."""
from __future__ import annotations


class BriefError(Exception):
    """Base class: a problem with an input or the environment, not a bug."""


class InputError(BriefError):
    """An input cannot be read or holds no usable text."""

    def __init__(self, name: str, problem: str):
        self.name = name
        self.problem = problem
        super().__init__(f"{name}: {problem}")


class ModelNotFound(BriefError):
    """The spaCy pipeline asked for is not installed."""


class LanguageNotSupported(BriefError):
    """No language data in models/ for this language."""
