"""No module of the matters package imports another module's underscore names: a helper
two modules share is public in the module that defines it."""

from __future__ import annotations

import ast
from pathlib import Path

import onrecord.matters


def test_no_matters_module_imports_a_private_name() -> None:
    folder = Path(onrecord.matters.__file__).parent
    bad = [
        f"{path.name}: {alias.name}"
        for path in sorted(folder.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.level
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]
    assert bad == []
