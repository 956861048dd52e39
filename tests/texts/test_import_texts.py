"""The import's problems in the operator's words, each column with its own limit."""

from __future__ import annotations

import pytest

from sister_desktop.services.importer import ImportProblem, ImportProblemCode
from sister_desktop.texts.i18n import install_translators, remove_translators
from sister_desktop.texts.import_texts import problem_text


@pytest.mark.parametrize(("field", "limit"), [("jabatan_fungsional", 100), ("nama", 200)])
def test_a_text_too_long_names_its_own_columns_limit(qapp, field, limit):
    problem = ImportProblem(3, field, ImportProblemCode.TOO_LONG, "x" * (limit + 1))
    translators = install_translators(qapp, "id")
    try:
        assert f"paling banyak {limit} karakter" in problem_text(problem)
    finally:
        remove_translators(qapp, translators)
    assert f"at most {limit} characters" in problem_text(problem)
