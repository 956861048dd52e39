"""The Laporan tab: the Gambaran dosen and the Tabel LKPS."""
