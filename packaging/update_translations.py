"""Refresh the Indonesian catalogues from the sources and compile them.

    python packaging/update_translations.py           extract, merge, write .ts, build .qm
    python packaging/update_translations.py --check   change nothing; exit 1 when a message is
                                                       missing or unfinished, or a .qm is stale

Messages are extracted by ``pyside6-lupdate``. The shared text modules (``texts/*_texts.py``) call a
one-line helper ``_t("...")`` that passes the module's ``_CTX`` to
``QCoreApplication.translate``; lupdate's Python parser reads ``_t`` as ``tr`` (an alias given on
its command line) but cannot know that context, so it files those messages under an empty
context. This script moves them to the context named by the file's ``_CTX`` and then merges the
existing translations by (context, source, comment), so the catalogue keys are exactly what the
program looks up at run time. ``qtbase_id.ts`` (our translation of Qt's own buttons) is written
by hand and only compiled here.
"""

from __future__ import annotations

import argparse
import copy
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "sister_desktop"
I18N = ROOT / "resources" / "i18n"
APP_CATALOGUE = I18N / "sister_desktop_id.ts"
QT_CATALOGUE = I18N / "qtbase_id.ts"
CATALOGUES = (APP_CATALOGUE, QT_CATALOGUE)

#: The helper the text modules use; lupdate treats it as ``tr``.
HELPER = "_t"
_CTX_LINE = re.compile(r'^_CTX\s*=\s*"([A-Za-z_][A-Za-z0-9_]*)"', re.MULTILINE)

Key = tuple[str, str, str]  # context, source, comment


@dataclass
class Report:
    """What a refresh found: messages without a finished translation, and stale .qm files."""

    unfinished: list[Key]
    stale_qm: list[Path]

    @property
    def ok(self) -> bool:
        return not self.unfinished and not self.stale_qm


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (the virtualenv), else the one on PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    local = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if local.exists():
        return str(local)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install PySide6")
    return found


def source_files() -> list[Path]:
    """The package's Python sources that can show text (the sandbox is a foreign system)."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "sandbox" not in p.relative_to(PACKAGE).parts)


def extract(workdir: Path) -> ET.ElementTree:
    """Run lupdate over the sources into a fresh catalogue in ``workdir`` and fix contexts."""
    located = workdir / "extracted.ts"
    files = workdir / "sources.lst"
    files.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "absolute",
            "-tr-function-alias",
            f"tr+={HELPER}",
            "-source-language",
            "en",
            "-target-language",
            "id_ID",
            f"@{files}",
            "-ts",
            str(located),
        ],
        check=True,
    )
    tree = ET.parse(located)
    _move_helper_messages(tree, _helper_contexts(tree, workdir))
    # No locations in the committed catalogue: it stays the same while lines move.
    for message in tree.getroot().iter("message"):
        for location in message.findall("location"):
            message.remove(location)
    return tree


def _helper_contexts(located: ET.ElementTree, workdir: Path) -> dict[tuple[str, str], list[str]]:
    """(source, comment) of each context-less message -> the ``_CTX`` of the files it is in.

    lupdate writes locations relative to the catalogue's folder (``workdir``).
    """
    by_file: dict[str, str | None] = {}
    result: dict[tuple[str, str], list[str]] = {}
    for context in located.getroot().iter("context"):
        if (context.findtext("name") or "") != "":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            for location in message.iter("location"):
                filename = location.get("filename", "")
                if filename not in by_file:
                    path = (workdir / filename).resolve()
                    match = _CTX_LINE.search(path.read_text(encoding="utf-8"))
                    by_file[filename] = match.group(1) if match else None
                name = by_file[filename]
                if name is None:
                    raise SystemExit(
                        f"{filename}: {HELPER}() is used but the module defines no _CTX"
                    )
                names = result.setdefault((source, comment), [])
                if name not in names:
                    names.append(name)
    return result


def _move_helper_messages(tree: ET.ElementTree, contexts: dict[tuple[str, str], list[str]]) -> None:
    root = tree.getroot()
    by_name = {c.findtext("name") or "": c for c in root.iter("context")}
    unnamed = by_name.pop("", None)
    if unnamed is None:
        return
    root.remove(unnamed)
    for message in unnamed.findall("message"):
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        for name in contexts[key]:
            target = by_name.get(name)
            if target is None:
                target = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = name
                by_name[name] = target
            target.append(copy.deepcopy(message))
    # Stable order: contexts by name, messages by source, so diffs show real changes only.
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        root.remove(context)
        messages = sorted(
            context.findall("message"),
            key=lambda m: (m.findtext("source") or "", m.findtext("comment") or ""),
        )
        for message in messages:
            context.remove(message)
            context.append(message)
        root.append(context)


def message_key(context: str, message: ET.Element) -> Key:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def messages(tree: ET.ElementTree) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[message_key(name, message)] = message
    return found


def finished(message: ET.Element) -> bool:
    """Translated and not marked unfinished/obsolete; every plural form filled."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def merge(extracted: ET.ElementTree, existing: ET.ElementTree | None) -> list[Key]:
    """Copy existing translations into ``extracted``; returns the keys still unfinished."""
    old = messages(existing) if existing is not None else {}
    unfinished: list[Key] = []
    for key, message in messages(extracted).items():
        previous = old.get(key)
        if previous is not None and previous.find("translation") is not None:
            message.remove(message.find("translation"))  # type: ignore[arg-type]
            message.append(previous.find("translation"))  # type: ignore[arg-type]
        if not finished(message):
            unfinished.append(key)
    return unfinished


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    root = tree.getroot()
    root.set("version", "2.1")
    root.set("language", "id_ID")
    root.set("sourcelanguage", "en")
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def stale_qm(workdir: Path) -> list[Path]:
    """Committed .qm files that differ from what lrelease makes of their .ts today."""
    stale: list[Path] = []
    for ts in CATALOGUES:
        qm = ts.with_suffix(".qm")
        fresh = workdir / qm.name
        compile_qm(ts, fresh)
        if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
            stale.append(qm)
    return stale


def check() -> Report:
    """Compare the committed catalogues with the sources without writing anything."""
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        extracted = extract(workdir)
        existing = ET.parse(APP_CATALOGUE) if APP_CATALOGUE.exists() else None
        unfinished = merge(extracted, existing)
        qt_unfinished = [k for k, m in messages(ET.parse(QT_CATALOGUE)).items() if not finished(m)]
        return Report(unfinished + qt_unfinished, stale_qm(workdir))


def update() -> Report:
    """Rewrite the application catalogue from the sources and compile both catalogues."""
    I18N.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        extracted = extract(Path(tmp))
    existing = ET.parse(APP_CATALOGUE) if APP_CATALOGUE.exists() else None
    unfinished = merge(extracted, existing)
    write_ts(extracted, APP_CATALOGUE)
    for ts in CATALOGUES:
        compile_qm(ts, ts.with_suffix(".qm"))
    return Report(unfinished, [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail on unfinished messages or a stale .qm"
    )
    args = parser.parse_args(argv)
    report = check() if args.check else update()
    for context, source, _comment in report.unfinished:
        print(f"unfinished: [{context}] {source}", file=sys.stderr)
    for qm in report.stale_qm:
        print(
            f"stale: {qm.relative_to(ROOT)} (run packaging/update_translations.py)", file=sys.stderr
        )
    if args.check:
        return 0 if report.ok else 1
    print(
        f"{APP_CATALOGUE.relative_to(ROOT)}: {len(report.unfinished)} unfinished", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
