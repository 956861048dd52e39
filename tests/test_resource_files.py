"""The run-time files are found, and the code takes its colours from the one palette."""

import re
from dataclasses import fields
from pathlib import Path

import sister_desktop
from sister_desktop.resource_files import SHIPPED, Palette, i18n_dir, icon_path, palette

PACKAGE = Path(sister_desktop.__file__).parent
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_every_shipped_pattern_names_files_that_exist():
    root = icon_path().parent.parent
    for pattern in SHIPPED:
        assert list(root.glob(pattern)), pattern
    assert icon_path().is_file()
    assert (i18n_dir() / "sister_desktop_id.qm").is_file()


def test_the_palette_names_every_colour_once_as_hex():
    colours = palette()
    values = [getattr(colours, f.name) for f in fields(Palette)]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", v) for v in values), values
    assert len(set(values)) == len(values)


def test_no_colour_is_written_into_the_code():
    """Colours are meanings from palette.toml, not hex literals pasted into widgets."""
    pasted = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in PACKAGE.rglob("*.py")
        if "sandbox" not in path.relative_to(PACKAGE).parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX.search(line)
    ]
    assert pasted == []
