"""The layer rules of docs/ARCHITECTURE.md section 2, as data plus a checker over Python sources."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "sister_desktop"
LAYERS = ("domain", "sister", "store", "files", "services", "sandbox", "texts", "reports", "ui")
#: Modules at the package top that any layer but domain/ and sandbox/ may use.
BASE_MODULES = {"config", "logs", "resource_files", "cpu_worker"}
#: Composition roots: they may import everything but what ``ROOT_LIMITS`` names.
ROOTS = {"app", "cli", "host", "__main__"}
#: The window's root does not reach into the command line, and the command line speaks through
#: texts/ and reports/, never the widgets (it must run where no window can open). The host (the
#: process set-up every entry point shares) knows none of its hosts.
ROOT_LIMITS: dict[str, set[str]] = {
    "app": {"cli"},
    "cli": {"ui"},
    "host": {"app", "cli", "ui", "__main__"},
}

#: Which of our layers each layer may import (itself always allowed).
ALLOWED_LAYERS: dict[str, set[str]] = {
    "domain": set(),
    "sister": {"domain"},
    "store": {"domain"},
    "files": {"domain"},
    "services": {"domain", "sister", "store", "files"},
    "sandbox": set(),
    #: texts/ and reports/ word and print records and codes of domain/ and files/; they never
    #: reach a use case, so the command line and the window share them without the services.
    "texts": {"domain", "files"},
    "reports": {"domain", "files", "texts"},
    "ui": {"services", "domain", "files", "texts", "reports"},
    "base": set(),
}
#: Parts that may use only some of PySide6: texts/ translates and formats (QtCore); reports/
#: paints files (QtCore, QtGui). Neither builds widgets.
QT_MODULES: dict[str, set[str]] = {
    "texts": {"QtCore"},
    "reports": {"QtCore", "QtGui"},
}
#: Modules of an allowed layer that a layer still may not import: the window (and the texts it
#: shows) reads a running sync's progress records from domain/ and drives it through
#: SyncService, never the engine.
FORBIDDEN_MODULES: dict[str, set[str]] = {
    "ui": {"sister_desktop.services.sync_engine"},
    "texts": {"sister_desktop.services.sync_engine"},
}
#: Third-party packages that belong to one part only.
THIRD_PARTY_HOMES: dict[str, set[str]] = {
    "PySide6": {"ui", "texts", "reports"},
    "shiboken6": {"ui"},
    "qasync": {"ui"},
    "httpx": {"sister", "sandbox"},
    "truststore": {"sister"},
    "sqlalchemy": {"store"},
    "alembic": {"store"},
    "aiosqlite": {"store"},
    "psycopg": {"store"},
    "keyring": {"store"},
    "starlette": {"sandbox"},
    "uvicorn": {"sandbox"},
}


@dataclass(frozen=True)
class Violation:
    module: str
    imported: str
    line: int
    rule: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.imported} ({self.rule})"


def part_of(module: str) -> str:
    """'sister_desktop.ui.x' -> 'ui'; top-level base modules -> 'base'; roots -> 'root'."""
    parts = module.split(".")
    if len(parts) < 2:
        return "root"
    head = parts[1]
    if head in LAYERS:
        return head
    if head in BASE_MODULES:
        return "base"
    return "root"


def root_of(module: str) -> str | None:
    """'sister_desktop.cli.sync_command' -> 'cli'; 'sister_desktop.app' -> 'app'; else None."""
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == PACKAGE and parts[1] in ROOTS:
        return parts[1]
    return None


def check_import(module: str, imported: str, line: int = 0) -> Violation | None:
    """Is ``module`` allowed to import ``imported`` (an absolute dotted name)?"""
    source = part_of(module)
    top = imported.split(".")[0]
    if source == "root":
        root = root_of(module)
        if root is None or top != PACKAGE:
            return None
        target = root_of(imported) or part_of(imported)
        if target in ROOT_LIMITS.get(root, set()):
            return Violation(module, imported, line, f"{root} may not import {target}/")
        return None
    if top == PACKAGE:
        for forbidden in FORBIDDEN_MODULES.get(source, set()):
            if imported == forbidden or imported.startswith(forbidden + "."):
                return Violation(module, imported, line, f"{source}/ may not import {forbidden}")
        target = part_of(imported)
        if target == "root":
            return Violation(module, imported, line, "only roots know the composition roots")
        if target == source:
            return None
        if target == "base":
            if source in {"domain", "sandbox"}:
                return Violation(module, imported, line, f"{source}/ imports nothing of ours")
            return None
        if target not in ALLOWED_LAYERS[source]:
            return Violation(module, imported, line, f"{source}/ may not import {target}/")
        return None
    if source == "domain" and top not in sys.stdlib_module_names and top != "__future__":
        return Violation(module, imported, line, "domain/ imports the standard library only")
    qt_modules = QT_MODULES.get(source)
    if top == "PySide6" and qt_modules is not None:
        qt_module = imported.split(".")[1] if "." in imported else ""
        if qt_module not in qt_modules:
            allowed = ", ".join(sorted(qt_modules))
            return Violation(module, imported, line, f"{source}/ uses PySide6 {allowed} only")
        return None
    homes = THIRD_PARTY_HOMES.get(top)
    if homes is not None and source not in homes:
        return Violation(module, imported, line, f"{top} belongs in {', '.join(sorted(homes))}")
    return None


def imports_of(path: Path, module: str) -> Iterator[tuple[str, int]]:
    """Absolute names imported by a source file, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base)
                name = f"{prefix}.{node.module}" if node.module else prefix
            else:
                name = node.module or ""
            yield name, node.lineno
            if node.module is None or node.level:
                for alias in node.names:
                    yield f"{name}.{alias.name}", node.lineno


def module_name(root: Path, path: Path) -> str:
    rel = path.relative_to(root.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def check_tree(package_dir: Path) -> list[Violation]:
    violations: list[Violation] = []
    for path in sorted(package_dir.rglob("*.py")):
        module = module_name(package_dir, path)
        for imported, line in imports_of(path, module):
            violation = check_import(module, imported, line)
            if violation is not None:
                violations.append(violation)
    return violations


#: Attributes through which a service's repositories would be reached. The window and the
#: command line ask the services for what they need (an operation each), so a use case is
#: written once and the store stays behind the services.
SERVICE_INSIDES = {"repository", "runs"}
#: The parts that must not reach them.
SERVICE_CALLERS = {"ui", "cli", "app"}


def reaches_inside(path: Path, module: str) -> Iterator[Violation]:
    """``x.repository.…`` / ``x.runs.…`` in a module of the window or the command line: an
    object reached through them. A service's own operation of that name (``sync.runs()``) is
    an operation; a widget's own ``self.runs`` is its own business."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        inner = node.value if isinstance(node, ast.Attribute) else None
        if (
            isinstance(inner, ast.Attribute)
            and inner.attr in SERVICE_INSIDES
            and not (isinstance(inner.value, ast.Name) and inner.value.id == "self")
        ):
            yield Violation(
                module, f".{inner.attr}", inner.lineno, "ask the service, not its repository"
            )


def check_service_insides(package_dir: Path) -> list[Violation]:
    violations: list[Violation] = []
    for path in sorted(package_dir.rglob("*.py")):
        module = module_name(package_dir, path)
        parts = module.split(".")
        if len(parts) >= 2 and parts[1] in SERVICE_CALLERS:
            violations.extend(reaches_inside(path, module))
    return violations
