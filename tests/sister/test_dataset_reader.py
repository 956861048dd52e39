"""Every dataset of the catalogue read raw over HTTP against the sandbox: lists to their last
page, per semester, details, objects and the photo."""

from __future__ import annotations

import base64

import pytest

from sister_desktop.domain.sister_groups import BY_NAME, DATASETS, PER_PAGE, DatasetKind
from sister_desktop.domain.sister_records import PHOTO_DATA, PHOTO_MEDIA_TYPE
from sister_desktop.sister.client import SisterClient
from sister_desktop.sister.dataset_reader import DatasetReader
from sister_desktop.sister.errors import BadResponse
from tests.sister.helpers import FAST, creds


def _senior(sandbox):
    """The sandbox's most senior lecturer: hundreds of publications, a long career."""
    index = sandbox.world.activities.prolific
    return index, sandbox.world.sdm[index]


def test_every_dataset_of_a_long_career_reads_with_its_details(loop, sandbox):
    index, person = _senior(sandbox)
    bundle = sandbox.world.activities.of(index)
    semester = next(r["id_semester"] for r in bundle.records["pengajaran"])

    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            reader = DatasetReader(client)
            found = {}
            for dataset in DATASETS:
                listed = await reader.rows(
                    dataset, person.id_sdm, semester if dataset.per_semester else None
                )
                detail = None
                if dataset.has_details and listed.rows:
                    detail = await reader.detail(dataset, listed.rows[0]["id"])
                found[dataset.name] = (listed, detail)
            return found

    found = loop.run_until_complete(scenario())
    assert set(found) == {d.name for d in DATASETS}
    profil, _ = found["data_pribadi/profil"]
    assert profil.rows == [person.profil] and profil.requests == 1
    for name in ("penugasan", "publikasi", "pengajaran", "dokumen", "diklat"):
        assert found[name][0].rows, name
    # A detail has more than its list row: the fields the list leaves out.
    listed, detail = found["publikasi"]
    assert set(listed.rows[0]) < set(detail) and detail["id"] == listed.rows[0]["id"]
    # The per-semester list holds that semester only.
    assert {r["id"] for r in found["pengajaran"][0].rows} == {
        r["id"] for r in bundle.records["pengajaran"] if r["id_semester"] == semester
    }
    photo = found["data_pribadi/foto"][0].rows[0]
    assert photo[PHOTO_MEDIA_TYPE] == "image/png"
    assert base64.b64decode(photo[PHOTO_DATA]).startswith(b"\x89PNG")
    assert not BY_NAME["dokumen"].has_details  # its list rows are the whole record


def test_a_paged_list_of_250_records_arrives_whole(loop, sandbox):
    index, person = _senior(sandbox)
    expected = [r["id"] for r in sandbox.world.activities.of(index).records["publikasi"]]
    assert len(expected) >= 250

    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            return await DatasetReader(client).rows(BY_NAME["publikasi"], person.id_sdm)

    listed = loop.run_until_complete(scenario())
    assert [r["id"] for r in listed.rows] == expected
    assert listed.requests == len(expected) // PER_PAGE + 1
    asked = [p for p in sandbox.stats.by_path if p == "/publikasi"]
    assert sandbox.stats.by_path[asked[0]] == listed.requests


def test_a_server_repeating_its_first_page_does_not_keep_the_reader_forever(loop, sandbox):
    _index, person = _senior(sandbox)
    sandbox.faults.repeat_pages = True

    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            return await DatasetReader(client).rows(BY_NAME["publikasi"], person.id_sdm)

    listed = loop.run_until_complete(scenario())
    assert len(listed.rows) == PER_PAGE  # the first page, once
    assert listed.requests == 2  # the repeat is seen on the second page


@pytest.mark.parametrize("kind", ["empty_object", "html", "truncated"])
def test_a_broken_photo_or_profile_is_a_bad_response(loop, sandbox, kind):
    person = sandbox.world.sdm[1]
    sandbox.faults.fail_endpoint("/data_pribadi/foto", person.id_sdm, kind)
    sandbox.faults.fail_endpoint("/data_pribadi/profil", person.id_sdm, "empty_object")

    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            reader = DatasetReader(client)
            errors = []
            for name in ("data_pribadi/foto", "data_pribadi/profil"):
                try:
                    await reader.rows(BY_NAME[name], person.id_sdm)
                except BadResponse as exc:
                    errors.append(exc.endpoint)
            return errors

    errors = loop.run_until_complete(scenario())
    assert errors == [
        f"/data_pribadi/foto/{person.id_sdm}",
        f"/data_pribadi/profil/{person.id_sdm}",
    ]


def test_the_kinds_are_asked_as_the_catalogue_says(loop, sandbox):
    person = sandbox.world.sdm[2]

    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            reader = DatasetReader(client)
            with pytest.raises(ValueError):
                await reader.rows(BY_NAME["bkd/ajar"], person.id_sdm)  # needs its semester
            every = await reader.rows(BY_NAME["pengajaran"], person.id_sdm)  # all semesters
            return every, [
                await reader.rows(d, person.id_sdm)
                for d in DATASETS
                if d.kind is DatasetKind.PERSON_LIST
            ]

    every, (bidang,) = loop.run_until_complete(scenario())
    assert bidang.rows == person.bidang_ilmu
    teaching = sandbox.world.activities.of(2).records["pengajaran"]
    assert teaching and every.requests == 1
    assert {r["id"] for r in every.rows} == {r["id"] for r in teaching}
