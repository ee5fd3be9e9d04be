"""The `unrest` command line: run, sql, ui, bench. It drives the code location from outside;
the code location (`assets.definitions`) never imports this package."""
from .main import main

__all__ = ["main"]
