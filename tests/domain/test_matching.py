"""Every rule of the collective linking plan, one situation per test."""

from __future__ import annotations

from sister_desktop.domain.matching import (
    Identifier,
    MatchGroup,
    Reason,
    SdmIndex,
    build_plan,
    identifier_key,
    local_identifiers,
    sdm_on_campus,
)
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.records import SdmRow

A = SdmRow(
    "a-1", "AHMAD SUTANTO", nidn="0011223344", nip="198001012005011001", nuptk="1234567890123456"
)
B = SdmRow(
    "b-2", "BUDI SANTOSO", nidn="0099887766", nip="197502022000031002", nuptk="6543210987654321"
)
C = SdmRow("c-3", "SITI RAHAYU", nidn="0555666777", nip=" ", nuptk=None)
SDM = [A, B, C]


def plan_of(*pegawai, **kwargs):
    return build_plan(pegawai, SDM, **kwargs)


def only(plan, group):
    entries = plan.group(group)
    assert len(entries) == 1, plan
    return entries[0]


def test_exact_by_nuptk_with_titles_in_the_local_name():
    p = Pegawai(1, "Dr. Ahmad Sutanto, M.Kom.", nuptk="1234567890123456")
    entry = only(plan_of(p), MatchGroup.EXACT)
    assert entry.proposed == A
    assert entry.matched_by == (Identifier.NUPTK,)
    assert entry.reason is Reason.IDENTIFIER_AND_NAME_MATCH
    assert entry.name_score == 100.0


def test_exact_records_every_identifier_that_agrees():
    p = Pegawai(
        1, "Ahmad Sutanto", nuptk="1234567890123456", nidn="0011223344", nip="198001012005011001"
    )
    entry = only(plan_of(p), MatchGroup.EXACT)
    assert entry.matched_by == (Identifier.NUPTK, Identifier.NIDN, Identifier.NIP)


def test_nidk_and_nupn_are_compared_with_sister_nidn():
    by_nidk = Pegawai(1, "Budi Santoso", nidk="0099887766")
    by_nupn = Pegawai(2, "Siti Rahayu", nupn="0555666777")
    plan = plan_of(by_nidk, by_nupn)
    assert [e.matched_by for e in plan.exact] == [(Identifier.NIDK,), (Identifier.NUPN,)]
    assert [e.proposed for e in plan.exact] == [B, C]


def test_nip_with_spaces_matches():
    p = Pegawai(1, "Budi Santoso", nip="19750202 200003 1 002")
    assert only(plan_of(p), MatchGroup.EXACT).matched_by == (Identifier.NIP,)


def test_typo_in_name_still_exact():
    p = Pegawai(1, "Ahmad Sutamto", nidn="0011223344")
    entry = only(plan_of(p), MatchGroup.EXACT)
    assert 85 <= entry.name_score < 100


def test_a_differing_identifier_is_reported_on_an_exact_match():
    p = Pegawai(1, "Ahmad Sutanto", nuptk="1234567890123456", nip="198001012005011009")
    entry = only(plan_of(p), MatchGroup.EXACT)
    assert entry.differs_on == (Identifier.NIP,)


def test_identifiers_pointing_at_different_people_need_review():
    # NUPTK says Ahmad, NIDN says Budi; the local name is Budi's, so Budi is proposed.
    p = Pegawai(1, "Budi Santoso", nuptk="1234567890123456", nidn="0099887766")
    entry = only(plan_of(p), MatchGroup.REVIEW)
    assert entry.reason is Reason.IDENTIFIERS_CONFLICT
    assert entry.proposed == B
    assert set(entry.candidates) == {A, B}
    assert entry.matched_by == (Identifier.NIDN,)


def test_one_identifier_owned_by_two_sdm_needs_review():
    twin = SdmRow("a-dup", "AHMAD SUTANTO", nidn="0011223344")
    plan = build_plan([Pegawai(1, "Ahmad Sutanto", nidn="0011223344")], [A, twin])
    entry = only(plan, MatchGroup.REVIEW)
    assert entry.reason is Reason.IDENTIFIERS_CONFLICT
    assert set(entry.candidates) == {A, twin}


def test_two_employees_taking_the_same_sdm_both_need_review():
    first = Pegawai(1, "Ahmad Sutanto", nidn="0011223344")
    second = Pegawai(2, "Ahmad Sutanto", nip="198001012005011001")
    plan = plan_of(first, second)
    assert plan.counts == {MatchGroup.EXACT: 0, MatchGroup.REVIEW: 2, MatchGroup.NOT_FOUND: 0}
    assert all(e.reason is Reason.SDM_CLAIMED_TWICE for e in plan.review)


def test_identifier_agrees_but_name_does_not():
    p = Pegawai(1, "Dewi Lestari", nidn="0011223344")
    entry = only(plan_of(p), MatchGroup.REVIEW)
    assert entry.reasons == (Reason.NAME_DIFFERS,)
    assert entry.proposed == A
    assert entry.name_score < 85


def test_sdm_already_linked_to_another_employee():
    p = Pegawai(1, "Ahmad Sutanto", nidn="0011223344")
    entry = only(plan_of(p, linked={"a-1": 77}), MatchGroup.REVIEW)
    assert entry.reason is Reason.SDM_ALREADY_LINKED
    assert entry.linked_to == 77


def test_sdm_linked_to_the_same_employee_is_no_obstacle():
    p = Pegawai(1, "Ahmad Sutanto", nidn="0011223344", id_sdm="a-1")
    only(plan_of(p, linked={"a-1": 1}), MatchGroup.EXACT)


def test_not_found_offers_nearest_names():
    p = Pegawai(1, "Budi Santosa", nidn="0000000001")
    entry = only(plan_of(p), MatchGroup.NOT_FOUND)
    assert entry.reason is Reason.NO_IDENTIFIER_MATCH
    assert entry.proposed is None
    assert entry.nearest[0].sdm == B
    assert entry.nearest[0].score > 85


def test_no_identifiers_at_all_is_not_found():
    entry = only(plan_of(Pegawai(1, "Siti Rahayu")), MatchGroup.NOT_FOUND)
    assert entry.reason is Reason.NO_IDENTIFIERS
    assert entry.nearest[0].sdm == C


def test_placeholder_identifiers_are_no_identifiers():
    assert identifier_key("0000000000") is None
    assert identifier_key(" - ") is None
    assert identifier_key(" 0012 3 ") == "00123"
    p = Pegawai(1, "Orang Lain", nip="000000000000000000", nidn="-")
    assert local_identifiers(p) == []


def test_blank_sister_identifier_never_matches():
    blank = SdmRow("x", "X", nip=" ")
    assert build_plan([Pegawai(1, "X", nip=" ")], [blank]).not_found


def test_injected_scorer_decides_the_name():
    calls = []

    def strict(a, b, **_):
        calls.append((a, b))
        return 0.0

    p = Pegawai(1, "Ahmad Sutamto", nidn="0011223344")
    entry = only(plan_of(p, scorer=strict), MatchGroup.REVIEW)
    assert entry.reason is Reason.NAME_DIFFERS
    assert ("ahmad sutamto", "ahmad sutanto") in calls


def test_equal_names_skip_the_scorer():
    def never(a, b, **_):
        raise AssertionError("scorer called for equal names")

    only(plan_of(Pegawai(1, "AHMAD SUTANTO", nidn="0011223344"), scorer=never), MatchGroup.EXACT)


def test_input_order_is_kept_and_index_reusable():
    index = SdmIndex(SDM)
    people = [
        Pegawai(3, "Siti Rahayu", nidn="0555666777"),
        Pegawai(1, "Ahmad Sutanto", nidn="0011223344"),
    ]
    plan = build_plan(people, index)
    assert [e.pegawai.id for e in plan.exact] == [3, 1]
    assert len(plan) == 2


def test_shortlist_blocks_by_word():
    index = SdmIndex(SDM)
    assert {index.rows[p].id_sdm for p in index.shortlist("budi rahayu")} == {"b-2", "c-3"}
    assert index.shortlist("zzz") == []


def test_nearest_names_are_best_first_and_limited():
    rows = [
        SdmRow(f"s{i}", name)
        for i, name in enumerate(
            ["Budi Santoso", "Budi Santosa", "Budi Hartono", "Joko Santoso", "Budi Sentosa"]
        )
    ]
    suggestions = SdmIndex(rows).nearest("Dr. Budi Santoso, M.T.", limit=3)
    assert [s.sdm.id_sdm for s in suggestions][:1] == ["s0"]
    assert len(suggestions) == 3
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)


def test_birth_date_of_nip():
    from datetime import date

    from sister_desktop.domain.matching import birth_date_of_nip

    assert birth_date_of_nip(" 19800101 200501 1 001") == date(1980, 1, 1)
    assert birth_date_of_nip("19801301200501100") is None  # 17 digits
    assert birth_date_of_nip("198013012005011001") is None  # month 13
    assert birth_date_of_nip(None) is None


def test_sdm_on_campus_by_the_plan_s_identifiers_or_the_name_of_one_without_any():
    by_nidk = Pegawai(1, "Budi Santoso, S.E.", nidk="00-9988-7766")
    by_nip = Pegawai(2, "Someone Else", nip="1980 0101 2005 01 1001")
    no_numbers = Pegawai(3, "Siti Rahayu, S.Pd.")
    assert sdm_on_campus(SDM, [by_nidk]) == {"b-2"}
    assert sdm_on_campus(SDM, [by_nip]) == {"a-1"}
    assert sdm_on_campus(SDM, [no_numbers]) == {"c-3"}
    # A namesake with numbers of its own is another person; nobody matches nobody.
    namesake = Pegawai(4, "Siti Rahayu", nidn="0123456789")
    assert sdm_on_campus(SDM, [namesake]) == set()
    assert sdm_on_campus(SDM, []) == set()
