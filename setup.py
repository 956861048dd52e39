"""The wheel's one build step: copy what the program loads at run time into the package.

The sources of the icons, the translations and the palette live in the repository's top-level
``resources/``; an installed program looks for them inside the package, at
``sister_desktop/resources/`` (see ``sister_desktop/resource_files.py``). A copy at build time
was chosen over a setuptools ``package-dir`` mapping because the mapping would also apply to
the editable install of development and to every ``packages.find`` result, and it cannot leave
the ``.ts`` translation sources out of the wheel by itself. PyInstaller's spec bundles the same
files at the same place. Everything else about the build is in ``pyproject.toml``.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _resource_files():  # type: ignore[no-untyped-def]
    """``sister_desktop/resource_files.py`` by path: the list of shipped files is kept there."""
    spec = importlib.util.spec_from_file_location(
        "_resource_files", ROOT / "sister_desktop" / "resource_files.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


class BuildPyWithResources(build_py):
    """``build_py``, then ``resources/`` (the shipped part) into ``sister_desktop/resources``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # a checkout reads the top-level resources/ itself
        files = _resource_files()
        source = ROOT / files.FOLDER
        target = Path(self.build_lib) / "sister_desktop" / files.FOLDER
        for pattern in files.SHIPPED:
            for path in sorted(source.glob(pattern)):
                destination = target / path.relative_to(source)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, destination)


setup(cmdclass={"build_py": BuildPyWithResources})
