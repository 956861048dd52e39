"""The CI workflow that builds the Windows installer parses, runs on Windows, installs Inno
Setup where missing, and calls the project's own build script with paths that exist: what it
builds is what ``packaging/build.py --installer`` builds on a campus IT person's machine."""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "windows-installer.yml"


def _workflow() -> dict[Any, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _steps() -> list[dict[str, Any]]:
    jobs = _workflow()["jobs"]
    assert list(jobs) == ["installer"]
    return jobs["installer"]["steps"]


def _build_module() -> Any:
    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_workflow_parses_and_runs_on_windows_2022():
    workflow = _workflow()
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare on as true
    assert "workflow_dispatch" in triggers
    assert workflow["jobs"]["installer"]["runs-on"] == "windows-2022"
    python = next(s for s in _steps() if s.get("uses", "").startswith("actions/setup-python"))
    wanted = re.search(r'requires-python = ">=(\d+\.\d+)"', (ROOT / "pyproject.toml").read_text())
    assert wanted is not None and python["with"]["python-version"] == wanted.group(1)


def test_it_builds_with_the_projects_own_script_and_paths_that_exist():
    runs = [s["run"] for s in _steps() if "run" in s]
    build = [
        shlex.split(line)
        for text in runs
        for line in text.splitlines()
        if "packaging/build.py" in line
    ]
    assert build == [["python", "packaging/build.py", "--installer"]]
    build_py = _build_module()
    assert build_py.SPEC.is_file() and build_py.SPEC.parent == ROOT / "packaging"
    assert (ROOT / "packaging" / "windows" / "sister-desktop.iss").is_file()
    # The extras the step installs exist, and bring PyInstaller.
    install = next(t for t in runs if "pip install -e" in t)
    extras = re.search(r'"\.\[([\w,]+)\]"', install)
    assert extras is not None
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for extra in extras.group(1).split(","):
        assert re.search(rf"^{extra} = \[", pyproject, re.MULTILINE), extra
    assert re.search(r'^packaging = \["pyinstaller', pyproject, re.MULTILINE)
    # Every path the steps name inside the repository exists.
    for text in runs:
        for path in re.findall(r"\bpackaging[/\\][\w./\\-]+", text):
            assert (ROOT / path.replace("\\", "/")).exists(), path


def test_inno_setup_comes_from_chocolatey_where_the_build_script_looks():
    inno = next(s for s in _steps() if "Inno Setup 6 (" in s.get("name", ""))
    assert "choco install innosetup" in inno["run"]
    # Chocolatey installs into Program Files (x86)\Inno Setup 6: where build.py's find_iscc
    # looks when ISCC is not on PATH.
    assert 'Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\\ISCC.exe"' in inno["run"]
    source = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert '"PROGRAMFILES(X86)"' in source and '"Inno Setup 6" / "ISCC.exe"' in source


def test_the_artifact_is_the_installer_the_build_script_writes():
    upload = next(s for s in _steps() if s.get("uses", "").startswith("actions/upload-artifact"))
    pattern = upload["with"]["path"]
    assert upload["with"]["if-no-files-found"] == "error"
    build_py = _build_module()
    written = Path("dist") / f"sister-desktop-{build_py.version()}-setup.exe"
    assert Path(written.as_posix()).match(pattern)
    # build.py writes it into its default --dist, the folder the pattern names.
    assert Path(pattern).parts[0] == "dist"
    source = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert '"--dist", type=Path, default=ROOT / "dist"' in source
    started = next(s for s in _steps() if s.get("name") == "Start the built program")
    assert f"dist\\{build_py.FOLDER_NAME}\\sister-desktop.exe --version" in started["run"]
