"""The imports a module makes, read with ast: the purity tests of extraction, matching and the
report computation share this one reading."""
import ast
from pathlib import Path


def imported_modules(path: Path, *, allow_relative: bool) -> set[str]:
    """Absolute module names imported by the file. A relative import fails the caller's test
    unless `allow_relative` (then it is skipped: it stays inside the package)."""
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                assert allow_relative, f"{path.name}: relative import"
                continue
            modules.add(node.module)
    return modules
