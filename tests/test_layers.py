"""The import graph obeys docs/ARCHITECTURE.md section 2 (with texts/ and reports/ beside ui/,
and the command line kept off the widgets) — and the check itself can fail."""

from pathlib import Path

import pytest

import sister_desktop
from tests.layer_rules import check_import, check_service_insides, check_tree, imports_of

PACKAGE_DIR = Path(sister_desktop.__file__).parent


def test_package_obeys_layer_rules():
    violations = check_tree(PACKAGE_DIR)
    assert violations == [], "\n".join(map(str, violations))


@pytest.mark.parametrize(
    ("module", "imported"),
    [
        ("sister_desktop.domain.matching", "sister_desktop.store.schema"),
        ("sister_desktop.domain.matching", "rapidfuzz"),
        ("sister_desktop.sister.client", "sister_desktop.store"),
        ("sister_desktop.store.schema", "sister_desktop.sister.api"),
        ("sister_desktop.services.linking", "PySide6.QtCore"),
        ("sister_desktop.services.linking", "httpx"),
        ("sister_desktop.services.linking", "sqlalchemy"),
        ("sister_desktop.ui.pegawai.pegawai_tab", "sqlalchemy.orm"),
        ("sister_desktop.ui.pegawai.pegawai_tab", "httpx"),
        ("sister_desktop.ui.pegawai.pegawai_tab", "sister_desktop.store.database"),
        ("sister_desktop.sandbox.app", "sister_desktop.domain.records"),
        ("sister_desktop.sandbox.app", "sister_desktop.config"),
        ("sister_desktop.services.sync_engine", "sister_desktop.app"),
        ("sister_desktop.cli.compare_command", "sister_desktop.ui.perbandingan.report_export"),
        ("sister_desktop.cli", "sister_desktop.ui"),
        ("sister_desktop.app", "sister_desktop.cli.runtime"),
        ("sister_desktop.app", "sister_desktop.cli"),
        ("sister_desktop.texts.sync_texts", "PySide6.QtWidgets"),
        ("sister_desktop.texts.sync_texts", "PySide6.QtGui"),
        ("sister_desktop.texts.sync_texts", "sister_desktop.ui.common.async_helpers"),
        ("sister_desktop.texts.sync_texts", "sister_desktop.store.database"),
        ("sister_desktop.texts.sync_texts", "sister_desktop.sister.client"),
        ("sister_desktop.texts.sync_texts", "sister_desktop.cli.runtime"),
        ("sister_desktop.texts.sync_texts", "sister_desktop.services.sync_engine"),
        ("sister_desktop.texts.sync_texts", "sister_desktop.services.diagnosis"),
        ("sister_desktop.texts.error_texts", "sister_desktop.services.language_service"),
        ("sister_desktop.reports.pdf_writer", "sister_desktop.services.comparison"),
        ("sister_desktop.files.report_xlsx", "sister_desktop.services.comparison"),
        ("sister_desktop.files.import_file", "sister_desktop.store.import_staging"),
        ("sister_desktop.files.atomic_file", "PySide6.QtCore"),
        ("sister_desktop.host", "sister_desktop.ui.main_window"),
        ("sister_desktop.host.language", "sister_desktop.cli.runtime"),
        ("sister_desktop.reports.pdf_writer", "PySide6.QtWidgets"),
        ("sister_desktop.reports.pdf_writer", "sister_desktop.ui.common.resources"),
        ("sister_desktop.services.linking", "sister_desktop.texts.link_texts"),
        ("sister_desktop.domain.links", "sister_desktop.texts.link_texts"),
        (
            "sister_desktop.ui.sinkronisasi.jalankan_dan_log_page",
            "sister_desktop.services.sync_engine",
        ),
        (
            "sister_desktop.ui.sinkronisasi.jalankan_dan_log_page",
            "sister_desktop.services.sync_engine.SyncProgress",
        ),
    ],
)
def test_forbidden_imports_are_caught(module, imported):
    assert check_import(module, imported) is not None


@pytest.mark.parametrize(
    ("module", "imported"),
    [
        ("sister_desktop.domain.matching", "dataclasses"),
        ("sister_desktop.services.linking", "sister_desktop.sister.client"),
        ("sister_desktop.ui.pegawai.pegawai_tab", "PySide6.QtWidgets"),
        ("sister_desktop.ui.pegawai.pegawai_tab", "sister_desktop.services.linking"),
        (
            "sister_desktop.ui.sinkronisasi.jalankan_dan_log_page",
            "sister_desktop.services.sync_service",
        ),
        (
            "sister_desktop.ui.sinkronisasi.jalankan_dan_log_page",
            "sister_desktop.domain.sync_progress",
        ),
        ("sister_desktop.texts.sync_texts", "sister_desktop.domain.sync_progress"),
        ("sister_desktop.cli.sync_command", "sister_desktop.services.sync_engine"),
        ("sister_desktop.app", "sister_desktop.store.database"),
        ("sister_desktop.cli.sync_command", "sister_desktop.sandbox.server"),
        ("sister_desktop.sandbox.app", "starlette.applications"),
        ("sister_desktop.ui.pegawai.pegawai_tab", "sister_desktop.texts.locale_format"),
        ("sister_desktop.cli.sync_command", "sister_desktop.texts.sync_texts"),
        ("sister_desktop.cli.compare_command", "sister_desktop.reports.pdf_writer"),
        ("sister_desktop.cli", "sister_desktop.app"),
        ("sister_desktop.app", "sister_desktop.host.language"),
        ("sister_desktop.app", "sister_desktop.ui.main_window"),
        ("sister_desktop.texts.sync_texts", "PySide6.QtCore"),
        ("sister_desktop.texts.sync_texts", "sister_desktop.domain.diagnosis_steps"),
        ("sister_desktop.texts.drh_texts", "sister_desktop.files.report_xlsx"),
        ("sister_desktop.reports.pdf_writer", "sister_desktop.files.atomic_file"),
        ("sister_desktop.services.comparison", "sister_desktop.files.report_xlsx"),
        ("sister_desktop.files.import_file", "sister_desktop.domain.file_errors"),
        ("sister_desktop.services.linking", "sister_desktop.cpu_worker"),
        ("sister_desktop.cli.runtime", "sister_desktop.host.language"),
        ("sister_desktop.app", "sister_desktop.host"),
        ("sister_desktop.texts.sync_texts", "sister_desktop.domain.sync_log"),
        ("sister_desktop.reports.pdf_writer", "PySide6.QtGui"),
        ("sister_desktop.reports.pdf_writer", "sister_desktop.texts.comparison_texts"),
    ],
)
def test_allowed_imports_pass(module, imported):
    assert check_import(module, imported) is None


def test_planted_violation_in_a_file_is_found(tmp_path):
    package = tmp_path / "sister_desktop"
    (package / "domain").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "domain" / "__init__.py").write_text("")
    (package / "domain" / "bad.py").write_text(
        "import json\nfrom ..store import schema\nfrom . import good\n"
    )
    (package / "domain" / "good.py").write_text("import re\n")
    violations = check_tree(package)
    assert [(v.module, v.imported) for v in violations] == [
        ("sister_desktop.domain.bad", "sister_desktop.store"),
        ("sister_desktop.domain.bad", "sister_desktop.store.schema"),
    ]


def test_relative_imports_resolve(tmp_path):
    path = tmp_path / "x.py"
    path.write_text("from .records import Sdm\nfrom ..store import repo\n")
    names = [name for name, _ in imports_of(path, "sister_desktop.services.x")]
    assert "sister_desktop.services.records" in names
    assert "sister_desktop.store.repo" in names


def test_planted_root_violations_are_found(tmp_path):
    """The command line reaching into the widgets, and the window's root into the command line."""
    package = tmp_path / "sister_desktop"
    (package / "cli").mkdir(parents=True)
    (package / "texts").mkdir()
    (package / "__init__.py").write_text("")
    (package / "cli" / "__init__.py").write_text("from sister_desktop.app import run_gui\n")
    (package / "cli" / "bad.py").write_text(
        "from sister_desktop.texts import sync_texts\nfrom sister_desktop.ui.x import y\n"
    )
    (package / "app.py").write_text("from sister_desktop.cli.runtime import CliRuntime\n")
    (package / "texts" / "__init__.py").write_text("")
    (package / "texts" / "t.py").write_text(
        "from PySide6.QtCore import QCoreApplication\nfrom PySide6.QtWidgets import QLabel\n"
    )
    found = sorted((v.module, v.imported) for v in check_tree(package))
    assert found == [
        ("sister_desktop.app", "sister_desktop.cli.runtime"),
        ("sister_desktop.cli.bad", "sister_desktop.ui.x"),
        ("sister_desktop.texts.t", "PySide6.QtWidgets"),
    ]


def test_window_and_command_line_never_reach_a_service_s_repository():
    violations = check_service_insides(PACKAGE_DIR)
    assert violations == [], "\n".join(map(str, violations))


def test_a_planted_reach_into_a_service_is_found(tmp_path):
    package = tmp_path / "sister_desktop"
    (package / "cli").mkdir(parents=True)
    (package / "ui").mkdir()
    (package / "services").mkdir()
    for part in ("", "cli/", "ui/", "services/"):
        (package / f"{part}__init__.py").write_text("")
    (package / "cli" / "bad.py").write_text("rows = service.repository.unlinked()\n")
    (package / "ui" / "panel.py").write_text(
        "class P:\n"
        "    def f(self):\n"
        "        self.runs = []\n"
        "        return self._service.runs.runs(limit=1)\n"
    )
    (package / "services" / "ok.py").write_text("x = self_.repository.unlinked()\n")
    found = sorted((v.module, v.imported, v.line) for v in check_service_insides(package))
    assert found == [
        ("sister_desktop.cli.bad", ".repository", 1),
        ("sister_desktop.ui.panel", ".runs", 4),
    ]
