"""Data SISTER: a pegawai's synced SISTER records per group, his Daftar Riwayat Hidup."""
