"""The Inno Setup script agrees with the PyInstaller spec and the repository (Inno Setup itself
only runs on Windows, so this guards the names and paths it relies on)."""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "sister-desktop.iss"
SPEC = ROOT / "packaging" / "sister_desktop.spec"


def _directives() -> dict[str, str]:
    values: dict[str, str] = {}
    for line in ISS.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\w+)=(.*)$", line.strip())
        if match:
            values[match.group(1)] = match.group(2)
    return values


def _defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^\s*#define (\w+) "([^"]*)"', text, re.MULTILINE))


def _relative(windows_path: str) -> Path:
    return ISS.parent.joinpath(*PureWindowsPath(windows_path).parts)


def test_installs_per_user_without_admin_rights():
    setup = _directives()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert "PrivilegesRequiredOverridesAllowed" not in setup


def test_upgrades_find_the_same_installation():
    app_id = _directives()["AppId"]
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", app_id)
    assert _directives()["UsePreviousAppDir"] == "yes"


def test_icon_and_default_program_folder_exist_where_the_script_says():
    icon = _relative(_directives()["SetupIconFile"])
    assert icon.resolve() == ROOT / "resources" / "icons" / "sister-desktop.ico"
    assert icon.is_file()
    dist = _relative(_defines(ISS.read_text(encoding="utf-8"))["DistDir"]).resolve()
    assert dist == ROOT / "dist" / "sister-desktop"  # packaging/build.py's default output


def test_start_menu_opens_the_windowed_executable_of_the_spec():
    spec = SPEC.read_text(encoding="utf-8")
    gui_name = re.search(r'^GUI_NAME = "([^"]+)"', spec, re.MULTILINE).group(1)
    folder = re.search(r'^FOLDER_NAME = "([^"]+)"', spec, re.MULTILINE).group(1)
    script = ISS.read_text(encoding="utf-8")
    assert _defines(script)["GuiExe"] == f"{gui_name}.exe"
    assert re.search(
        r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#GuiExe\}"',
        script,
        re.MULTILINE,
    )
    assert _defines(script)["DistDir"].endswith(folder)


def test_nothing_of_the_operators_data_is_deleted():
    script = ISS.read_text(encoding="utf-8")
    deletions = re.findall(r'^Type: (\w+); Name: "([^"]+)"', script, re.MULTILINE)
    assert deletions, "the script cleans the old libraries on upgrade"
    for kind, name in deletions:
        assert name.startswith("{app}"), (kind, name)
    assert "{localappdata}" not in script.replace("{autopf}", "")
    assert "{userappdata}" not in script
