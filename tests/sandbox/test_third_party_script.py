"""A campus system's own script, written with nothing but the standard library (as a vendor's
``requests`` script would be), can send a penelitian with its document to the sandbox, change
it keeping the document, delete it, and see each step in the next GETs.

Nothing of SISTER Desktop is used on the client side: the script builds its JSON and its
multipart body by hand, the way the spec describes them.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from typing import Any

from sister_desktop.sandbox.server import SandboxServer


class ThirdPartyScript:
    """What an integrator writes after reading the spec: login, upload, POST, PUT, DELETE."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = ""

    def call(
        self, method: str, path: str, body: Any = None, raw: bytes | None = None, ctype: str = ""
    ) -> tuple[int, Any]:
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        elif raw is not None:
            headers["Content-Type"] = ctype
        request = urllib.request.Request(
            f"{self.base_url}/{path}", data=data, method=method, headers=headers
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                content = answer.read()
                status = answer.status
        except urllib.error.HTTPError as error:
            content = error.read()
            status = error.code
        kind = "json" if content.startswith((b"{", b"[")) else "bytes"
        return status, json.loads(content) if kind == "json" else content

    def login(self, id_pengguna: str, username: str, password: str) -> str:
        status, body = self.call(
            "POST",
            "authorize",
            {"username": username, "password": password, "id_pengguna": id_pengguna},
        )
        assert status == 200, body
        self.token = body["token"]
        return str(body["role"])

    def upload(self, id_sdm: str, name: str, content: bytes) -> str:
        boundary = uuid.uuid4().hex
        parts = []
        for field, value in (("id_sdm", id_sdm), ("id_jenis_dokumen", "3"), ("nama", name)):
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="{name}.pdf"\r\nContent-Type: application/pdf\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
        parts.append(f"--{boundary}--\r\n".encode())
        status, body = self.call(
            "POST",
            "dokumen",
            raw=b"".join(parts),
            ctype=f"multipart/form-data; boundary={boundary}",
        )
        assert status == 200, body
        return str(body["id"])


def _penelitian(id_sdm: str, afiliasi: str, kategori: int, dokumen: list[str]) -> dict[str, Any]:
    """Every field of the body, as the spec wants (optional ones empty)."""
    return {
        "id_kategori_kegiatan": kategori,
        "judul": "Pemetaan kawasan rawan banjir Kota Medan",
        "id_afiliasi": afiliasi,
        "id_kelompok_bidang": None,
        "id_litabmas_sebelumnya": None,
        "id_jenis_skim": None,
        "lokasi": "Kota Medan",
        "tahun_usulan": 2024,
        "tahun_kegiatan": 2025,
        "tahun_pelaksanaan": 2025,
        "lama_kegiatan": 1,
        "tahun_pelaksanaan_ke": 1,
        "dana_dikti": 0,
        "dana_perguruan_tinggi": 15000000,
        "dana_institusi_lain": 0,
        "in_kind": "",
        "sk_penugasan": "112/UN.NM/LPPM/2025",
        "tanggal_sk_penugasan": "2025-02-03",
        "mitra_litabmas": [],
        "anggota_dosen": [{"id_sdm": id_sdm, "aktif": True, "peran": "K"}],
        "anggota_mahasiswa": [],
        "anggota_lain": [],
        "dokumen": dokumen,
    }


def test_a_third_party_script_creates_changes_and_deletes_a_penelitian(
    sandbox: SandboxServer,
) -> None:
    creds = sandbox.credentials
    script = ThirdPartyScript(creds.url)
    assert script.login(creds.id_pengguna, creds.username, creds.password) == "Sister-WS Basic"
    status, people = script.call("GET", "referensi/sdm")
    status, profil = script.call("GET", "referensi/profil_pt")
    id_sdm = people[0]["id_sdm"]
    status, kategori = script.call("GET", "referensi/kategori_kegiatan?tipe=list&menu=penelitian")
    leaf = next(k["id"] for k in kategori if k["parent_id"] is not None)

    doc = script.upload(id_sdm, "Laporan Akhir", b"%PDF-1.4 laporan akhir penelitian")
    status, content = script.call("GET", f"dokumen/{doc}/download")
    assert (status, content) == (200, b"%PDF-1.4 laporan akhir penelitian")

    body = _penelitian(id_sdm, profil["id"], leaf, [doc])
    status, created = script.call("POST", "penelitian", body)
    assert status == 200, created
    record = created["id"]
    status, rows = script.call("GET", f"penelitian?id_sdm={id_sdm}&per_page=1000")
    assert [r["judul"] for r in rows if r["id"] == record] == [body["judul"]]
    status, detail = script.call("GET", f"penelitian/{record}")
    assert [d["id"] for d in detail["dokumen"]] == [doc]

    # The whole record again, the document kept, the title corrected.
    body["judul"] = "Pemetaan kawasan rawan banjir dan longsor Kota Medan"
    status, changed = script.call("PUT", f"penelitian/{record}", body)
    assert status == 200 and changed["judul"] == body["judul"]
    status, detail = script.call("GET", f"penelitian/{record}")
    assert detail["judul"] == body["judul"]
    assert [d["id"] for d in detail["dokumen"]] == [doc]

    status, nothing = script.call("DELETE", f"penelitian/{record}")
    assert (status, nothing) == (204, b"")
    status, gone = script.call("GET", f"penelitian/{record}")
    assert status == 404 and gone["message"] == "Data tidak ditemukan"
    status, rows = script.call("GET", f"penelitian?id_sdm={id_sdm}&per_page=1000")
    assert record not in {r["id"] for r in rows}
    # Written once each: the upload, the POST, the PUT and the DELETE.
    assert [w["method"] for w in sandbox.writes.applied()] == ["POST", "POST", "PUT", "DELETE"]
