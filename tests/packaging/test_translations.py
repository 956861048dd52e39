"""The Indonesian catalogue is complete for every message in the sources, and the committed .qm
files are what lrelease makes of the committed .ts files today."""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import update_translations as catalogue  # noqa: E402


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> ET.ElementTree:
    return catalogue.extract(tmp_path_factory.mktemp("lupdate"))


def test_every_message_in_the_sources_has_a_finished_indonesian_translation(extracted):
    committed = ET.parse(catalogue.APP_CATALOGUE)
    unfinished = catalogue.merge(extracted, committed)
    assert not unfinished, (
        f"{len(unfinished)} message(s) missing or unfinished in sister_desktop_id.ts; run "
        "packaging/update_translations.py and translate them:\n"
        + "\n".join(f"[{context}] {source}" for context, source, _ in unfinished)
    )


def test_qt_catalogue_is_finished():
    qt = catalogue.messages(ET.parse(catalogue.QT_CATALOGUE))
    assert qt, "qtbase_id.ts has no messages"
    assert [key for key, message in qt.items() if not catalogue.finished(message)] == []


def test_committed_qm_files_are_what_lrelease_makes_of_the_ts_files(tmp_path):
    # Bytes, not modification times: a git clone gives every file the same time.
    stale = catalogue.stale_qm(tmp_path)
    assert not stale, f"stale: {[p.name for p in stale]}; run packaging/update_translations.py"


def test_check_mode_reports_a_source_string_that_is_not_translated(tmp_path, monkeypatch):
    """The --check mode fails when a new message appears in the sources."""
    module = tmp_path / "sister_desktop" / "ui" / "fresh_texts.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        '_CTX = "FreshTexts"\n\n\ndef _t(text):\n    return text\n\n\n'
        'LABEL = _t("A message nobody translated yet")\n',
        encoding="utf-8",
    )
    sources = catalogue.source_files()
    monkeypatch.setattr(catalogue, "source_files", lambda: [*sources, module])
    report = catalogue.check()
    assert ("FreshTexts", "A message nobody translated yet", "") in report.unfinished
    assert catalogue.main(["--check"]) == 1


# -- what lupdate sees is what the code asks for --------------------------------------------


def _package_sources() -> list[Path]:
    return catalogue.source_files()


def _module_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == ["_CTX"]
            and isinstance(node.value, ast.Constant)
        ):
            return str(node.value.value)
    return None


class _Finder(ast.NodeVisitor):
    """Collects (context, source) of every tr()/_t()/QCoreApplication.translate() call, and
    calls lupdate cannot read (a source or context that is not a string literal)."""

    def __init__(self, path: Path, module_context: str | None) -> None:
        self.path = path
        self.module_context = module_context
        self.classes: list[str] = []
        self.found: set[tuple[str, str]] = set()
        self.unreadable: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name == "_t" and not self.classes:
            return  # the helper itself passes its argument on
        self.generic_visit(node)

    def _literal(self, node: ast.expr | None) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return None

    def _add(self, context: str | None, node: ast.Call, source: ast.expr | None) -> None:
        text = self._literal(source)
        where = f"{self.path.relative_to(ROOT)}:{node.lineno}"
        if text is None or context is None:
            self.unreadable.append(f"{where}: {ast.unparse(node)[:90]}")
        else:
            self.found.add((context, text))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
        ):
            self._add(self.classes[-1] if self.classes else None, node, args[0] if args else None)
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            # lupdate files ``widget.tr("...")`` under the context "widget", but Qt looks it up
            # under the widget's class name: such a message is never translated.
            self._add(None, node, args[0] if args else None)
        elif isinstance(func, ast.Name) and func.id == "_t":
            self._add(self.module_context, node, args[0] if args else None)
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id == "QCoreApplication"
        ):
            context = self._literal(args[0]) if args else None
            self._add(context, node, args[1] if len(args) > 1 else None)
        self.generic_visit(node)


def test_lupdate_extracts_every_translatable_call_in_the_sources(extracted):
    """A tr() of an f-string or a variable is invisible to lupdate and never translated; and
    lupdate's Python reader must not skip a call the program makes."""
    found: set[tuple[str, str]] = set()
    unreadable: list[str] = []
    for path in _package_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        finder = _Finder(path, _module_context(tree))
        finder.visit(tree)
        found |= finder.found
        unreadable += finder.unreadable
    assert unreadable == [], "translatable calls lupdate cannot read:\n" + "\n".join(unreadable)
    in_catalogue = {(context, source) for context, source, _ in catalogue.messages(extracted)}
    assert sorted(found - in_catalogue) == []
    assert sorted(in_catalogue - found) == []
