import pytest

from sister_desktop.domain.ranks import (
    GOLONGAN,
    golongan_code,
    pangkat_golongan_texts,
    pangkat_words,
    same_pangkat,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("III/d (Penata Tingkat I)", "III/d"),
        ("Penata Tingkat I, III/d", "III/d"),
        ("Penata Tk. I - III-d", "III/d"),
        ("iv a", "IV/a"),
        ("IIIc", "III/c"),
        ("Juru Muda I/a", "I/a"),
        ("Pembina Tingkat I", None),  # the "I" of Tingkat I is no grade
        ("Media", None),
    ],
)
def test_golongan_code_reads_the_grade_however_it_is_written(text, code):
    assert golongan_code(text) == code


def test_every_suggestion_reads_back_as_its_own_grade():
    texts = pangkat_golongan_texts()
    assert len(texts) == len(GOLONGAN) == 17
    assert [golongan_code(t) for t in texts] == [code for code, _ in GOLONGAN]
    assert texts[10] == "Penata (III/c)"


def test_without_a_grade_the_pangkat_names_are_compared():
    assert pangkat_words("Pembina Utama Muda (IV/c)") == "pembina utama muda"
    assert same_pangkat("Pembina Utama Muda", "IV/c (Pembina Utama Muda)")
    assert not same_pangkat("Pembina Utama", "IV/c (Pembina Utama Muda)")
    assert not same_pangkat("III/c", "III/d (Penata Tingkat I)")
