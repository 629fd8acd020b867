"""One small Typer app per noun; each only parses, calls and prints.

Modules that declare commands do without `from __future__ import annotations`: typer reads
every command's signature at each start, and evaluating string annotations cost ~10 ms.
"""
