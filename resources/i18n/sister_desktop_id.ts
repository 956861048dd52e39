<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;b&gt;SISTER Desktop&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;SISTER Desktop&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>About SISTER Desktop</source>
            <translation>Tentang SISTER Desktop</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Salin rincian</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Folder data:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Basis data:</translation>
        </message>
        <message>
            <source>Links the campus's pegawai to their records in SISTER and keeps their data in step.</source>
            <translation>Menghubungkan pegawai kampus dengan datanya di SISTER dan menjaga data keduanya tetap selaras.</translation>
        </message>
        <message>
            <source>Log folder:</source>
            <translation>Folder log:</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Buka folder log</translation>
        </message>
        <message>
            <source>Settings folder:</source>
            <translation>Folder pengaturan:</translation>
        </message>
        <message>
            <source>The log folder could not be opened. Open this folder in your file manager yourself: %1</source>
            <translation>Folder log tidak dapat dibuka. Buka folder ini sendiri melalui pengelola berkas: %1</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versi:</translation>
        </message>
    </context>
    <context>
        <name>AjuanPanel</name>
        <message>
            <source>Age (days)</source>
            <translation>Umur (hari)</translation>
        </message>
        <message>
            <source>Ajuan in SISTER</source>
            <translation>Ajuan di SISTER</translation>
        </message>
        <message>
            <source>Ajuan in SISTER: %1 waiting for verification</source>
            <translation>Ajuan di SISTER: %1 menunggu verifikasi</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Diajukan</translation>
        </message>
        <message>
            <source>Usulan</source>
            <translation>Usulan</translation>
        </message>
    </context>
    <context>
        <name>ApplyPreviewDialog</name>
        <message>
            <source>%1 campus values will be replaced by SISTER's. Undo stays possible.</source>
            <translation>%1 nilai kampus akan diganti dengan nilai SISTER. Perubahan tetap bisa dibatalkan.</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Menjadi</translation>
        </message>
        <message>
            <source>Campus now</source>
            <translation>Kampus sekarang</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <source>Terapkan</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Terapkan data SISTER</source>
            <translation>Terapkan data SISTER</translation>
        </message>
    </context>
    <context>
        <name>BelumTerhubungPanel</name>
        <message>
            <source>Add from SISTER</source>
            <extracomment>The width of the name column of the three lists. A campus employee was added and linked: the Pegawai tab should reload.</extracomment>
            <translation>Tambah dari SISTER</translation>
        </message>
        <message>
            <source>Add the selected SDM to the campus list and link it to SISTER</source>
            <translation>Tambahkan SDM terpilih ke daftar pegawai kampus dan hubungkan ke SISTER</translation>
        </message>
        <message>
            <source>Export XLSX</source>
            <translation>Ekspor XLSX</translation>
        </message>
        <message>
            <source>Export the orphan lists</source>
            <translation>Ekspor daftar yang belum terhubung</translation>
        </message>
        <message>
            <source>In SISTER and on campus, not linked yet (%1)</source>
            <translation>Ada di SISTER dan di kampus, belum terhubung (%1)</translation>
        </message>
        <message>
            <source>In SISTER, not on campus (%1)</source>
            <translation>Ada di SISTER, tidak ada di kampus (%1)</translation>
        </message>
        <message>
            <source>Link these in the Pegawai tab (SISTER button), or remove those who left.</source>
            <translation>Hubungkan mereka di tab Pegawai (tombol SISTER), atau hapus yang sudah keluar.</translation>
        </message>
        <message>
            <source>On campus, not linked to SISTER (%1)</source>
            <translation>Ada di kampus, belum terhubung ke SISTER (%1)</translation>
        </message>
        <message>
            <source>Print to PDF</source>
            <translation>Cetak ke PDF</translation>
        </message>
        <message>
            <source>Refresh from SISTER</source>
            <translation>Muat ulang dari SISTER</translation>
        </message>
        <message>
            <source>Their NUPTK, NIDN or NIP, or their name, is on the campus list: link them with Hubungkan Pegawai dan Sister (the SISTER button in the Pegawai tab), which checks the rest, instead of adding them again.</source>
            <translation>NUPTK, NIDN atau NIP-nya, atau namanya, ada di daftar kampus: hubungkan lewat Hubungkan Pegawai dan Sister (tombol SISTER di tab Pegawai) yang memeriksa sisanya, jangan ditambahkan lagi.</translation>
        </message>
    </context>
    <context>
        <name>BidangIlmuDialog</name>
        <message>
            <source>Bidang ilmu — %1</source>
            <extracomment>The referensi list and the body field of a record's kelompok bidang.</extracomment>
            <translation>Bidang ilmu — %1</translation>
        </message>
        <message>
            <source>Reading the record's kelompok bidang from SISTER…</source>
            <translation>Membaca kelompok bidang rekaman ini dari SISTER…</translation>
        </message>
        <message>
            <source>SISTER could not be asked for the record's kelompok bidang: %1 %2</source>
            <translation>Kelompok bidang rekaman ini tidak bisa ditanyakan ke SISTER: %1 %2</translation>
        </message>
        <message>
            <source>Save as draft</source>
            <translation>Simpan sebagai draf</translation>
        </message>
        <message>
            <source>Tick the kelompok bidang of this record. Saving makes a draft usulan: SISTER is asked only when it is approved and sent.</source>
            <extracomment>The list of kelompok bidang once read (tests reach it here).</extracomment>
            <translation>Centang kelompok bidang rekaman ini. Menyimpan membuat usulan draf: SISTER baru ditanya setelah usulan disetujui dan dikirim.</translation>
        </message>
    </context>
    <context>
        <name>CliRuntime</name>
        <message>
            <source>Stopped before the end (Ctrl+C or a stop signal); what was not finished was not saved. Run the command again.</source>
            <translation>Dihentikan sebelum selesai (Ctrl+C atau sinyal berhenti); yang belum selesai tidak disimpan. Jalankan perintah ini lagi.</translation>
        </message>
        <message>
            <source>The environment variable %1 has the value %2, which cannot be used: it must be a number greater than zero. Correct it or remove it to use the saved setting.</source>
            <translation>Variabel lingkungan %1 berisi %2, yang tidak dapat dipakai: nilainya harus angka lebih dari nol. Perbaiki atau hapus variabel itu agar pengaturan yang tersimpan dipakai.</translation>
        </message>
        <message>
            <source>The environment variable %1 has the value %2, which is out of range: it must be between %3 and %4. Correct it or remove it to use the saved setting.</source>
            <translation>Variabel lingkungan %1 berisi %2, yang di luar rentang: nilainya harus antara %3 dan %4. Perbaiki atau hapus variabel itu agar pengaturan yang tersimpan dipakai.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonTexts</name>
        <message>
            <source>%1 differences in %2 of %3 synced pegawai.</source>
            <translation>%1 perbedaan pada %2 dari %3 pegawai yang sudah disinkronkan.</translation>
        </message>
        <message>
            <source>%1 differences in %2 pegawai; %3 SDM in SISTER not on campus; %4 pegawai not linked</source>
            <translation>%1 perbedaan pada %2 pegawai; %3 SDM di SISTER tidak ada di kampus; %4 pegawai belum terhubung</translation>
        </message>
        <message>
            <source>%1 field(s) put back to the campus value.</source>
            <translation>%1 kolom dikembalikan ke nilai kampus.</translation>
        </message>
        <message>
            <source>%1 field(s) were changed again since and keep their newer value.</source>
            <translation>%1 kolom sudah diubah lagi sejak itu dan tetap memakai nilai yang lebih baru.</translation>
        </message>
        <message>
            <source>%1 linked pegawai have not been synced yet.</source>
            <translation>%1 pegawai yang terhubung belum disinkronkan.</translation>
        </message>
        <message>
            <source>%1 was added to the campus list and linked to SISTER. Sync them to compare.</source>
            <translation>%1 ditambahkan ke daftar pegawai kampus dan dihubungkan ke SISTER. Jalankan Sinkronisasi untuk membandingkan.</translation>
        </message>
        <message>
            <source>(nothing in this list)</source>
            <translation>(daftar ini kosong)</translation>
        </message>
        <message>
            <source>--output must end in .xlsx or .pdf</source>
            <translation>--output harus berakhiran .xlsx atau .pdf</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <source>All fields</source>
            <translation>Semua kolom</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>Campus value</source>
            <translation>Nilai kampus</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>Different</source>
            <translation>Berbeda</translation>
        </message>
        <message>
            <source>Dosen</source>
            <translation>Dosen</translation>
        </message>
        <message>
            <source>Dosen or tendik</source>
            <translation>Jenis pegawai</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>In SISTER, can be linked</source>
            <translation>Ada di SISTER, bisa dihubungkan</translation>
        </message>
        <message>
            <source>In SISTER, not on campus</source>
            <translation>Ada di SISTER, tidak ada di kampus</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>The translation context of the titles (``texts/sister_field_texts.py`` looks them up there). ``yyyy-mm-dd``. A lowercase UUID (an ``id_sdm``, a record's or a reference's id). A list of ids (``dokumen``, ``mitra_litabmas``, the kelompok bidang of ``bidang_ilmu``). A list of objects (``anggota_dosen``, ``penulis_mahasiswa``). A number written as text whose leading zeros matter (NIP, NIDN, NIK, a postcode): read without its inner spaces. The English title (``None``: the name made readable, ``texts.sister_field_texts``). The ``referensi/&lt;name&gt;`` list whose ``{id, nama}`` rows name an id of this field. Read in capitals (``jenis_kelamin``: ``L`` or ``P``).</extracomment>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Name in SISTER</source>
            <translation>Nama di SISTER</translation>
        </message>
        <message>
            <source>New assignment</source>
            <translation>Penugasan (homebase) baru</translation>
        </message>
        <message>
            <source>New degree</source>
            <translation>Pendidikan tertinggi baru</translation>
        </message>
        <message>
            <source>New grade</source>
            <translation>Kepangkatan baru</translation>
        </message>
        <message>
            <source>New rank</source>
            <translation>Jabatan fungsional baru</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nilai baru</translation>
        </message>
        <message>
            <source>No SISTER data</source>
            <translation>Belum ada data SISTER</translation>
        </message>
        <message>
            <source>No sync has been run yet: run Sinkronisasi first.</source>
            <translation>Belum pernah ada sinkronisasi: jalankan Sinkronisasi terlebih dahulu.</translation>
        </message>
        <message>
            <source>Not kept by the campus</source>
            <translation>Tidak dicatat oleh kampus</translation>
        </message>
        <message>
            <source>Not linked to SISTER</source>
            <translation>Belum terhubung ke SISTER</translation>
        </message>
        <message>
            <source>Nothing changed in SISTER since the previous sync for this run's pegawai.</source>
            <translation>Tidak ada perubahan di SISTER sejak sinkronisasi sebelumnya untuk pegawai dalam sinkronisasi ini.</translation>
        </message>
        <message>
            <source>Nothing to apply: SISTER has no value for %1. An empty value is never copied over what the campus knows, which is why the row has no tick box.</source>
            <translation>Tidak ada yang diterapkan: SISTER tidak punya nilai untuk %1. Nilai kosong tidak pernah disalin menimpa data kampus, karena itu baris ini tidak punya kotak centang.</translation>
        </message>
        <message>
            <source>Nothing to apply: the campus values already match SISTER.</source>
            <translation>Tidak ada yang perlu diterapkan: nilai kampus sudah sama dengan SISTER.</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Nilai lama</translation>
        </message>
        <message>
            <source>Other data</source>
            <translation>Data lainnya</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Halaman %1 dari %2</translation>
        </message>
        <message>
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <source>Perbandingan</source>
            <translation>Perbandingan</translation>
        </message>
        <message>
            <source>Perguruan tinggi: %1 · Printed %2 by %3</source>
            <translation>Perguruan tinggi: %1 · Dicetak %2 oleh %3</translation>
        </message>
        <message>
            <source>SDM type</source>
            <translation>Jenis SDM</translation>
        </message>
        <message>
            <source>SISTER Desktop monitoring report</source>
            <translation>Laporan monitoring SISTER Desktop</translation>
        </message>
        <message>
            <source>SISTER has no value here: nothing to copy, the campus value stays.</source>
            <translation>SISTER tidak punya nilai di sini: tidak ada yang disalin, nilai kampus tetap.</translation>
        </message>
        <message>
            <source>SISTER value</source>
            <translation>Nilai SISTER</translation>
        </message>
        <message>
            <source>SISTER value applied</source>
            <translation>Nilai SISTER diterapkan</translation>
        </message>
        <message>
            <source>SISTER's list no longer holds this SDM. Refresh the list and try again.</source>
            <translation>Daftar SISTER tidak lagi memuat SDM ini. Muat ulang daftar lalu coba lagi.</translation>
        </message>
        <message>
            <source>SISTER's list of SDM could not be fetched, so the orphan lists are empty. Check the connection in Settings (Cek Service) and try again.</source>
            <translation>Daftar SDM dari SISTER tidak dapat diambil, sehingga daftar data tanpa pasangan kosong. Periksa koneksi di Pengaturan (Cek Service) lalu coba lagi.</translation>
        </message>
        <message>
            <source>SISTER's value copied into %1 field(s). Undo it from the history below.</source>
            <translation>Nilai SISTER disalin ke %1 kolom. Batalkan melalui riwayat di bawah.</translation>
        </message>
        <message>
            <source>Same</source>
            <translation>Sama</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Status berubah</translation>
        </message>
        <message>
            <source>Tendik</source>
            <translation>Tendik</translation>
        </message>
        <message>
            <source>That pegawai was deleted meanwhile (another window or workstation). Nothing was changed; refresh the list.</source>
            <translation>Pegawai itu sudah dihapus sementara ini (di jendela atau komputer lain). Tidak ada yang diubah; muat ulang daftar.</translation>
        </message>
        <message>
            <source>This SDM is already linked to %1. Nothing was added.</source>
            <translation>SDM ini sudah terhubung dengan %1. Tidak ada yang ditambahkan.</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <source>Unit kerja</source>
            <translation>Unit kerja</translation>
        </message>
        <message>
            <source>Unit kerja / homebase</source>
            <translation>Unit kerja / homebase</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Yang berubah</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Written to %1</source>
            <translation>Ditulis ke %1</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>dibatalkan</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Log file: %1</source>
            <translation>Berkas log: %1</translation>
        </message>
        <message>
            <source>Something went wrong inside SISTER Desktop. Your data is safe; the last action may not have finished. Try it again; if it happens again, send the log file to your support staff.</source>
            <translation>Terjadi kesalahan di dalam SISTER Desktop. Data Anda aman; tindakan terakhir mungkin belum selesai. Coba lagi; jika terulang, kirim berkas log ke petugas dukungan.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Kesalahan tak terduga</translation>
        </message>
    </context>
    <context>
        <name>DataSisterActions</name>
        <message>
            <source>Curriculum vitae…</source>
            <translation>Daftar Riwayat Hidup…</translation>
        </message>
        <message>
            <source>Data SISTER…</source>
            <extracomment>A Data SISTER window drafted usulan (Tambah…, Ubah…, Hapus… or Impor riwayat…). The Data SISTER windows open now (one per pegawai; tests find them here).</extracomment>
            <translation>Data SISTER…</translation>
        </message>
        <message>
            <source>Every record synced from SISTER for this pegawai</source>
            <translation>Semua data pegawai ini yang sudah disinkronkan dari SISTER</translation>
        </message>
        <message>
            <source>Select a pegawai first.</source>
            <translation>Pilih pegawai terlebih dahulu.</translation>
        </message>
        <message>
            <source>Select or tick the pegawai first.</source>
            <translation>Pilih atau centang pegawai terlebih dahulu.</translation>
        </message>
        <message>
            <source>The CV from the synced data as PDF; with pegawai ticked, one PDF each</source>
            <translation>Daftar riwayat hidup dari data tersinkron sebagai PDF; bila ada pegawai yang dicentang, satu PDF per pegawai</translation>
        </message>
    </context>
    <context>
        <name>DataSisterWindow</name>
        <message>
            <source>%1 usulan drafted: approve them on the Usulan page.</source>
            <translation>%1 usulan dibuat sebagai draf: setujui di halaman Usulan.</translation>
        </message>
        <message>
            <source>Change photo…</source>
            <extracomment>The detail dialog open right now (tests find it here). Tambah…, Ubah…, Hapus… of this pegawai's records (draf usulan). The pegawai's ajuan in SISTER (hidden while there is none).</extracomment>
            <translation>Ganti foto…</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>Impor riwayat…: usulan from a spreadsheet (any pegawai's, by their column).</extracomment>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Curriculum vitae (PDF)…</source>
            <translation>Daftar Riwayat Hidup (PDF)…</translation>
        </message>
        <message>
            <source>DRH to Excel…</source>
            <translation>DRH ke Excel…</translation>
        </message>
        <message>
            <source>Data SISTER</source>
            <extracomment>Height of the pas foto beside the name (a 3×4 photo, small enough for a 768-line screen). The groups in the order of the list (the sync's own order).</extracomment>
            <translation>Data SISTER</translation>
        </message>
        <message>
            <source>Data SISTER — %1</source>
            <translation>Data SISTER — %1</translation>
        </message>
        <message>
            <source>Photo from SISTER</source>
            <translation>Foto dari SISTER</translation>
        </message>
        <message>
            <source>Propose a new photo (JPG or PNG) to SISTER: a draft usulan</source>
            <translation>Usulkan pas foto baru (JPG atau PNG) ke SISTER: menjadi usulan draf</translation>
        </message>
        <message>
            <source>Show records removed from SISTER</source>
            <translation>Tampilkan data yang sudah dihapus dari SISTER</translation>
        </message>
        <message>
            <source>This pegawai no longer exists.</source>
            <translation>Pegawai ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>not linked to SISTER</source>
            <translation>belum terhubung Sister</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>belum disinkronkan</translation>
        </message>
        <message>
            <source>synced %1</source>
            <translation>disinkronkan %1</translation>
        </message>
    </context>
    <context>
        <name>DatabaseTexts</name>
        <message>
            <source>Another program is writing to the database file and keeps it locked.</source>
            <translation>Program lain sedang menulis ke berkas basis data dan menguncinya.</translation>
        </message>
        <message>
            <source>Check that the PostgreSQL server is running and reachable, then run it again; the unfinished part was undone, and a sync resumes where it stopped.</source>
            <translation>Pastikan server PostgreSQL berjalan dan dapat dihubungi, lalu jalankan lagi; bagian yang belum selesai sudah dibatalkan, dan sinkronisasi berlanjut dari titik terakhir.</translation>
        </message>
        <message>
            <source>Close the other program (a second SISTER Desktop, a database browser, a backup tool) and run it again; nothing was half-saved, and a sync resumes where it stopped.</source>
            <translation>Tutup program lain itu (SISTER Desktop kedua, penjelajah basis data, alat cadangan) lalu jalankan lagi; tidak ada yang tersimpan setengah, dan sinkronisasi berlanjut dari titik terakhir.</translation>
        </message>
        <message>
            <source>For a shared PostgreSQL database check that the server is running and reachable from this computer; for a file, check that the folder exists and that you may write to it.</source>
            <translation>Untuk basis data PostgreSQL bersama, pastikan servernya berjalan dan dapat dihubungi dari komputer ini; untuk berkas, pastikan foldernya ada dan Anda boleh menulis ke dalamnya.</translation>
        </message>
        <message>
            <source>Install the newer version on this computer (ask your IT staff). Nothing in the database was changed.</source>
            <translation>Pasang versi yang lebih baru di komputer ini (minta bantuan staf TI). Tidak ada yang diubah di basis data.</translation>
        </message>
        <message>
            <source>Nothing was changed; a copy of a database file was kept beside it. Send the log file to your support staff.</source>
            <translation>Tidak ada yang diubah; salinan berkas basis data disimpan di sebelahnya. Kirim berkas log ke petugas dukungan.</translation>
        </message>
        <message>
            <source>Send the log file to support staff.</source>
            <translation>Kirim berkas log ke petugas dukungan.</translation>
        </message>
        <message>
            <source>Stop using this file and restore the latest backup copy (or the copy kept beside it before an update); ask your IT staff, and send them the log file.</source>
            <translation>Berhenti memakai berkas ini dan pulihkan salinan cadangan terakhir (atau salinan yang disimpan di sebelahnya sebelum pembaruan); minta bantuan staf TI, dan kirimkan berkas log kepada mereka.</translation>
        </message>
        <message>
            <source>The connection to the database server broke off during the work.</source>
            <translation>Sambungan ke server basis data terputus di tengah pekerjaan.</translation>
        </message>
        <message>
            <source>The database address is not one SISTER Desktop can use.</source>
            <translation>Alamat basis data ini tidak dapat dipakai oleh SISTER Desktop.</translation>
        </message>
        <message>
            <source>The database could not be brought up to this version.</source>
            <translation>Basis data tidak dapat diperbarui ke versi ini.</translation>
        </message>
        <message>
            <source>The database file is damaged.</source>
            <translation>Berkas basis data rusak.</translation>
        </message>
        <message>
            <source>The local database cannot be opened.</source>
            <translation>Basis data lokal tidak dapat dibuka.</translation>
        </message>
        <message>
            <source>The local database reported a problem.</source>
            <translation>Basis data lokal melaporkan masalah.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of SISTER Desktop.</source>
            <translation>Basis data ini ditulis oleh versi SISTER Desktop yang lebih baru.</translation>
        </message>
        <message>
            <source>Use sqlite:///path/to/file.db or postgresql+psycopg://user@host/database in --db or SISTER_DESKTOP_DB, or remove it to use the default file.</source>
            <translation>Gunakan sqlite:///path/ke/berkas.db atau postgresql+psycopg://user@host/database pada --db atau SISTER_DESKTOP_DB, atau hapus isian itu untuk memakai berkas bawaan.</translation>
        </message>
    </context>
    <context>
        <name>DokumenEditor</name>
        <message>
            <source>A PDF, JPG or PNG file</source>
            <translation>Berkas PDF, JPG atau PNG</translation>
        </message>
        <message>
            <source>A link starts with http:// or https://.</source>
            <translation>Tautan diawali http:// atau https://.</translation>
        </message>
        <message>
            <source>Add link</source>
            <translation>Tambah tautan</translation>
        </message>
        <message>
            <source>Attach a document</source>
            <translation>Lampirkan dokumen</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Lampirkan berkas…</translation>
        </message>
        <message>
            <source>Detach this document from the record in SISTER when the usulan is sent</source>
            <translation>Lepaskan dokumen ini dari data di SISTER saat usulan dikirim</translation>
        </message>
        <message>
            <source>Do not upload this document</source>
            <translation>Jangan unggah dokumen ini</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>What SISTER takes as a document file. The file dialog while it is open (tests reach it here).</extracomment>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>Dokumen (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Pertahankan</translation>
        </message>
        <message>
            <source>Keep this document with the record in SISTER</source>
            <translation>Pertahankan dokumen ini pada data di SISTER</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Only an existing PDF, JPG or PNG file can be attached.</source>
            <translation>Hanya berkas PDF, JPG atau PNG yang ada yang dapat dilampirkan.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <source>Supporting document</source>
            <translation>Dokumen pendukung</translation>
        </message>
        <message>
            <source>in SISTER, kept</source>
            <translation>di SISTER, tetap</translation>
        </message>
        <message>
            <source>in SISTER, to be removed</source>
            <translation>di SISTER, akan dilepas</translation>
        </message>
        <message>
            <source>link to send</source>
            <translation>tautan akan dikirim</translation>
        </message>
        <message>
            <source>name (the file's by default)</source>
            <translation>nama (bawaan: nama berkas)</translation>
        </message>
        <message>
            <source>or a link: https://…</source>
            <translation>atau tautan: https://…</translation>
        </message>
        <message>
            <source>to upload</source>
            <translation>akan diunggah</translation>
        </message>
    </context>
    <context>
        <name>DrhTexts</name>
        <message>
            <source>%1 (TMT %2)</source>
            <translation>%1 (TMT %2)</translation>
        </message>
        <message>
            <source>%1 Daftar Riwayat Hidup written to %2</source>
            <translation>%1 Daftar Riwayat Hidup ditulis ke %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <extracomment>When the newest of the data was synced (``None``: never synced). The pas foto SISTER holds (image bytes), printed beside the identity.</extracomment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Current rank and position</source>
            <translation>Jabatan dan pangkat sekarang</translation>
        </message>
        <message>
            <source>Daftar Riwayat Hidup</source>
            <extracomment>The groups whose histories a CV holds, in its order (documents and BKD are no CV).</extracomment>
            <translation>Daftar Riwayat Hidup</translation>
        </message>
        <message>
            <source>Daftar Riwayat Hidup written to %1</source>
            <translation>Daftar Riwayat Hidup ditulis ke %1</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Highest education</source>
            <translation>Pendidikan terakhir</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identitas</translation>
        </message>
        <message>
            <source>Laki-laki</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>No pegawai with id %1.</source>
            <translation>Tidak ada pegawai dengan id %1.</translation>
        </message>
        <message>
            <source>Perempuan</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Perguruan tinggi: %1 · SISTER data as of %2 · Printed %3</source>
            <translation>Perguruan tinggi: %1 · Data SISTER per %2 · Dicetak %3</translation>
        </message>
        <message>
            <source>Place and date of birth</source>
            <translation>Tempat, tanggal lahir</translation>
        </message>
        <message>
            <source>The output must be a .pdf or .xlsx file.</source>
            <translation>Berkas keluaran harus .pdf atau .xlsx.</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Isi</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>belum disinkronkan</translation>
        </message>
    </context>
    <context>
        <name>ErrorTexts</name>
        <message>
            <source>%1 could not be written: check that you may write to that folder and that the file is not open in another program; the previous file, if any, was kept.</source>
            <translation>%1 tidak dapat ditulis: pastikan Anda boleh menulis ke folder itu dan berkasnya tidak sedang dibuka di program lain; berkas sebelumnya, jika ada, tetap disimpan.</translation>
        </message>
        <message>
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>%1 adalah folder: berikan nama berkas yang akan ditulis.</translation>
        </message>
        <message>
            <source>%1 is not an ordinary file (a link, a device or a pipe) and was left alone: choose another file name.</source>
            <translation>%1 bukan berkas biasa (tautan, perangkat, atau pipe) dan tidak diubah: pilih nama berkas lain.</translation>
        </message>
        <message>
            <source>Account role</source>
            <translation>Peran akun</translation>
        </message>
        <message>
            <source>Another workstation took over the sync.</source>
            <translation>Komputer lain mengambil alih sinkronisasi.</translation>
        </message>
        <message>
            <source>Ask the Admin PT to give this user the Developer + Sister-WS Basic role (one role, not multi-role) in the ministry's access management.</source>
            <translation>Minta Admin PT memberi pengguna ini peran Developer + Sister-WS Basic (satu peran, bukan multi-role) di manajemen akses kementerian.</translation>
        </message>
        <message>
            <source>Check the Proxy field (address and port) with the campus IT staff, or empty it if this network needs no proxy; then try Cek Service again.</source>
            <translation>Periksa isian Proxy (alamat dan port) bersama staf TI kampus, atau kosongkan jika jaringan ini tidak memerlukan proxy; lalu jalankan Cek Service lagi.</translation>
        </message>
        <message>
            <source>Check the URL for typos and that this computer is online; on a campus network a proxy may be needed (field Proxy).</source>
            <translation>Periksa salah ketik pada URL dan pastikan komputer ini tersambung ke internet; di jaringan kampus mungkin perlu proxy (isian Proxy).</translation>
        </message>
        <message>
            <source>Check the internet connection, the campus firewall and the Proxy field; then try Cek Service again.</source>
            <translation>Periksa koneksi internet, firewall kampus, dan isian Proxy; lalu jalankan Cek Service lagi.</translation>
        </message>
        <message>
            <source>Check the link of this pegawai to SISTER (id_sdm).</source>
            <translation>Periksa hubungan pegawai ini dengan SISTER (id_sdm).</translation>
        </message>
        <message>
            <source>Choose Production or Sandbox, or check that a custom URL ends with /ws.php/1.0 (or /ws-sandbox.php/1.0).</source>
            <translation>Pilih Production atau Sandbox, atau pastikan URL kustom berakhiran /ws.php/1.0 (atau /ws-sandbox.php/1.0).</translation>
        </message>
        <message>
            <source>Choose Production or Sandbox.</source>
            <translation>Pilih Production atau Sandbox.</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Jam</translation>
        </message>
        <message>
            <source>Copy the URL again from SISTER's documentation.</source>
            <translation>Salin ulang URL dari dokumentasi SISTER.</translation>
        </message>
        <message>
            <source>Copy the three values again from SISTER's Sandbox page: the password is case-sensitive and may have been regenerated.</source>
            <translation>Salin ulang ketiga nilai dari halaman Sandbox di SISTER: password membedakan huruf besar-kecil dan mungkin sudah dibuat ulang.</translation>
        </message>
        <message>
            <source>Data call (/referensi/profil_pt)</source>
            <translation>Pengambilan data (/referensi/profil_pt)</translation>
        </message>
        <message>
            <source>Disk full: %1 could not be written. Free some space on the disk (or choose another one) and try again; the previous file, if any, was kept.</source>
            <translation>Disk penuh: %1 tidak dapat ditulis. Kosongkan sebagian ruang di disk (atau pilih disk lain) lalu coba lagi; berkas sebelumnya, jika ada, tetap disimpan.</translation>
        </message>
        <message>
            <source>Disk full: the work could not be saved and was undone. Free some space on the disk that holds the database and the logs, then run it again (a sync resumes where it stopped).</source>
            <translation>Disk penuh: pekerjaan tidak dapat disimpan dan dibatalkan. Kosongkan sebagian ruang di disk tempat basis data dan log berada, lalu jalankan lagi (sinkronisasi berlanjut dari titik terakhir).</translation>
        </message>
        <message>
            <source>ID Pengguna</source>
            <translation>ID Pengguna</translation>
        </message>
        <message>
            <source>If the campus network inspects HTTPS, ask IT to install its root certificate on this computer. Verification is never switched off.</source>
            <translation>Jika jaringan kampus memeriksa lalu lintas HTTPS, minta bagian TI memasang sertifikat akarnya di komputer ini. Verifikasi sertifikat tidak pernah dimatikan.</translation>
        </message>
        <message>
            <source>It is not sent again by itself: run kirim --periksa to look for it in SISTER.</source>
            <translation>Perubahan ini tidak dikirim ulang dengan sendirinya: jalankan kirim --periksa untuk mencarinya di SISTER.</translation>
        </message>
        <message>
            <source>Login (/authorize)</source>
            <translation>Login (/authorize)</translation>
        </message>
        <message>
            <source>Not linked to SISTER (Terhubung Sister: no); link the pegawai first.</source>
            <translation>Belum terhubung ke SISTER (Terhubung Sister: tidak); hubungkan dulu pegawainya.</translation>
        </message>
        <message>
            <source>Nothing of his data was saved this time; the other pegawai were synced. Send the log file to support.</source>
            <translation>Data pegawai ini tidak disimpan kali ini; pegawai lainnya sudah disinkronkan. Kirim berkas log ke bagian dukungan.</translation>
        </message>
        <message>
            <source>Nothing of the old link was saved; sync this pegawai again.</source>
            <translation>Data dari hubungan lama tidak disimpan; sinkronkan pegawai ini lagi.</translation>
        </message>
        <message>
            <source>Open the Settings tab, fill in every field and press Save.</source>
            <translation>Buka tab Pengaturan, isi semua kolom, lalu tekan Simpan.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <source>Read SISTER's message below; the account may lack the right role.</source>
            <translation>Baca pesan dari SISTER di bawah; mungkin akun ini tidak memiliki peran yang sesuai.</translation>
        </message>
        <message>
            <source>Requests at once</source>
            <translation>Permintaan bersamaan</translation>
        </message>
        <message>
            <source>Requests per second</source>
            <translation>Permintaan per detik</translation>
        </message>
        <message>
            <source>SISTER answered this list with more records than any career holds.</source>
            <translation>SISTER menjawab daftar ini dengan lebih banyak data daripada yang mungkin dimiliki satu riwayat karier.</translation>
        </message>
        <message>
            <source>SISTER did not answer in time.</source>
            <translation>SISTER tidak menjawab tepat waktu.</translation>
        </message>
        <message>
            <source>SISTER has no such record.</source>
            <translation>Data tersebut tidak ada di SISTER.</translation>
        </message>
        <message>
            <source>SISTER is limiting requests from this account for a while.</source>
            <translation>SISTER sedang membatasi permintaan dari akun ini untuk sementara.</translation>
        </message>
        <message>
            <source>SISTER refused the ID Pengguna, username or password.</source>
            <translation>SISTER menolak ID Pengguna, username, atau password.</translation>
        </message>
        <message>
            <source>SISTER refused this data call even right after a fresh login.</source>
            <translation>SISTER menolak permintaan data ini, bahkan tepat setelah login ulang.</translation>
        </message>
        <message>
            <source>SISTER refused this request.</source>
            <translation>SISTER menolak permintaan ini.</translation>
        </message>
        <message>
            <source>SISTER reported an error on its side.</source>
            <translation>SISTER melaporkan kesalahan di sisi server.</translation>
        </message>
        <message>
            <source>SISTER said: “%1”</source>
            <translation>Pesan SISTER: “%1”</translation>
        </message>
        <message>
            <source>SISTER sent an answer the program cannot read.</source>
            <translation>SISTER mengirim jawaban yang tidak dapat dibaca program.</translation>
        </message>
        <message>
            <source>SISTER sent characters no database or spreadsheet can keep (control characters or broken Unicode); they were replaced by %1.</source>
            <translation>SISTER mengirim karakter yang tidak dapat disimpan basis data maupun lembar kerja (karakter kontrol atau Unicode rusak); karakter itu diganti dengan %1.</translation>
        </message>
        <message>
            <source>Secure connection (TLS)</source>
            <translation>Koneksi aman (TLS)</translation>
        </message>
        <message>
            <source>Sending changes to SISTER is switched off for this database.</source>
            <translation>Kirim perubahan ke SISTER dimatikan untuk basis data ini.</translation>
        </message>
        <message>
            <source>Server name (DNS)</source>
            <translation>Nama server (DNS)</translation>
        </message>
        <message>
            <source>Server reachable (HTTP)</source>
            <translation>Server dapat dihubungi (HTTP)</translation>
        </message>
        <message>
            <source>Set the date, time and time zone of this computer automatically.</source>
            <translation>Atur tanggal, jam, dan zona waktu komputer ini secara otomatis.</translation>
        </message>
        <message>
            <source>Switch it on in Pengaturan, or run kirim --izinkan on.</source>
            <translation>Aktifkan di Pengaturan, atau jalankan kirim --izinkan on.</translation>
        </message>
        <message>
            <source>The ID Pengguna, username and password are right (the login succeeded); the account's role may lack the rights for this data. Ask the Admin PT to check the Sister-WS role; the other data were fetched.</source>
            <translation>ID Pengguna, username, dan password sudah benar (login berhasil); peran akun ini mungkin tidak memiliki hak atas data ini. Minta Admin PT memeriksa peran Sister-WS; data lainnya tetap diambil.</translation>
        </message>
        <message>
            <source>The SISTER server cannot be reached.</source>
            <translation>Server SISTER tidak dapat dihubungi.</translation>
        </message>
        <message>
            <source>The URL does not end with /ws.php/1.0 or /ws-sandbox.php/1.0.</source>
            <translation>URL tidak berakhiran /ws.php/1.0 atau /ws-sandbox.php/1.0.</translation>
        </message>
        <message>
            <source>The URL has no server name.</source>
            <translation>URL tidak memuat nama server.</translation>
        </message>
        <message>
            <source>The URL is empty.</source>
            <translation>URL masih kosong.</translation>
        </message>
        <message>
            <source>The URL must start with https://.</source>
            <translation>URL harus diawali https://.</translation>
        </message>
        <message>
            <source>The URL uses http:// to another computer; only https:// is safe.</source>
            <translation>URL memakai http:// ke komputer lain; hanya https:// yang aman.</translation>
        </message>
        <message>
            <source>The account's role is not a Sister-WS role.</source>
            <translation>Peran akun ini bukan peran Sister-WS.</translation>
        </message>
        <message>
            <source>The address answers, but it is not the SISTER web service.</source>
            <translation>Alamat tersebut menjawab, tetapi bukan web service SISTER.</translation>
        </message>
        <message>
            <source>The answer was not kept and its details were not asked; the other data were fetched. Try again later; if it stays, report it to SISTER's operator.</source>
            <translation>Jawaban ini tidak disimpan dan rinciannya tidak diminta; data lainnya sudah diambil. Coba lagi nanti; bila tetap terjadi, laporkan ke operator SISTER.</translation>
        </message>
        <message>
            <source>The change may have reached SISTER, but no answer came back.</source>
            <translation>Perubahan mungkin sudah sampai di SISTER, tetapi tidak ada jawaban yang kembali.</translation>
        </message>
        <message>
            <source>The folder of %1 does not exist. Check the path, or create the folder first.</source>
            <translation>Folder untuk %1 tidak ada. Periksa path-nya, atau buat foldernya terlebih dahulu.</translation>
        </message>
        <message>
            <source>The local database refused a value of this pegawai's SISTER data.</source>
            <translation>Basis data lokal menolak salah satu nilai data SISTER pegawai ini.</translation>
        </message>
        <message>
            <source>The pegawai was linked to another SISTER person while his data was fetched.</source>
            <translation>Pegawai ini dihubungkan ke SDM SISTER lain saat datanya sedang diambil.</translation>
        </message>
        <message>
            <source>The proxy named in Settings cannot be reached.</source>
            <translation>Proxy yang diisi di Pengaturan tidak dapat dihubungi.</translation>
        </message>
        <message>
            <source>The rest of the data was saved; ask SISTER's operator to correct the text.</source>
            <translation>Data lainnya sudah disimpan; minta operator SISTER memperbaiki teks tersebut.</translation>
        </message>
        <message>
            <source>The secure connection to SISTER failed (certificate not trusted).</source>
            <translation>Koneksi aman ke SISTER gagal (sertifikat tidak dipercaya).</translation>
        </message>
        <message>
            <source>The server may be busy (often near reporting deadlines). Try again in a few minutes; SISTER advises heavy work on Tuesday and Friday, 10:00–15:00 WIB.</source>
            <translation>Server mungkin sedang sibuk (sering terjadi menjelang batas waktu pelaporan). Coba lagi beberapa menit lagi; SISTER menyarankan pekerjaan besar pada hari Selasa dan Jumat, pukul 10.00–15.00 WIB.</translation>
        </message>
        <message>
            <source>The server name cannot be found.</source>
            <translation>Nama server tidak ditemukan.</translation>
        </message>
        <message>
            <source>The server said: “%1”</source>
            <translation>Jawaban server: “%1”</translation>
        </message>
        <message>
            <source>The service may be under maintenance. Try again later; the log file has the first bytes of the answer.</source>
            <translation>Layanan mungkin sedang dalam pemeliharaan. Coba lagi nanti; berkas log memuat bagian awal jawabannya.</translation>
        </message>
        <message>
            <source>The web-service settings are not complete.</source>
            <translation>Pengaturan web service belum lengkap.</translation>
        </message>
        <message>
            <source>This computer's clock differs from SISTER's.</source>
            <translation>Jam komputer ini berbeda dengan jam SISTER.</translation>
        </message>
        <message>
            <source>This id_sdm is not in SISTER's SDM list of the PT (moved or removed?).</source>
            <translation>id_sdm ini tidak ada di daftar SDM PT di SISTER (pindah atau dihapus?).</translation>
        </message>
        <message>
            <source>Try again later; if it persists, report it with the log file.</source>
            <translation>Coba lagi nanti; jika terus terjadi, laporkan dengan melampirkan berkas log.</translation>
        </message>
        <message>
            <source>Try again; see the log file.</source>
            <translation>Coba lagi; lihat berkas log.</translation>
        </message>
        <message>
            <source>URL Webservice</source>
            <translation>URL Webservice</translation>
        </message>
        <message>
            <source>URL shape</source>
            <translation>Bentuk URL</translation>
        </message>
        <message>
            <source>Unexpected problem talking to SISTER.</source>
            <translation>Masalah tak terduga saat berkomunikasi dengan SISTER.</translation>
        </message>
        <message>
            <source>Use the https:// address.</source>
            <translation>Gunakan alamat https://.</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Usually the version path is part of the URL; check it if the next steps fail.</source>
            <translation>Biasanya URL memuat path versi; periksa URL jika langkah berikutnya gagal.</translation>
        </message>
        <message>
            <source>Wait until the time shown, then continue; lower the requests per second in Settings if it happens often.</source>
            <translation>Tunggu sampai waktu yang tertera, lalu lanjutkan; turunkan permintaan per detik di Pengaturan jika sering terjadi.</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>diterima</translation>
        </message>
        <message>
            <source>checked through the proxy</source>
            <translation>diperiksa melalui proxy</translation>
        </message>
        <message>
            <source>difference %1 s</source>
            <translation>selisih %1 detik</translation>
        </message>
        <message>
            <source>has no server name</source>
            <translation>tidak memuat nama server</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>harus antara %1 dan %2</translation>
        </message>
        <message>
            <source>must be the UUID from SISTER's Sandbox page, like 1b2c3d4e-0000-4a5b-8c9d-0123456789ab</source>
            <translation>harus berupa UUID dari halaman Sandbox di SISTER, misalnya 1b2c3d4e-0000-4a5b-8c9d-0123456789ab</translation>
        </message>
        <message>
            <source>must start with http://, https:// or socks5://</source>
            <translation>harus diawali http://, https://, atau socks5://</translation>
        </message>
        <message>
            <source>must start with https://</source>
            <translation>harus diawali https://</translation>
        </message>
        <message>
            <source>must use https:// (http:// only for this computer)</source>
            <translation>harus memakai https:// (http:// hanya untuk komputer ini)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>tidak diperiksa</translation>
        </message>
        <message>
            <source>not used (http:// on this computer)</source>
            <translation>tidak dipakai (http:// di komputer ini)</translation>
        </message>
        <message>
            <source>required</source>
            <translation>wajib diisi</translation>
        </message>
        <message>
            <source>the server answers (HTTP %1)</source>
            <translation>server menjawab (HTTP %1)</translation>
        </message>
        <message>
            <source>the server answers and asks for a login, as expected</source>
            <translation>server menjawab dan meminta login, sesuai harapan</translation>
        </message>
    </context>
    <context>
        <name>GambaranDosenPage</name>
        <message>
            <source>%1: %2 — %3 pegawai</source>
            <translation>%1: %2 — %3 pegawai</translation>
        </message>
        <message>
            <source>Click a bar to list its pegawai.</source>
            <translation>Klik sebuah batang untuk melihat pegawainya.</translation>
        </message>
        <message>
            <source>Click a bar, then choose a pegawai.</source>
            <translation>Klik sebuah batang, lalu pilih seorang pegawai.</translation>
        </message>
        <message>
            <source>Data SISTER…</source>
            <translation>Data SISTER…</translation>
        </message>
        <message>
            <source>Dosen of:</source>
            <translation>Dosen dari:</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Simpan PDF…</translation>
        </message>
        <message>
            <source>Save XLSX…</source>
            <translation>Simpan XLSX…</translation>
        </message>
        <message>
            <source>Whole PT</source>
            <translation>Seluruh PT</translation>
        </message>
    </context>
    <context>
        <name>GroupPage</name>
        <message>
            <source>Last synced %1 · %2</source>
            <translation>Terakhir disinkronkan %1 · %2</translation>
        </message>
        <message>
            <source>Not synced yet: this group has not been synced for this pegawai yet. Tick it in Settings (Data to sync) and run a sync.</source>
            <translation>belum disinkronkan: kelompok data ini belum pernah disinkronkan untuk pegawai ini. Centang di Pengaturan (Data yang disinkronkan) lalu jalankan Sinkronisasi.</translation>
        </message>
    </context>
    <context>
        <name>HistorySection</name>
        <message>
            <source>Add…</source>
            <extracomment>Rows a history table shows before it scrolls inside. Each column's width for its values (at most 360 px), before the page's width.</extracomment>
            <translation>Tambah…</translation>
        </message>
        <message>
            <source>Bidang ilmu…</source>
            <translation>Bidang ilmu…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Hapus…</translation>
        </message>
        <message>
            <source>Propose a change of the selected record (a draft usulan)</source>
            <translation>Usulkan perubahan data yang dipilih (usulan draf)</translation>
        </message>
        <message>
            <source>Propose a new record to SISTER (a draft usulan)</source>
            <translation>Usulkan data baru ke SISTER (usulan draf)</translation>
        </message>
        <message>
            <source>Propose deleting the selected record (a draft usulan)</source>
            <translation>Usulkan penghapusan data yang dipilih (usulan draf)</translation>
        </message>
        <message>
            <source>Propose the kelompok bidang of the selected record (a draft usulan)</source>
            <translation>Usulkan kelompok bidang rekaman yang dipilih (usulan draf)</translation>
        </message>
        <message>
            <source>Select a record first.</source>
            <translation>Pilih data terlebih dahulu.</translation>
        </message>
        <message>
            <source>Synced %1</source>
            <translation>Disinkronkan %1</translation>
        </message>
        <message>
            <source>The last sync of this data failed (%1); shown as before</source>
            <translation>Sinkronisasi terakhir data ini gagal (%1); yang tampil data sebelumnya</translation>
        </message>
        <message>
            <source>no records</source>
            <translation>tidak ada data</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>belum disinkronkan</translation>
        </message>
        <message>
            <source>pending: waiting for verification in SISTER</source>
            <translation>ajuan: menunggu verifikasi di SISTER</translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <source>A change request (ajuan) for this record waits for verification</source>
            <translation>Ada ajuan perubahan data ini yang menunggu verifikasi</translation>
        </message>
        <message>
            <source>Ajuan: a change request waiting for verification</source>
            <translation>Ajuan: perubahan yang menunggu verifikasi</translation>
        </message>
        <message>
            <source>Double-click for the full record</source>
            <translation>Klik dua kali untuk rincian lengkap</translation>
        </message>
        <message>
            <source>Removed from SISTER since %1</source>
            <extracomment>The role that gives a cell's value for sorting (numbers as numbers, dates as ISO text). The role that gives the row's ``SisterRecord``.</extracomment>
            <translation>Dihapus dari SISTER sejak %1</translation>
        </message>
    </context>
    <context>
        <name>ImporRiwayatAction</name>
        <message>
            <source>Draft usulan from a spreadsheet of records (Download template for its columns)</source>
            <translation>Buat usulan draf dari lembar kerja riwayat (Unduh templat untuk kolomnya)</translation>
        </message>
        <message>
            <source>Import records…</source>
            <extracomment>Usulan were drafted from a file (how many). The Impor riwayat dialog while it is open (tests reach it here).</extracomment>
            <translation>Impor riwayat…</translation>
        </message>
    </context>
    <context>
        <name>ImporRiwayatDialog</name>
        <message>
            <source>Choose the file…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <source>Choose the riwayat file</source>
            <translation>Pilih berkas riwayat</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Download template…</source>
            <extracomment>The file dialog while it is open (tests reach it here).</extracomment>
            <translation>Unduh templat…</translation>
        </message>
        <message>
            <source>Draft the usulan</source>
            <translation>Buat usulan draf</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Fill the template's columns (one row per record), then choose the file.</source>
            <translation>Isi kolom templat (satu baris per data), lalu pilih berkasnya.</translation>
        </message>
        <message>
            <source>Import records</source>
            <extracomment>A file's usulan were drafted (the report).</extracomment>
            <translation>Impor riwayat</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>Simpan templat</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Lembar kerja (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>Berkas tidak dapat dibaca: %1</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation>baris %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>%1 rows: %2 new, %3 to update, %4 unchanged, %5 invalid.</source>
            <extracomment>Where ``_print_document`` puts the list of employees, written as it is read.</extracomment>
            <translation>%1 baris: %2 baru, %3 diperbarui, %4 tidak berubah, %5 tidak valid.</translation>
        </message>
        <message>
            <source>Nothing was written (--dry-run).</source>
            <translation>Tidak ada yang disimpan (--dry-run).</translation>
        </message>
        <message>
            <source>Nothing was written: correct the rows listed above, or run again with --valid-only to import the valid rows only.</source>
            <translation>Tidak ada yang disimpan: perbaiki baris yang tercantum di atas, atau jalankan lagi dengan --valid-only untuk mengimpor baris yang valid saja.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <source>row %1, %2: %3</source>
            <translation>baris %1, %2: %3</translation>
        </message>
        <message>
            <source>saved %1/%2</source>
            <translation>tersimpan %1/%2</translation>
        </message>
        <message>
            <source>… and %1 more problems, not listed.</source>
            <translation>… dan %1 masalah lagi, tidak dicantumkan.</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>%1 rows read: %2 new, %3 to update, %4 unchanged, %5 with problems.</source>
            <translation>%1 baris dibaca: %2 baru, %3 akan diperbarui, %4 tidak berubah, %5 bermasalah.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Columns left out: %1.</source>
            <translation>Kolom yang diabaikan: %1.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>Impor %1</translation>
        </message>
        <message>
            <source>Import valid rows only</source>
            <translation>Impor baris yang valid saja</translation>
        </message>
        <message>
            <source>Nothing has been written yet.</source>
            <translation>Belum ada yang disimpan.</translation>
        </message>
        <message>
            <source>Nothing has been written. Correct the file and import it again, or import the valid rows only.</source>
            <translation>Belum ada yang disimpan. Perbaiki berkasnya lalu impor lagi, atau impor baris yang valid saja.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>The first %1 problems are listed; %2 more are not.</source>
            <translation>Yang dicantumkan %1 masalah pertama; %2 masalah lagi tidak.</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
    </context>
    <context>
        <name>ImportTexts</name>
        <message>
            <source>%1 already belongs to %2.</source>
            <translation>%1 sudah dipakai oleh %2.</translation>
        </message>
        <message>
            <source>%1 holds an invisible character (%2) at position %3: delete the number, type it again and import again.</source>
            <translation>%1 memuat karakter tak terlihat (%2) pada posisi ke-%3: hapus nomornya, ketik ulang, lalu impor lagi.</translation>
        </message>
        <message>
            <source>%1 is not a date: write it as 1987-03-15 or 15/03/1987.</source>
            <translation>%1 bukan tanggal: tulis sebagai 1987-03-15 atau 15/03/1987.</translation>
        </message>
        <message>
            <source>%1 is not an Excel workbook, although its name ends in .xlsx (renamed from another format, or damaged): open it in Excel and save it again as .xlsx or as CSV UTF-8.</source>
            <translation>%1 bukan workbook Excel, meskipun namanya berakhiran .xlsx (diganti namanya dari format lain, atau rusak): buka di Excel lalu simpan ulang sebagai .xlsx atau CSV UTF-8.</translation>
        </message>
        <message>
            <source>%1 is not an e-mail address.</source>
            <translation>%1 bukan alamat email.</translation>
        </message>
        <message>
            <source>%1 is required.</source>
            <translation>%1 wajib diisi.</translation>
        </message>
        <message>
            <source>%1 is too long (at most %2 characters).</source>
            <translation>%1 terlalu panjang (paling banyak %2 karakter).</translation>
        </message>
        <message>
            <source>%1 lies in the future.</source>
            <translation>%1 berada di masa depan.</translation>
        </message>
        <message>
            <source>%1 may contain digits only.</source>
            <translation>%1 hanya boleh berisi angka.</translation>
        </message>
        <message>
            <source>%1 must have exactly %2 digits.</source>
            <translation>%1 harus tepat %2 digit.</translation>
        </message>
        <message>
            <source>A cell in row %1 is longer than Excel allows: correct the file and import it again.</source>
            <translation>Sebuah sel di baris %1 lebih panjang daripada yang diizinkan Excel: perbaiki berkas lalu impor lagi.</translation>
        </message>
        <message>
            <source>Excel stored %1 as a number and lost digits: format the column as Text and type the number again.</source>
            <translation>Excel menyimpan %1 sebagai angka sehingga ada digit yang hilang: ubah format kolom menjadi Text lalu ketik ulang angkanya.</translation>
        </message>
        <message>
            <source>Jenis kelamin must be L or P.</source>
            <translation>Jenis kelamin harus L atau P.</translation>
        </message>
        <message>
            <source>Jenis pegawai must be Dosen or Tendik.</source>
            <translation>Jenis pegawai harus Dosen atau Tendik.</translation>
        </message>
        <message>
            <source>Line %1 of the CSV file has a quotation mark (") that opens a cell which never ends, so the lines after it would be read as one cell: remove that mark or close it, then import again.</source>
            <translation>Baris %1 pada berkas CSV memuat tanda kutip (") yang membuka sel tanpa pernah ditutup, sehingga baris-baris sesudahnya akan terbaca sebagai satu sel: hapus tanda itu atau tutup, lalu impor lagi.</translation>
        </message>
        <message>
            <source>Only CSV and XLSX files can be imported; save the sheet as one of them.</source>
            <translation>Hanya berkas CSV dan XLSX yang dapat diimpor; simpan lembar kerja dalam salah satu format itu.</translation>
        </message>
        <message>
            <source>The 15th digit of the NIP (1 male, 2 female) differs from Jenis kelamin.</source>
            <translation>Digit ke-15 NIP (1 laki-laki, 2 perempuan) tidak sesuai dengan Jenis kelamin.</translation>
        </message>
        <message>
            <source>The 15th digit of the NIP must be 1 (male) or 2 (female).</source>
            <translation>Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan).</translation>
        </message>
        <message>
            <source>The CSV file is not UTF-8: in Excel choose Save As &gt; "CSV UTF-8".</source>
            <translation>Berkas CSV bukan UTF-8: di Excel pilih Save As &gt; "CSV UTF-8".</translation>
        </message>
        <message>
            <source>The birth date in the NIP (its first 8 digits) differs from Tanggal lahir: correct one of them.</source>
            <translation>Tanggal lahir di NIP (8 digit pertama) berbeda dengan Tanggal lahir: perbaiki salah satunya.</translation>
        </message>
        <message>
            <source>The file %1 was changed after it was checked, so the report no longer describes it: nothing was written. Import it again to check the new version.</source>
            <translation>Berkas %1 diubah setelah diperiksa, sehingga laporannya tidak lagi sesuai: tidak ada yang ditulis. Impor lagi untuk memeriksa versi barunya.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Berkas tidak dapat dibaca: %1</translation>
        </message>
        <message>
            <source>The file does not exist: %1</source>
            <translation>Berkas tidak ditemukan: %1</translation>
        </message>
        <message>
            <source>The file has a header row but no employees below it: nothing to import.</source>
            <translation>Berkas memuat baris judul tetapi tidak ada pegawai di bawahnya: tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>The file is empty: it needs a header row.</source>
            <translation>Berkas kosong: diperlukan baris judul kolom.</translation>
        </message>
        <message>
            <source>The file would grow to %1 when opened, far more than any list of employees: it is damaged or not a real workbook. Save it again from Excel, or split it.</source>
            <translation>Berkas ini akan membesar menjadi %1 saat dibuka, jauh melebihi daftar pegawai mana pun: berkas rusak atau bukan workbook yang sebenarnya. Simpan ulang dari Excel, atau bagi menjadi beberapa berkas.</translation>
        </message>
        <message>
            <source>The first 8 digits of the NIP must be a real birth date (YYYYMMDD).</source>
            <translation>8 digit pertama NIP harus berupa tanggal lahir yang benar (TTTTBBHH).</translation>
        </message>
        <message>
            <source>The header row has no "nama" column. Expected columns: nama, nip, nidn, nidk, nupn, nuptk, nik, tanggal_lahir, jenis_kelamin, jenis_pegawai, unit_kerja, email (optional: telepon_hp, alamat, jabatan_fungsional, pangkat_golongan).</source>
            <translation>Baris judul tidak memiliki kolom "nama". Kolom yang diharapkan: nama, nip, nidn, nidk, nupn, nuptk, nik, tanggal_lahir, jenis_kelamin, jenis_pegawai, unit_kerja, email (opsional: telepon_hp, alamat, jabatan_fungsional, pangkat_golongan).</translation>
        </message>
        <message>
            <source>The header row names a column twice (%1): delete or rename one of them so it is clear which one to import.</source>
            <translation>Baris judul memuat satu kolom dua kali (%1): hapus atau ganti nama salah satunya agar jelas kolom mana yang diimpor.</translation>
        </message>
        <message>
            <source>The same %1 already appears on row %2.</source>
            <translation>%1 yang sama sudah ada di baris %2.</translation>
        </message>
    </context>
    <context>
        <name>JalankanDanLogPage</name>
        <message>
            <source>A sync is running</source>
            <translation>Sinkronisasi sedang berjalan</translation>
        </message>
        <message>
            <source>A sync is running. Stop it and close SISTER Desktop?</source>
            <translation>Sinkronisasi sedang berjalan. Hentikan dan tutup SISTER Desktop?</translation>
        </message>
        <message>
            <source>A sync was cut short (the program closed or the computer stopped).</source>
            <translation>Ada sinkronisasi yang terputus (program ditutup atau komputer mati).</translation>
        </message>
        <message>
            <source>Finished pegawai are kept; the rest can be resumed at the next start.</source>
            <translation>Pegawai yang sudah selesai tetap tersimpan; sisanya dapat dilanjutkan saat program dibuka berikutnya.</translation>
        </message>
        <message>
            <source>Interrupted sync</source>
            <translation>Sinkronisasi terputus</translation>
        </message>
        <message>
            <source>Keep syncing</source>
            <translation>Teruskan sinkronisasi</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Nanti</translation>
        </message>
        <message>
            <source>Resume it now? The rest is pulled.</source>
            <translation>Lanjutkan sekarang? Data sisanya akan diambil.</translation>
        </message>
        <message>
            <source>Resume now</source>
            <translation>Lanjutkan sekarang</translation>
        </message>
        <message>
            <source>Stop and close</source>
            <translation>Hentikan dan tutup</translation>
        </message>
        <message>
            <source>Stopped sync</source>
            <extracomment>A sync started (True) or ended (False); the window can reflect it. A run ended; its data is in the database (the Pegawai tab can refresh).</extracomment>
            <translation>Sinkronisasi dihentikan</translation>
        </message>
        <message>
            <source>The last sync was stopped before every pegawai was pulled.</source>
            <translation>Sinkronisasi terakhir dihentikan sebelum data semua pegawai diambil.</translation>
        </message>
    </context>
    <context>
        <name>KirimPreviewDialog</name>
        <message>
            <source>%1 approved usulan will be sent to SISTER.</source>
            <translation>%1 usulan yang disetujui akan dikirim ke SISTER.</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Diubah</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Dihapus</translation>
        </message>
        <message>
            <source>In SISTER</source>
            <translation>Di SISTER</translation>
        </message>
        <message>
            <source>Kirim ke SISTER — preview</source>
            <extracomment>Per dataset and field, SISTER's names of reference ids (a jabatan, not its id).</extracomment>
            <translation>Kirim ke SISTER — pratinjau</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <source>Nothing to send: approve usulan first (Approve).</source>
            <translation>Tidak ada yang dikirim: setujui usulan terlebih dahulu (Setujui).</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Diusulkan</translation>
        </message>
        <message>
            <source>Send %1 usulan</source>
            <translation>Kirim %1 usulan</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Apa</translation>
        </message>
    </context>
    <context>
        <name>KirimProgressDialog</name>
        <message>
            <source>%1 of %2 usulan · %3 requests</source>
            <translation>%1 dari %2 usulan · %3 permintaan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Continue sending</source>
            <translation>Lanjutkan mengirim</translation>
        </message>
        <message>
            <source>Each usulan is sent at most once. If you stop, those on the way finish and are recorded; the rest stay approved for the next Kirim.</source>
            <translation>Setiap usulan dikirim paling banyak sekali. Jika dihentikan, usulan yang sedang dikirim diselesaikan dan dicatat; sisanya tetap disetujui untuk Kirim berikutnya.</translation>
        </message>
        <message>
            <source>Kirim ke SISTER</source>
            <translation>Kirim ke SISTER</translation>
        </message>
        <message>
            <source>Reading the changed data back from SISTER…</source>
            <translation>Membaca kembali data yang berubah dari SISTER…</translation>
        </message>
        <message>
            <source>Sending the approved usulan to SISTER…</source>
            <translation>Mengirim usulan yang disetujui ke SISTER…</translation>
        </message>
        <message>
            <source>Stop sending</source>
            <translation>Hentikan pengiriman</translation>
        </message>
        <message>
            <source>Stop sending to SISTER now?</source>
            <translation>Hentikan pengiriman ke SISTER sekarang?</translation>
        </message>
        <message>
            <source>Stop sending?</source>
            <translation>Hentikan pengiriman?</translation>
        </message>
        <message>
            <source>Stopping… usulan on the way finish first.</source>
            <translation>Menghentikan… usulan yang sedang dikirim diselesaikan dahulu.</translation>
        </message>
        <message>
            <source>Usulan already on the way finish and are recorded; the others stay approved and are sent with the next Kirim.</source>
            <translation>Usulan yang sedang dikirim diselesaikan dan dicatat; yang lain tetap disetujui dan dikirim pada Kirim berikutnya.</translation>
        </message>
    </context>
    <context>
        <name>KirimSwitchBox</name>
        <message>
            <source>Allow</source>
            <translation>Izinkan</translation>
        </message>
        <message>
            <source>Allow sending approved usulan to SISTER</source>
            <extracomment>The question open now (tests answer it here).</extracomment>
            <translation>Izinkan pengiriman usulan yang disetujui ke SISTER</translation>
        </message>
        <message>
            <source>Allow sending to SISTER</source>
            <translation>Izinkan kirim ke SISTER</translation>
        </message>
        <message>
            <source>Allow this database to send approved usulan to SISTER?</source>
            <translation>Izinkan basis data ini mengirim usulan yang disetujui ke SISTER?</translation>
        </message>
        <message>
            <source>Each usulan is sent only after it is approved and shown in the preview, and at most once.</source>
            <translation>Setiap usulan dikirim hanya setelah disetujui dan ditampilkan di pratinjau, dan paling banyak sekali.</translation>
        </message>
        <message>
            <source>Kirim ke SISTER</source>
            <extracomment>The switch was saved: writes are now on (True) or off.</extracomment>
            <translation>Kirim ke SISTER</translation>
        </message>
        <message>
            <source>Off: usulan can be made and approved, but nothing is sent to SISTER. Saved per database.</source>
            <translation>Mati: usulan dapat dibuat dan disetujui, tetapi tidak ada yang dikirim ke SISTER. Disimpan per basis data.</translation>
        </message>
        <message>
            <source>On for this database.</source>
            <translation>Aktif untuk basis data ini.</translation>
        </message>
    </context>
    <context>
        <name>LanguageBox</name>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Language (Bahasa)</source>
            <extracomment>Each language is named in its own words, so an operator who cannot read the current one still finds theirs.</extracomment>
            <translation>Bahasa (Language)</translation>
        </message>
        <message>
            <source>Saved. Close and open SISTER Desktop again to see it in %1.</source>
            <translation>Tersimpan. Tutup lalu buka kembali SISTER Desktop untuk melihatnya dalam %1.</translation>
        </message>
        <message>
            <source>The chosen language is used from the next start.</source>
            <translation>Bahasa yang dipilih berlaku mulai program dibuka berikutnya.</translation>
        </message>
    </context>
    <context>
        <name>LaporanExporter</name>
        <message>
            <source>Laporan</source>
            <translation>Laporan</translation>
        </message>
    </context>
    <context>
        <name>LaporanTab</name>
        <message>
            <source>Gambaran dosen</source>
            <translation>Gambaran dosen</translation>
        </message>
        <message>
            <source>Tabel LKPS</source>
            <translation>Tabel LKPS</translation>
        </message>
    </context>
    <context>
        <name>LaporanTexts</name>
        <message>
            <source>% Lektor Kepala/Guru Besar (of NDT)</source>
            <translation>% Lektor Kepala/Guru Besar (dari NDT)</translation>
        </message>
        <message>
            <source>% certified lecturers (of NDT)</source>
            <translation>% bersertifikat pendidik (dari NDT)</translation>
        </message>
        <message>
            <source>% with a doctorate (of NDT)</source>
            <translation>% Doktor (dari NDT)</translation>
        </message>
        <message>
            <source>%1 pegawai</source>
            <translation>%1 pegawai</translation>
        </message>
        <message>
            <source>A title counts once, under its largest source of funds; foreign institutions are entered by the operator (SISTER does not name the funder's country).</source>
            <translation>Satu judul dihitung sekali, pada sumber dana terbesarnya; lembaga luar negeri diisi operator (SISTER tidak menyebut negara pemberi dana).</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Usia</translation>
        </message>
        <message>
            <source>Awards, speakers, journal editors and visiting scientists TS-2 to TS; the level SISTER does not give (visiting scientist) is entered by the operator.</source>
            <translation>Penghargaan, pembicara, pengelola jurnal dan visiting scientist TS-2 s.d. TS; tingkat yang tidak disebut SISTER (visiting scientist) diisi operator.</translation>
        </message>
        <message>
            <source>By SISTER's kind of publication (see the vocabulary table); books and book chapters count in 3.b.7.</source>
            <translation>Menurut jenis publikasi SISTER (lihat tabel kosakata); buku dan book chapter dihitung di 3.b.7.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Certified</source>
            <translation>Sudah bersertifikat</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Courses from the teaching of TS-2 to TS; the courses' study programme and the match are entered by the operator.</source>
            <translation>Mata kuliah dari pengajaran TS-2 s.d. TS; program studi mata kuliah dan kesesuaian diisi operator.</translation>
        </message>
        <message>
            <source>Dosen of %1</source>
            <translation>Dosen %1</translation>
        </message>
        <message>
            <source>Dosen of the whole PT</source>
            <translation>Dosen seluruh PT</translation>
        </message>
        <message>
            <source>Entered by the operator (SISTER cannot say)</source>
            <translation>Diisi operator (tidak tersedia di SISTER)</translation>
        </message>
        <message>
            <source>From the final BKD report of semester TS. BKD does not split teaching by study programme: all of it shows under the accredited PS until the operator enters the parts; without a BKD report, the operator enters every column. DTPS follows the match in 3.a.1.</source>
            <translation>Dari laporan akhir BKD semester TS. BKD tidak memisahkan pendidikan menurut program studi: seluruhnya tampil pada PS yang diakreditasi sampai operator mengisi bagiannya; tanpa laporan BKD, semua kolom diisi operator. DTPS mengikuti kesesuaian di 3.a.1.</translation>
        </message>
        <message>
            <source>Gambaran dosen</source>
            <translation>Gambaran dosen</translation>
        </message>
        <message>
            <source>HKI from intellectual property, books from publications (book, monograph, book chapter) and teaching materials with an ISBN, TS-2 to TS; appropriate technology, products, works of art and social engineering are entered by the operator.</source>
            <translation>HKI dari kekayaan intelektual, buku dari publikasi (buku, monograf, book chapter) dan bahan ajar ber-ISBN, TS-2 s.d. TS; teknologi tepat guna, produk, karya seni dan rekayasa sosial diisi operator.</translation>
        </message>
        <message>
            <source>Highest education</source>
            <translation>Pendidikan tertinggi</translation>
        </message>
        <message>
            <source>Jabatan fungsional</source>
            <translation>Jabatan fungsional</translation>
        </message>
        <message>
            <source>Members of kind Mahasiswa, TS-2 to TS; the theme matching the roadmap is entered by the operator.</source>
            <translation>Anggota berjenis Mahasiswa, TS-2 s.d. TS; tema sesuai roadmap diisi operator.</translation>
        </message>
        <message>
            <source>No dosen has study programme %1 as homebase. Known study programmes: %2</source>
            <translation>Tidak ada dosen dengan homebase program studi %1. Program studi yang dikenal: %2</translation>
        </message>
        <message>
            <source>No golongan</source>
            <translation>Tanpa golongan</translation>
        </message>
        <message>
            <source>Not certified</source>
            <translation>Belum bersertifikat</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Pangkat/golongan</source>
            <translation>Pangkat/golongan</translation>
        </message>
        <message>
            <source>Reaching retirement age, by jabatan fungsional</source>
            <translation>Mencapai usia pensiun, menurut jabatan</translation>
        </message>
        <message>
            <source>Serdos (lecturer certification)</source>
            <translation>Serdos (sertifikat pendidik)</translation>
        </message>
        <message>
            <source>Source: SISTER, as synced by SISTER Desktop (data of %1)</source>
            <translation>Sumber: SISTER, hasil Sinkronisasi SISTER Desktop (data %1)</translation>
        </message>
        <message>
            <source>Source: SISTER, nothing synced yet</source>
            <translation>Sumber: SISTER, belum ada data yang disinkronkan</translation>
        </message>
        <message>
            <source>Study programme %1, TS %2</source>
            <translation>Program studi %1, TS %2</translation>
        </message>
        <message>
            <source>Supervision of theses and dissertations with the dosen as first supervisor; students per academic year TS-2 to TS.</source>
            <translation>Bimbingan skripsi, tesis dan disertasi dengan dosen sebagai pembimbing urutan 1; jumlah mahasiswa per tahun akademik TS-2 s.d. TS.</translation>
        </message>
        <message>
            <source>The output must be a %1 file.</source>
            <translation>Berkas keluaran harus berjenis %1.</translation>
        </message>
        <message>
            <source>Tinted cells: %1</source>
            <translation>Sel berwarna: %1</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Tidak diketahui</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Ditulis: %1</translation>
        </message>
        <message>
            <source>none (sync first)</source>
            <translation>belum ada (jalankan Sinkronisasi dulu)</translation>
        </message>
        <message>
            <source>waiting for the operator's entries</source>
            <translation>menunggu isian operator</translation>
        </message>
        <message>
            <source>within %1 years</source>
            <translation>≤ %1 tahun</translation>
        </message>
    </context>
    <context>
        <name>LinkCommand</name>
        <message>
            <source>Linked: %1</source>
            <extracomment>SISTER error codes that mean "fix the settings or credentials" rather than "try later".</extracomment>
            <translation>Dihubungkan: %1</translation>
        </message>
    </context>
    <context>
        <name>LinkHistoryModel</name>
        <message>
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cara</translation>
        </message>
        <message>
            <source>New id_sdm</source>
            <translation>id_sdm baru</translation>
        </message>
        <message>
            <source>Old id_sdm</source>
            <translation>id_sdm lama</translation>
        </message>
        <message>
            <source>Old id_sdm: %1
New id_sdm: %2
How: %3</source>
            <translation>id_sdm lama: %1
id_sdm baru: %2
Cara: %3</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
    </context>
    <context>
        <name>LinkHistoryWidget</name>
        <message>
            <source>No links yet.</source>
            <extracomment>Links were changed here (an undo): the employee list must show it.</extracomment>
            <translation>Belum ada riwayat hubungan.</translation>
        </message>
        <message>
            <source>Undo collective link</source>
            <translation>Batalkan hubungan kolektif</translation>
        </message>
        <message>
            <source>Undo the collective link of %1? %2 employees will be unlinked (those changed since stay as they are).</source>
            <translation>Batalkan hubungan kolektif %1? %2 pegawai akan diputus hubungannya (yang sudah diubah sejak itu tetap seperti sekarang).</translation>
        </message>
        <message>
            <source>Undo this collective link</source>
            <translation>Batalkan hubungan kolektif ini</translation>
        </message>
        <message>
            <source>Unlinks every employee this collective link linked, unless changed since.</source>
            <translation>Memutus hubungan semua pegawai yang dihubungkan secara kolektif ini, kecuali yang sudah diubah sejak itu.</translation>
        </message>
    </context>
    <context>
        <name>LinkPlanModel</name>
        <message>
            <source>Local identifiers</source>
            <translation>Identitas lokal</translation>
        </message>
        <message>
            <source>Matched on</source>
            <translation>Cocok berdasarkan</translation>
        </message>
        <message>
            <source>Nearest names in SISTER</source>
            <translation>Nama terdekat di SISTER</translation>
        </message>
        <message>
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>SISTER</source>
            <translation>SISTER</translation>
        </message>
        <message>
            <source>SISTER identifiers</source>
            <translation>Identitas di SISTER</translation>
        </message>
    </context>
    <context>
        <name>LinkPreviewDialog</name>
        <message>
            <source>%1 already linked, left as they are.</source>
            <translation>%1 sudah terhubung, dibiarkan seperti semula.</translation>
        </message>
        <message>
            <source>%1 employees checked against %2 persons in SISTER (list fetched %3).</source>
            <extracomment>What the dialog shows (not ``result``: that is QDialog.result(), the dialog's outcome). Set when the links were written (the dialog then closes with Accepted). The employees the confirmed write linked (for the summary after the dialog).</extracomment>
            <translation>%1 pegawai dicocokkan dengan %2 SDM di SISTER (daftar diambil %3).</translation>
        </message>
        <message>
            <source>Hubungkan Pegawai dan Sister</source>
            <translation>Hubungkan Pegawai dan Sister</translation>
        </message>
        <message>
            <source>Link (%1)</source>
            <translation>Hubungkan (%1)</translation>
        </message>
        <message>
            <source>Nothing was linked; untick that row and try again.</source>
            <translation>Tidak ada yang dihubungkan; hapus centang baris itu lalu coba lagi.</translation>
        </message>
    </context>
    <context>
        <name>LinkTexts</name>
        <message numerus="yes">
            <source>%n not found</source>
            <translation>
                <numerusform>%n tidak ditemukan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pegawai linked</source>
            <translation>
                <numerusform>%n pegawai terhubung</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n perlu dicek</numerusform>
            </translation>
        </message>
        <message>
            <source>Another employee would be linked to the same person</source>
            <translation>Pegawai lain akan terhubung ke SDM yang sama</translation>
        </message>
        <message>
            <source>Identifier and name agree</source>
            <translation>Identitas dan nama sesuai</translation>
        </message>
        <message>
            <source>Identifiers and names agree. These are linked when you confirm.</source>
            <translation>Identitas dan nama sesuai. Pegawai ini akan dihubungkan setelah Anda konfirmasi.</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Dihubungkan</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Cocok</translation>
        </message>
        <message>
            <source>No NUPTK, NIDN/NIDK/NUPN or NIP of this employee is in SISTER</source>
            <translation>Tidak ada NUPTK, NIDN/NIDK/NUPN, atau NIP pegawai ini di SISTER</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Tidak ditemukan</translation>
        </message>
        <message>
            <source>Relinked</source>
            <translation>Dihubungkan ulang</translation>
        </message>
        <message>
            <source>SISTER has no one with these identifiers. The nearest names are shown; link by hand if one is right, or add the person in SISTER first.</source>
            <translation>Tidak ada SDM di SISTER dengan identitas ini. Nama-nama terdekat ditampilkan; hubungkan secara manual jika salah satunya benar, atau tambahkan dulu SDM tersebut di SISTER.</translation>
        </message>
        <message>
            <source>Something does not add up. Tick a row only after checking it; otherwise use Hubungkan Secara Manual.</source>
            <translation>Ada yang tidak sesuai. Centang baris hanya setelah Anda memeriksanya; jika tidak, gunakan Hubungkan Secara Manual.</translation>
        </message>
        <message>
            <source>The birth date or an identifier of this SISTER person differs from the employee's (rows in red). Link them anyway only if you are sure they are the same person.</source>
            <translation>Tanggal lahir atau salah satu nomor identitas orang SISTER ini berbeda dengan data pegawai (baris merah). Hubungkan juga hanya jika Anda yakin keduanya orang yang sama.</translation>
        </message>
        <message>
            <source>The employee has no NUPTK, NIDN, NIDK, NUPN or NIP</source>
            <translation>Pegawai ini tidak memiliki NUPTK, NIDN, NIDK, NUPN, atau NIP</translation>
        </message>
        <message>
            <source>The identifier agrees but the name does not</source>
            <translation>Identitas sesuai, tetapi namanya berbeda</translation>
        </message>
        <message>
            <source>The identifiers point at different people in SISTER</source>
            <translation>Identitas-identitasnya merujuk ke SDM yang berbeda di SISTER</translation>
        </message>
        <message>
            <source>This SISTER person is already linked to %1. Unlink that employee first (Putuskan hubungan) if the link there is wrong.</source>
            <translation>SDM SISTER ini sudah terhubung dengan %1. Putuskan dulu hubungan pegawai tersebut (Putuskan hubungan) jika hubungannya keliru.</translation>
        </message>
        <message>
            <source>This SISTER person is already linked to another employee</source>
            <translation>SDM SISTER ini sudah terhubung dengan pegawai lain</translation>
        </message>
        <message>
            <source>This employee is already linked to this SISTER person.</source>
            <translation>Pegawai ini sudah terhubung dengan orang SISTER ini.</translation>
        </message>
        <message>
            <source>This employee no longer exists (deleted in another window or workstation). Reload the list and try again.</source>
            <translation>Pegawai ini sudah tidak ada (dihapus di jendela atau komputer lain). Muat ulang daftar lalu coba lagi.</translation>
        </message>
        <message>
            <source>To check</source>
            <translation>Perlu dicek</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <source>Unlinked</source>
            <translation>Diputus</translation>
        </message>
        <message>
            <source>collective</source>
            <translation>kolektif</translation>
        </message>
        <message>
            <source>differs: %1</source>
            <translation>berbeda: %1</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>matched on %1</source>
            <translation>cocok berdasarkan %1</translation>
        </message>
        <message>
            <source>name similarity %1%</source>
            <translation>kemiripan nama %1%</translation>
        </message>
        <message>
            <source>undo of a collective link</source>
            <translation>pembatalan hubungan kolektif</translation>
        </message>
    </context>
    <context>
        <name>LogKirimModel</name>
        <message>
            <source>Approved by</source>
            <translation>Disetujui oleh</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <source>SISTER id</source>
            <translation>ID SISTER</translation>
        </message>
        <message>
            <source>SISTER's message</source>
            <translation>Pesan SISTER</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Dikirim</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>Dikirim oleh</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
    </context>
    <context>
        <name>LogKirimPage</name>
        <message>
            <source>%1 usulan</source>
            <translation>%1 usulan</translation>
        </message>
        <message>
            <source>%1 usulan written to %2</source>
            <translation>%1 usulan ditulis ke %2</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Every usulan sent</source>
            <translation>Semua usulan yang dikirim</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Ekspor CSV…</translation>
        </message>
        <message>
            <source>Export the Log Kirim</source>
            <translation>Ekspor Log Kirim</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Ekspor ke Excel…</translation>
        </message>
        <message>
            <source>Nothing has been sent to SISTER yet.</source>
            <translation>Belum ada yang dikirim ke SISTER.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Tampilkan:</translation>
        </message>
        <message>
            <source>The file could not be written: %1. Close it in Excel and try again.</source>
            <translation>Berkas tidak dapat ditulis: %1. Tutup berkas di Excel lalu coba lagi.</translation>
        </message>
        <message>
            <source>The last Kirim</source>
            <translation>Kirim terakhir</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;About SISTER Desktop</source>
            <translation>&amp;Tentang SISTER Desktop</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Bantuan</translation>
        </message>
        <message>
            <source>Connected: %1</source>
            <translation>Terhubung: %1</translation>
        </message>
        <message>
            <source>DEMO MODE</source>
            <extracomment>The size the window asks for on a laptop screen with room to spare. On a full-HD (or larger) screen: the Pegawai list shows every column beside the details, and the window still leaves the desktop visible around it. How far the demo window stands from the real one at its first start. Room left for the window frame, title bar and taskbar edges not in the available geometry. The operator asked to close the window; the application decides whether and how to quit.</extracomment>
            <translation>MODE DEMO</translation>
        </message>
        <message>
            <source>Laporan</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Tidak terhubung</translation>
        </message>
        <message>
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <source>Settings</source>
            <extracomment>Where the window's size and place are kept between starts.</extracomment>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Sinkronisasi</source>
            <translation>Sinkronisasi</translation>
        </message>
    </context>
    <context>
        <name>ManualLinkDialog</name>
        <message>
            <source>%1 candidates, most likely first.</source>
            <translation>%1 kandidat, yang paling mungkin di urutan teratas.</translation>
        </message>
        <message>
            <source>Hubungkan Secara Manual — %1</source>
            <extracomment>Wait this long after the last keystroke before searching (the list may hold 20,000 people).</extracomment>
            <translation>Hubungkan Secara Manual — %1</translation>
        </message>
        <message>
            <source>Link %1 to %2 in SISTER? Only the name matches.</source>
            <translation>Hubungkan %1 dengan %2 di SISTER? Hanya namanya yang cocok.</translation>
        </message>
        <message>
            <source>Link anyway</source>
            <translation>Hubungkan juga</translation>
        </message>
        <message>
            <source>Matches on: %1.</source>
            <translation>Cocok pada: %1.</translation>
        </message>
        <message>
            <source>Name, NIDN, NIP or NUPTK</source>
            <translation>Nama, NIDN, NIP, atau NUPTK</translation>
        </message>
        <message>
            <source>No NUPTK, NIDN, NIP or birth date of this pegawai confirms that this SISTER person is the same: two people may share a name.</source>
            <translation>Tidak ada NUPTK, NIDN, NIP, atau tanggal lahir pegawai ini yang memastikan bahwa orang di SISTER ini orang yang sama: dua orang dapat bernama sama.</translation>
        </message>
        <message>
            <source>Nobody in SISTER matches this search.</source>
            <translation>Tidak ada SDM di SISTER yang cocok dengan pencarian ini.</translation>
        </message>
        <message>
            <source>Only the name matches</source>
            <translation>Hanya namanya yang cocok</translation>
        </message>
        <message>
            <source>Only the name matches: no NUPTK, NIDN, NIP or birth date confirms it.</source>
            <translation>Hanya namanya yang cocok: tidak ada NUPTK, NIDN, NIP, atau tanggal lahir yang memastikannya.</translation>
        </message>
        <message>
            <source>Save</source>
            <extracomment>What the selected candidate matches on (the identifiers, or the name alone). The open question about a link on the name alone.</extracomment>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Mencari…</translation>
        </message>
        <message>
            <source>The records disagree</source>
            <translation>Data tidak cocok</translation>
        </message>
        <message>
            <source>Type a name, NIDN, NIP or NUPTK. Suggestions for %1 are listed first: similar names, and people born on the same date.</source>
            <extracomment>The batch id of the saved link, once saved. The "link anyway?" question while it is open (tests answer it).</extracomment>
            <translation>Ketik nama, NIDN, NIP, atau NUPTK. Saran untuk %1 ditampilkan lebih dulu: nama yang mirip dan SDM dengan tanggal lahir yang sama.</translation>
        </message>
    </context>
    <context>
        <name>MembersEditor</name>
        <message>
            <source>%1 found: choose one, then Add.</source>
            <translation>%1 ditemukan: pilih satu, lalu Tambah.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Find the collaborator in SISTER by the name typed</source>
            <translation>Cari kolaborator di SISTER menurut nama yang diketik</translation>
        </message>
        <message>
            <source>Find the student in PDDIKTI by the name or NIM typed</source>
            <translation>Cari mahasiswa di PDDIKTI menurut nama atau NIM yang diketik</translation>
        </message>
        <message>
            <source>If new to SISTER:</source>
            <translation>Jika belum ada di SISTER:</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>NIM</source>
            <extracomment>Who a list holds, by the ``referensi`` its ids come from.</extracomment>
            <translation>NIM</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Not found in PDDIKTI: type the name and NIM.</source>
            <translation>Tidak ditemukan di PDDIKTI: ketik nama dan NIM-nya.</translation>
        </message>
        <message>
            <source>Not found in SISTER: Add makes a new collaborator when it is sent.</source>
            <translation>Tidak ditemukan di SISTER: Tambah membuat kolaborator baru saat usulan dikirim.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>SISTER asks it of a collaborator it does not know yet</source>
            <translation>SISTER memintanya untuk kolaborator yang belum dikenalnya</translation>
        </message>
        <message>
            <source>SISTER could not be searched now; type the member in instead.</source>
            <translation>SISTER tidak dapat dicari sekarang; ketik anggotanya saja.</translation>
        </message>
        <message>
            <source>SISTER's list of lecturers could not be read: run a Sinkronisasi</source>
            <translation>Daftar dosen SISTER tidak dapat dibaca: jalankan Sinkronisasi</translation>
        </message>
        <message>
            <source>Search SISTER</source>
            <translation>Cari di SISTER</translation>
        </message>
        <message>
            <source>The country of a collaborator SISTER does not know yet</source>
            <translation>Negara kolaborator yang belum dikenal SISTER</translation>
        </message>
        <message>
            <source>affiliation</source>
            <translation>afiliasi</translation>
        </message>
        <message>
            <source>collaborator's name</source>
            <translation>nama kolaborator</translation>
        </message>
        <message>
            <source>new: made in SISTER when sent</source>
            <translation>baru: dibuat di SISTER saat dikirim</translation>
        </message>
        <message>
            <source>student's name</source>
            <translation>nama mahasiswa</translation>
        </message>
        <message>
            <source>type a name to search</source>
            <translation>ketik nama untuk mencari</translation>
        </message>
    </context>
    <context>
        <name>NightlyBox</name>
        <message>
            <source>A nightly sync asks SISTER only for the data older than these limits (days), spread over the nights:</source>
            <translation>Sinkronisasi malam hanya menanyakan ke SISTER data yang lebih tua dari batas ini (hari), tersebar di beberapa malam:</translation>
        </message>
        <message>
            <source>Creates the operating system's own job (Task Scheduler on Windows, a systemd timer on Linux) that runs the sync at 02:00 every night, even with the program closed; untick to remove it.</source>
            <translation>Membuat tugas milik sistem operasi (Task Scheduler di Windows, timer systemd di Linux) yang menjalankan sinkronisasi pukul 02.00 setiap malam, juga saat program tertutup; hapus centang untuk menghapusnya.</translation>
        </message>
        <message>
            <source>Nightly sync</source>
            <translation>Sinkronisasi malam</translation>
        </message>
        <message>
            <source>Pending requests (ajuan), penugasan</source>
            <translation>Ajuan yang menunggu, penugasan</translation>
        </message>
        <message>
            <source>Save limits</source>
            <translation>Simpan batas</translation>
        </message>
        <message>
            <source>Saved: the next nightly sync keeps these limits.</source>
            <translation>Tersimpan: sinkronisasi malam berikutnya memakai batas ini.</translation>
        </message>
        <message>
            <source>Schedule the nightly sync</source>
            <translation>Jadwalkan sinkronisasi malam</translation>
        </message>
        <message>
            <source>The nightly job could not be changed:</source>
            <translation>Tugas malam tidak dapat diubah:</translation>
        </message>
        <message>
            <source>The nightly sync is no longer scheduled.</source>
            <translation>Sinkronisasi malam tidak lagi dijadwalkan.</translation>
        </message>
        <message>
            <source>The nightly sync is scheduled.</source>
            <translation>Sinkronisasi malam sudah dijadwalkan.</translation>
        </message>
    </context>
    <context>
        <name>PanduanPanel</name>
        <message>
            <source>Ask the Admin PT to create a SISTER web-service user in the ministry's access management with the role Developer + Sister-WS Basic (one role, not multi-role).</source>
            <translation>Minta Admin PT membuat pengguna web service SISTER di manajemen akses kementerian dengan peran Developer + Sister-WS Basic (satu peran, bukan multi-role).</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>In SISTER, run its own manual sync (Sinkronisasi) so SISTER holds your campus's data. Do not reload or leave that page while it runs. Tick this step yourself once it is done: this program cannot see it.</source>
            <translation>Di SISTER, jalankan sinkronisasi manualnya sendiri (Sinkronisasi) agar SISTER memuat data kampus Anda. Jangan muat ulang atau tinggalkan halaman itu selama berjalan. Centang langkah ini sendiri setelah selesai: program ini tidak dapat melihatnya.</translation>
        </message>
        <message>
            <source>In the Pegawai tab, import your employees and link them to SISTER (Terhubung Sister).</source>
            <translation>Di tab Pegawai, impor data pegawai lalu hubungkan dengan SISTER (Terhubung Sister).</translation>
        </message>
        <message>
            <source>In the Sinkronisasi tab, press Start sync: the data of every linked pegawai is pulled from SISTER. Perbandingan then shows where the campus data differs.</source>
            <translation>Di tab Sinkronisasi, tekan Mulai Sinkronisasi: data setiap pegawai yang terhubung ditarik dari SISTER. Perbandingan lalu menunjukkan di mana data kampus berbeda.</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Belum selesai</translation>
        </message>
        <message>
            <source>Open SISTER's Sandbox page: it shows ID Pengguna, username and password. Copy them into the fields on the left and press Save.</source>
            <translation>Buka halaman Sandbox di SISTER: di sana tertera ID Pengguna, username, dan password. Salin ke kolom di sebelah kiri lalu tekan Simpan.</translation>
        </message>
        <message>
            <source>Panduan: setting up the connection</source>
            <extracomment>The steps the operator ticks himself: nothing the program reads can tell. The operator ticked or unticked a step of ``TICKED_BY_HAND``.</extracomment>
            <translation>Panduan: menyiapkan koneksi</translation>
        </message>
        <message>
            <source>Press Cek Service: every step should get a tick and the status bar shows your university's name.</source>
            <translation>Tekan Cek Service: setiap langkah harus bertanda centang dan bilah status menampilkan nama perguruan tinggi Anda.</translation>
        </message>
        <message>
            <source>Tick when done</source>
            <extracomment>The tick boxes of the steps the operator ticks himself.</extracomment>
            <translation>Centang bila sudah selesai</translation>
        </message>
    </context>
    <context>
        <name>PasswordPromptDialog</name>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>SISTER password</source>
            <translation>Password SISTER</translation>
        </message>
        <message>
            <source>This computer has no password store, so the SISTER password is not kept between runs. Enter it once for this session.</source>
            <translation>Komputer ini tidak memiliki penyimpanan password, sehingga password SISTER tidak disimpan antarsesi. Masukkan sekali untuk sesi ini.</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Username</translation>
        </message>
    </context>
    <context>
        <name>PegawaiDetailPanel</name>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Campus data</source>
            <translation>Data kampus</translation>
        </message>
        <message>
            <source>Dosen</source>
            <translation>Dosen</translation>
        </message>
        <message>
            <source>Not active</source>
            <translation>Tidak aktif</translation>
        </message>
        <message>
            <source>Not linked yet</source>
            <translation>Belum terhubung</translation>
        </message>
        <message>
            <source>SISTER</source>
            <translation>SISTER</translation>
        </message>
        <message>
            <source>Select a pegawai to see the details.</source>
            <translation>Pilih pegawai untuk melihat rinciannya.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tendik</source>
            <translation>Tendik</translation>
        </message>
        <message>
            <source>Terhubung Sister</source>
            <translation>Terhubung Sister</translation>
        </message>
        <message>
            <source>Yes — id_sdm %1</source>
            <translation>Ya — id_sdm %1</translation>
        </message>
    </context>
    <context>
        <name>PegawaiEmptyState</name>
        <message>
            <source>Add pegawai</source>
            <translation>Tambah pegawai</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Impor…</translation>
        </message>
        <message>
            <source>No pegawai yet</source>
            <translation>Belum ada pegawai</translation>
        </message>
        <message>
            <source>Opens a second window with made-up pegawai and a built-in SISTER; nothing here is changed.</source>
            <translation>Membuka jendela kedua berisi pegawai contoh dan SISTER bawaan; data di sini tidak diubah.</translation>
        </message>
        <message>
            <source>Start with the campus list: import the HR office's spreadsheet (XLSX or CSV, one row per pegawai), or add pegawai one by one. To link them to SISTER, first connect in the Settings tab (Cek Service): the SISTER button then appears in the toolbar above.</source>
            <translation>Mulailah dengan daftar kampus: impor lembar kerja bagian kepegawaian (XLSX atau CSV, satu baris per pegawai), atau tambahkan pegawai satu per satu. Untuk menghubungkannya ke SISTER, sambungkan dulu di tab Pengaturan (Cek Service): tombol SISTER lalu muncul di bilah alat di atas.</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Coba mode demo</translation>
        </message>
    </context>
    <context>
        <name>PegawaiFormDialog</name>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Add pegawai</source>
            <translation>Tambah pegawai</translation>
        </message>
        <message>
            <source>Dosen</source>
            <translation>Dosen</translation>
        </message>
        <message>
            <source>Edit pegawai</source>
            <translation>Ubah pegawai</translation>
        </message>
        <message>
            <source>L (male)</source>
            <translation>L (laki-laki)</translation>
        </message>
        <message>
            <source>P (female)</source>
            <translation>P (perempuan)</translation>
        </message>
        <message>
            <source>Tendik</source>
            <translation>Tendik</translation>
        </message>
        <message>
            <source>e.g. 15/03/1987</source>
            <translation>mis. 15/03/1987</translation>
        </message>
        <message>
            <source>e.g. Penata (III/c)</source>
            <translation>mis. Penata (III/c)</translation>
        </message>
    </context>
    <context>
        <name>PegawaiOpener</name>
        <message>
            <source>Laporan</source>
            <extracomment>The Data SISTER windows open now (tests find them here).</extracomment>
            <translation>Laporan</translation>
        </message>
    </context>
    <context>
        <name>PegawaiTab</name>
        <message>
            <source>%1 of %2 shown</source>
            <translation>%1 dari %2 ditampilkan</translation>
        </message>
        <message>
            <source>%1 of the first %2 of %3 shown; reading the rest…</source>
            <translation>%1 dari %2 pertama dari %3 ditampilkan; sisanya sedang dibaca…</translation>
        </message>
        <message>
            <source>%1 of the first %2 of %3 shown; the rest could not be read</source>
            <translation>%1 dari %2 pertama dari %3 ditampilkan; sisanya tidak dapat dibaca</translation>
        </message>
        <message numerus="yes">
            <source>%n pegawai deleted.</source>
            <translation>
                <numerusform>%n pegawai dihapus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n dipilih</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <extracomment>Rows read first when the tab opens: more than the tallest list shows before scrolling (2,400 pixels at 24 a row), and read in milliseconds however long the list is. Starting widths (operators may resize). Nama is widest: it is what operators read first, and it must stay readable when the details panel takes room (the table then scrolls sideways). The current employee changed (a ``Pegawai`` or ``None``). The list was read again from the database. The dialog or box open right now, if any (tests and the close check find it here). The list was read from the database at least once. While only the first page is shown: how many pegawai there are in all. The rest of the list could not be read: the first page is all that is shown.</extracomment>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Ajuan waiting</source>
            <translation>Ada ajuan menunggu</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>Available once every pegawai is read</source>
            <translation>Tersedia setelah semua pegawai terbaca</translation>
        </message>
        <message>
            <source>Clear ticks</source>
            <translation>Hapus centang</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n pegawai? Their SISTER link and pulled data go too.</source>
            <translation>
                <numerusform>Hapus %n pegawai? Hubungan SISTER dan data yang sudah diambil ikut terhapus.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete pegawai</source>
            <translation>Hapus pegawai</translation>
        </message>
        <message>
            <source>Dosen</source>
            <translation>Dosen</translation>
        </message>
        <message>
            <source>Dosen and Tendik</source>
            <translation>Dosen dan Tendik</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Ubah</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>Impor dibatalkan: tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>Import pegawai</source>
            <translation>Impor pegawai</translation>
        </message>
        <message>
            <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
            <translation>Diimpor: %1 baru, %2 diperbarui, %3 tidak berubah.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Impor…</translation>
        </message>
        <message>
            <source>Linked and not linked</source>
            <translation>Terhubung dan belum terhubung</translation>
        </message>
        <message>
            <source>Not linked yet</source>
            <translation>Belum terhubung</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Membaca %1…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Tersimpan: %1</translation>
        </message>
        <message>
            <source>Search name, NIP, NIDN, NUPTK, NIK…</source>
            <extracomment>Impor riwayat…: usulan from a spreadsheet of riwayat (as on the Usulan page).</extracomment>
            <translation>Cari nama, NIP, NIDN, NUPTK, NIK…</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Pilih semua</translation>
        </message>
        <message>
            <source>Select the pegawai to edit first.</source>
            <translation>Pilih dulu pegawai yang akan diubah.</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Lembar kerja (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Tendik</source>
            <translation>Tendik</translation>
        </message>
        <message>
            <source>Terhubung Sister</source>
            <translation>Terhubung Sister</translation>
        </message>
        <message>
            <source>Tick every row shown</source>
            <translation>Centang semua baris yang ditampilkan</translation>
        </message>
        <message>
            <source>Tick or select the pegawai to delete first.</source>
            <translation>Centang atau pilih dulu pegawai yang akan dihapus.</translation>
        </message>
    </context>
    <context>
        <name>PegawaiTableModel</name>
        <message>
            <source>Dosen</source>
            <translation>Dosen</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>Custom roles: the employee id, and the precomputed text the search box looks in. The operator's sort (column, descending), applied to every list set; ``None``: the order the rows came in (by name, from the database).</extracomment>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Not linked to SISTER</source>
            <translation>Belum terhubung ke SISTER</translation>
        </message>
        <message>
            <source>Tendik</source>
            <translation>Tendik</translation>
        </message>
        <message>
            <source>Terhubung Sister</source>
            <translation>Terhubung Sister</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Unit kerja</source>
            <translation>Unit kerja</translation>
        </message>
    </context>
    <context>
        <name>PegawaiTexts</name>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <source>Dosen or tendik</source>
            <translation>Jenis pegawai</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Jabatan fungsional</source>
            <translation>Jabatan fungsional</translation>
        </message>
        <message>
            <source>Male</source>
            <extracomment>``(400.00)``: the credit points SISTER writes after a rank's name (a dot, two decimals).</extracomment>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Telepon HP</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>The translation context of the titles (``texts/sister_field_texts.py`` looks them up there). ``yyyy-mm-dd``. A lowercase UUID (an ``id_sdm``, a record's or a reference's id). A list of ids (``dokumen``, ``mitra_litabmas``, the kelompok bidang of ``bidang_ilmu``). A list of objects (``anggota_dosen``, ``penulis_mahasiswa``). A number written as text whose leading zeros matter (NIP, NIDN, NIK, a postcode): read without its inner spaces. The English title (``None``: the name made readable, ``texts.sister_field_texts``). The ``referensi/&lt;name&gt;`` list whose ``{id, nama}`` rows name an id of this field. Read in capitals (``jenis_kelamin``: ``L`` or ``P``).</extracomment>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Pangkat/golongan</source>
            <translation>Pangkat/golongan</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Unit kerja</source>
            <translation>Unit kerja</translation>
        </message>
    </context>
    <context>
        <name>PengaturanTab</name>
        <message>
            <source>Cek Service</source>
            <extracomment>Connected or not, and the PT name; the main window shows it in the status bar.</extracomment>
            <translation>Cek Service</translation>
        </message>
        <message>
            <source>Cek Service cannot start: correct the fields marked in red.</source>
            <translation>Cek Service belum bisa dijalankan: perbaiki kolom yang ditandai merah.</translation>
        </message>
        <message>
            <source>Cek Service needs every field filled in.</source>
            <translation>Cek Service memerlukan semua kolom terisi.</translation>
        </message>
        <message>
            <source>Checking the connection to SISTER…</source>
            <translation>Memeriksa koneksi ke SISTER…</translation>
        </message>
        <message>
            <source>Connected to SISTER: %1</source>
            <translation>Terhubung ke SISTER: %1</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Kustom</translation>
        </message>
        <message>
            <source>Demo mode: these settings point at the built-in SISTER sandbox on this computer. No network is needed.</source>
            <translation>Mode demo: pengaturan ini mengarah ke sandbox SISTER bawaan di komputer ini. Tidak memerlukan jaringan.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Sembunyikan</translation>
        </message>
        <message>
            <source>ID Pengguna</source>
            <translation>ID Pengguna</translation>
        </message>
        <message>
            <source>Not connected: see the step marked with a cross.</source>
            <translation>Tidak terhubung: lihat langkah yang bertanda silang.</translation>
        </message>
        <message>
            <source>Not saved: correct the fields marked in red.</source>
            <translation>Belum tersimpan: perbaiki kolom yang bertanda merah.</translation>
        </message>
        <message>
            <source>Older kemdikbud host</source>
            <translation>Host kemdikbud lama</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <source>Remember password</source>
            <translation>Ingat password</translation>
        </message>
        <message>
            <source>Requests at once</source>
            <translation>Permintaan bersamaan</translation>
        </message>
        <message>
            <source>Requests per second</source>
            <translation>Permintaan per detik</translation>
        </message>
        <message>
            <source>SISTER web service</source>
            <translation>Web service SISTER</translation>
        </message>
        <message>
            <source>Sandbox</source>
            <translation>Sandbox</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <source>Saved. The password is kept until the program closes (no keyring).</source>
            <translation>Tersimpan. Password hanya diingat sampai program ditutup (tidak ada keyring).</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <source>The fields are complete: press Cek Service.</source>
            <translation>Semua kolom sudah terisi: tekan Cek Service.</translation>
        </message>
        <message>
            <source>The settings changed: press Cek Service again.</source>
            <translation>Pengaturan berubah: tekan Cek Service lagi.</translation>
        </message>
        <message>
            <source>This computer has no password store: the password is kept only until the program closes, and asked once next time.</source>
            <translation>Komputer ini tidak memiliki penyimpanan password: password hanya diingat sampai program ditutup, dan akan ditanyakan sekali lagi saat program dibuka berikutnya.</translation>
        </message>
        <message>
            <source>URL Webservice</source>
            <translation>URL Webservice</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>optional, e.g. http://proxy.kampus.ac.id:3128</source>
            <translation>opsional, mis. http://proxy.kampus.ac.id:3128</translation>
        </message>
    </context>
    <context>
        <name>PerbandinganDetailWidget</name>
        <message>
            <source>%1 field(s) differ from SISTER.</source>
            <translation>%1 kolom berbeda dengan SISTER.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(kosong)</translation>
        </message>
        <message>
            <source>An usulan of it is already waiting on the Usulan page.</source>
            <translation>Usulan untuk kolom ini sudah menunggu di halaman Usulan.</translation>
        </message>
        <message>
            <source>Campus → SISTER</source>
            <translation>Kampus → SISTER</translation>
        </message>
        <message>
            <source>Copy SISTER's value into the ticked fields (all differing ones if none)</source>
            <translation>Salin nilai SISTER ke kolom yang dicentang (semua kolom yang berbeda bila tidak ada yang dicentang)</translation>
        </message>
        <message>
            <source>Nothing to propose: SISTER already has the campus's value, or an usulan of it is waiting.</source>
            <translation>Tidak ada yang diusulkan: SISTER sudah memiliki nilai kampus, atau usulannya sudah menunggu.</translation>
        </message>
        <message>
            <source>Perbandingan with SISTER</source>
            <extracomment>SISTER values were copied into this employee's record. Ubah usulan were drafted from the campus's values (the Usulan page shows them).</extracomment>
            <translation>Perbandingan dengan SISTER</translation>
        </message>
        <message>
            <source>Propose the campus's %1 as a change in SISTER (a draft usulan of this field only)</source>
            <translation>Usulkan %1 dari kampus sebagai perubahan di SISTER (draf usulan untuk kolom ini saja)</translation>
        </message>
        <message>
            <source>Propose to SISTER</source>
            <translation>Usulkan ke SISTER</translation>
        </message>
        <message>
            <source>Terapkan data SISTER</source>
            <translation>Terapkan data SISTER</translation>
        </message>
        <message>
            <source>The campus data matches SISTER.</source>
            <translation>Data kampus sama dengan SISTER.</translation>
        </message>
        <message>
            <source>Usulan of %1 drafted: approve it on the Usulan page.</source>
            <translation>Usulan %1 dibuat: setujui di halaman Usulan.</translation>
        </message>
        <message>
            <source>campus: %1 · SISTER: %2</source>
            <translation>kampus: %1 · SISTER: %2</translation>
        </message>
    </context>
    <context>
        <name>PerbandinganModel</name>
        <message>
            <source>Campus value</source>
            <translation>Nilai kampus</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>Custom roles: the row's ``(pegawai_id, field)``, whether it differs, its field name.</extracomment>
            <translation>Nama</translation>
        </message>
        <message>
            <source>SISTER value</source>
            <translation>Nilai SISTER</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
    </context>
    <context>
        <name>PerbandinganPanel</name>
        <message>
            <source>Export XLSX</source>
            <translation>Ekspor XLSX</translation>
        </message>
        <message>
            <source>Export the Perbandingan</source>
            <translation>Ekspor Perbandingan</translation>
        </message>
        <message>
            <source>History of Terapkan data SISTER</source>
            <translation>Riwayat Terapkan data SISTER</translation>
        </message>
        <message>
            <source>Only the different ones</source>
            <translation>Hanya yang berbeda</translation>
        </message>
        <message>
            <source>Print to PDF</source>
            <translation>Cetak ke PDF</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Search name or id_sdm</source>
            <extracomment>Campus records were changed (apply or undo): the Pegawai tab should reload.</extracomment>
            <translation>Cari nama atau id_sdm</translation>
        </message>
        <message>
            <source>Terapkan data SISTER (ticked)</source>
            <translation>Terapkan data SISTER (yang dicentang)</translation>
        </message>
        <message>
            <source>Terapkan data SISTER for this pegawai</source>
            <translation>Terapkan data SISTER untuk pegawai ini</translation>
        </message>
        <message>
            <source>Tick all shown</source>
            <translation>Centang semua yang ditampilkan</translation>
        </message>
        <message>
            <source>Undo the selected change</source>
            <translation>Batalkan perubahan yang dipilih</translation>
        </message>
    </context>
    <context>
        <name>PerubahanPanel</name>
        <message>
            <source>%1 pegawai whose SISTER data changed in this run.</source>
            <translation>%1 pegawai yang data SISTER-nya berubah pada sinkronisasi ini.</translation>
        </message>
        <message>
            <source>Export XLSX</source>
            <translation>Ekspor XLSX</translation>
        </message>
        <message>
            <source>Export what changed</source>
            <translation>Ekspor daftar perubahan</translation>
        </message>
        <message>
            <source>Print to PDF</source>
            <translation>Cetak ke PDF</translation>
        </message>
        <message>
            <source>Sync run:</source>
            <translation>Sinkronisasi:</translation>
        </message>
    </context>
    <context>
        <name>RecordCompareWidget</name>
        <message>
            <source>&lt;b&gt;Local data&lt;/b&gt;</source>
            <translation>&lt;b&gt;Data lokal&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;SISTER&lt;/b&gt;</source>
            <translation>&lt;b&gt;SISTER&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <source>NIDN / NIDK / NUPN</source>
            <translation>NIDN / NIDK / NUPN</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>RecordDetailDialog</name>
        <message>
            <source>A change request (ajuan) for this record waits for verification</source>
            <translation>Ada ajuan perubahan data ini yang menunggu verifikasi</translation>
        </message>
        <message>
            <source>Ajuan: a change request waiting for verification</source>
            <extracomment>The document fields listed per document, in this order. Field name -&gt; the value shown (tests read what the operator reads). The documents listed, by name.</extracomment>
            <translation>Ajuan: perubahan yang menunggu verifikasi</translation>
        </message>
        <message>
            <source>Documents (%1)</source>
            <translation>Dokumen (%1)</translation>
        </message>
        <message>
            <source>First seen %1 · last changed %2 · last seen %3</source>
            <translation>Pertama terlihat %1 · terakhir berubah %2 · terakhir terlihat %3</translation>
        </message>
        <message>
            <source>Removed from SISTER since %1</source>
            <translation>Dihapus dari SISTER sejak %1</translation>
        </message>
        <message>
            <source>This record lists no documents.</source>
            <translation>Data ini tidak mencantumkan dokumen.</translation>
        </message>
    </context>
    <context>
        <name>ReferensiChecklist</name>
        <message numerus="yes">
            <source>%n chosen</source>
            <translation>
                <numerusform>%n dipilih</numerusform>
            </translation>
        </message>
        <message>
            <source>SISTER's list could not be read, so no other can be chosen now: check the connection in Pengaturan (Cek Service) and open the form again.</source>
            <translation>Daftar dari SISTER tidak terbaca, jadi belum bisa memilih yang lain: periksa koneksi di Pengaturan (Cek Service) lalu buka formulir ini lagi.</translation>
        </message>
        <message>
            <source>Search by name…</source>
            <translation>Cari nama…</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SdmSuggestionModel</name>
        <message>
            <source>Already linked to</source>
            <translation>Sudah terhubung dengan</translation>
        </message>
        <message>
            <source>Name in SISTER</source>
            <translation>Nama di SISTER</translation>
        </message>
        <message>
            <source>Same birth date</source>
            <translation>Tanggal lahir sama</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Kemiripan</translation>
        </message>
    </context>
    <context>
        <name>SinkronisasiTab</name>
        <message>
            <source>Changes</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <source>Log Kirim</source>
            <translation>Log Kirim</translation>
        </message>
        <message>
            <source>Not linked yet</source>
            <translation>Belum terhubung</translation>
        </message>
        <message>
            <source>Perbandingan</source>
            <translation>Perbandingan</translation>
        </message>
        <message>
            <source>Run and log</source>
            <translation>Jalankan dan Log</translation>
        </message>
        <message>
            <source>Usulan</source>
            <translation>Usulan</translation>
        </message>
    </context>
    <context>
        <name>SisterDataTexts</name>
        <message>
            <source>Academic rank history</source>
            <translation>Riwayat Jabatan Fungsional</translation>
        </message>
        <message>
            <source>Additional duties</source>
            <translation>Tugas Tambahan</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>Allowances</source>
            <translation>Tunjangan</translation>
        </message>
        <message>
            <source>Allowances, welfare, awards, professional memberships</source>
            <translation>Tunjangan, kesejahteraan, penghargaan, anggota profesi</translation>
        </message>
        <message>
            <source>Assignments (Penugasan)</source>
            <translation>Penugasan</translation>
        </message>
        <message>
            <source>Assignments, academic ranks, grades, inpassing, structural positions, additional duties, work history, pending rank requests</source>
            <translation>Penugasan, jabatan fungsional, kepangkatan, inpassing, jabatan struktural, tugas tambahan, riwayat pekerjaan, ajuan jabatan fungsional</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Penghargaan</translation>
        </message>
        <message>
            <source>BKD (lecturer workload)</source>
            <translation>BKD (beban kerja dosen)</translation>
        </message>
        <message>
            <source>BKD final report</source>
            <translation>Laporan Akhir BKD</translation>
        </message>
        <message>
            <source>BKD: community service</source>
            <translation>BKD: pengabdian</translation>
        </message>
        <message>
            <source>BKD: education</source>
            <translation>BKD: pendidikan</translation>
        </message>
        <message>
            <source>BKD: research</source>
            <translation>BKD: penelitian</translation>
        </message>
        <message>
            <source>BKD: support</source>
            <translation>BKD: penunjang</translation>
        </message>
        <message>
            <source>BKD: teaching</source>
            <translation>BKD: pengajaran</translation>
        </message>
        <message>
            <source>Community service</source>
            <translation>Pengabdian</translation>
        </message>
        <message>
            <source>Detasering</source>
            <translation>Detasering</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>Education and certification</source>
            <translation>Pendidikan dan sertifikasi</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Kepegawaian</translation>
        </message>
        <message>
            <source>Employment data</source>
            <translation>Data kepegawaian</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Keluarga</translation>
        </message>
        <message>
            <source>Fields of science</source>
            <translation>Bidang ilmu</translation>
        </message>
        <message>
            <source>Formal education</source>
            <translation>Pendidikan Formal</translation>
        </message>
        <message>
            <source>Formal education, training, lecturer and professional certification, test scores, scholarships, pending requests</source>
            <translation>Pendidikan formal, diklat, sertifikasi dosen dan profesi, nilai tes, beasiswa, ajuan yang sedang diverifikasi</translation>
        </message>
        <message>
            <source>Grade history</source>
            <translation>Riwayat Kepangkatan</translation>
        </message>
        <message>
            <source>Inpassing</source>
            <translation>Inpassing</translation>
        </message>
        <message>
            <source>Intellectual property</source>
            <translation>Kekayaan Intelektual</translation>
        </message>
        <message>
            <source>Journal management</source>
            <translation>Pengelola Jurnal</translation>
        </message>
        <message>
            <source>Lecturer certification</source>
            <translation>Sertifikasi Dosen</translation>
        </message>
        <message>
            <source>Lecturer mentoring</source>
            <translation>Bimbing Dosen</translation>
        </message>
        <message>
            <source>Other data (NPWP)</source>
            <translation>Data lain (NPWP)</translation>
        </message>
        <message>
            <source>Other supporting activities</source>
            <translation>Penunjang Lain</translation>
        </message>
        <message>
            <source>Pending academic rank requests</source>
            <translation>Ajuan Jabatan Fungsional</translation>
        </message>
        <message>
            <source>Pending formal education requests</source>
            <translation>Ajuan Pendidikan Formal</translation>
        </message>
        <message>
            <source>Pending lecturer certification requests</source>
            <translation>Ajuan Sertifikasi Dosen</translation>
        </message>
        <message>
            <source>Pending test score requests</source>
            <translation>Ajuan Nilai Tes</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Data pribadi</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Population data</source>
            <translation>Kependudukan</translation>
        </message>
        <message>
            <source>Professional certification</source>
            <translation>Sertifikasi Profesi</translation>
        </message>
        <message>
            <source>Professional memberships</source>
            <translation>Anggota Profesi</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Profile, population data, employment data, address, family, tax, fields of science, photo</source>
            <translation>Profil, kependudukan, kepegawaian, alamat, keluarga, data lain (NPWP), bidang ilmu, foto</translation>
        </message>
        <message>
            <source>Publications</source>
            <translation>Publikasi</translation>
        </message>
        <message>
            <source>Research</source>
            <translation>Penelitian</translation>
        </message>
        <message>
            <source>Scholarships</source>
            <translation>Beasiswa</translation>
        </message>
        <message>
            <source>Scientific orations</source>
            <translation>Orasi Ilmiah</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Pembicara</translation>
        </message>
        <message>
            <source>Structural positions</source>
            <translation>Jabatan Struktural</translation>
        </message>
        <message>
            <source>Student examination</source>
            <translation>Pengujian Mahasiswa</translation>
        </message>
        <message>
            <source>Student supervision</source>
            <translation>Bimbingan Mahasiswa</translation>
        </message>
        <message>
            <source>Teaching</source>
            <translation>Pengajaran</translation>
        </message>
        <message>
            <source>Teaching materials</source>
            <translation>Bahan Ajar</translation>
        </message>
        <message>
            <source>Teaching per semester, supervision and examination of students, research, publications, community service and the other activities</source>
            <translation>Pengajaran per semester, bimbingan dan pengujian mahasiswa, penelitian, publikasi, pengabdian dan kegiatan lainnya</translation>
        </message>
        <message>
            <source>Test scores</source>
            <translation>Nilai Tes</translation>
        </message>
        <message>
            <source>The BKD report and its lists per semester</source>
            <translation>Laporan akhir BKD dan daftarnya per semester</translation>
        </message>
        <message>
            <source>The list of uploaded documents (not the files)</source>
            <translation>Daftar dokumen yang diunggah (tanpa berkasnya)</translation>
        </message>
        <message>
            <source>Training (Diklat)</source>
            <translation>Diklat</translation>
        </message>
        <message>
            <source>Tridharma</source>
            <translation>Tridharma</translation>
        </message>
        <message>
            <source>Visiting scientist</source>
            <translation>Visiting Scientist</translation>
        </message>
        <message>
            <source>Welfare</source>
            <translation>Kesejahteraan</translation>
        </message>
        <message>
            <source>Welfare and awards</source>
            <translation>Kesejahteraan dan penghargaan</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>Riwayat Pekerjaan</translation>
        </message>
    </context>
    <context>
        <name>SisterFieldTexts</name>
        <message>
            <source>Abroad</source>
            <translation>Luar negeri</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Activity category</source>
            <translation>Kategori kegiatan</translation>
        </message>
        <message>
            <source>Additional duty</source>
            <translation>Tugas tambahan</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>Age of ajuan (days)</source>
            <translation>Umur ajuan (hari)</translation>
        </message>
        <message>
            <source>Amount (Rp)</source>
            <translation>Nominal (Rp)</translation>
        </message>
        <message>
            <source>Assignment SK date</source>
            <translation>Tanggal SK penugasan</translation>
        </message>
        <message>
            <source>Assignment SK number</source>
            <translation>Nomor SK penugasan</translation>
        </message>
        <message>
            <source>CPNS SK date</source>
            <translation>Tanggal SK CPNS</translation>
        </message>
        <message>
            <source>CPNS SK number</source>
            <translation>Nomor SK CPNS</translation>
        </message>
        <message>
            <source>Certification SK number</source>
            <translation>Nomor SK sertifikasi</translation>
        </message>
        <message>
            <source>Certifying body</source>
            <translation>Lembaga sertifikasi</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <source>City/regency</source>
            <translation>Kota/kabupaten</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Kelas</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Mata kuliah</translation>
        </message>
        <message>
            <source>Credits (SKS)</source>
            <translation>SKS</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Asal data</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Date held</source>
            <translation>Tanggal pelaksanaan</translation>
        </message>
        <message>
            <source>Date of ajuan</source>
            <translation>Tanggal ajuan</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <source>Degree</source>
            <translation>Gelar</translation>
        </message>
        <message>
            <source>Division</source>
            <translation>Divisi</translation>
        </message>
        <message>
            <source>Document name</source>
            <translation>Nama dokumen</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Lama kegiatan</translation>
        </message>
        <message>
            <source>Duty end</source>
            <translation>Selesai tugas</translation>
        </message>
        <message>
            <source>Duty start (TMT)</source>
            <translation>TMT tugas</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Employment status</source>
            <translation>Status kepegawaian</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>Ikatan kerja</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Tanggal selesai</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>Tahun selesai</translation>
        </message>
        <message>
            <source>Ended work</source>
            <translation>Selesai bekerja</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Field of science</source>
            <translation>Bidang ilmu</translation>
        </message>
        <message>
            <source>Field of study</source>
            <translation>Bidang studi</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Nama file</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>Jenis file</translation>
        </message>
        <message>
            <source>Granting institution</source>
            <translation>Instansi pemberi</translation>
        </message>
        <message>
            <source>Home phone</source>
            <translation>Telepon rumah</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>Jabatan fungsional</source>
            <translation>Jabatan fungsional</translation>
        </message>
        <message>
            <source>Kind of Diklat</source>
            <translation>Jenis diklat</translation>
        </message>
        <message>
            <source>Kind of ajuan</source>
            <translation>Jenis ajuan</translation>
        </message>
        <message>
            <source>Kind of allowance</source>
            <translation>Jenis tunjangan</translation>
        </message>
        <message>
            <source>Kind of award</source>
            <translation>Jenis penghargaan</translation>
        </message>
        <message>
            <source>Kind of certification</source>
            <translation>Jenis sertifikasi</translation>
        </message>
        <message>
            <source>Kind of document</source>
            <translation>Jenis dokumen</translation>
        </message>
        <message>
            <source>Kind of publication</source>
            <translation>Jenis publikasi</translation>
        </message>
        <message>
            <source>Kind of scholarship</source>
            <translation>Jenis beasiswa</translation>
        </message>
        <message>
            <source>Kind of test</source>
            <translation>Jenis tes</translation>
        </message>
        <message>
            <source>Kind of welfare benefit</source>
            <translation>Jenis kesejahteraan</translation>
        </message>
        <message>
            <source>Kind of work</source>
            <translation>Jenis pekerjaan</translation>
        </message>
        <message>
            <source>Leaving date</source>
            <translation>Tanggal keluar</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Jenjang</translation>
        </message>
        <message>
            <source>Line of business</source>
            <translation>Bidang usaha</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <source>Male</source>
            <extracomment>``(400.00)``: the credit points SISTER writes after a rank's name (a dot, two decimals).</extracomment>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Marital status</source>
            <translation>Status perkawinan</translation>
        </message>
        <message>
            <source>Meeting name</source>
            <translation>Nama pertemuan</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Telepon HP</translation>
        </message>
        <message>
            <source>NIDN</source>
            <translation>NIDN</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>NPWP</source>
            <translation>NPWP</translation>
        </message>
        <message>
            <source>NUPTK</source>
            <translation>NUPTK</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>The translation context of the titles (``texts/sister_field_texts.py`` looks them up there). ``yyyy-mm-dd``. A lowercase UUID (an ``id_sdm``, a record's or a reference's id). A list of ids (``dokumen``, ``mitra_litabmas``, the kelompok bidang of ``bidang_ilmu``). A list of objects (``anggota_dosen``, ``penulis_mahasiswa``). A number written as text whose leading zeros matter (NIP, NIDN, NIK, a postcode): read without its inner spaces. The English title (``None``: the name made readable, ``texts.sister_field_texts``). The ``referensi/&lt;name&gt;`` list whose ``{id, nama}`` rows name an id of this field. Read in capitals (``jenis_kelamin``: ``L`` or ``P``).</extracomment>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Name of the Diklat</source>
            <translation>Nama diklat</translation>
        </message>
        <message>
            <source>Name of the award</source>
            <translation>Nama penghargaan</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Urutan</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Penyelenggara</translation>
        </message>
        <message>
            <source>Pangkat/golongan</source>
            <translation>Pangkat/golongan</translation>
        </message>
        <message>
            <source>Paper title</source>
            <translation>Judul makalah</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Tempat lahir</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>Position SK number</source>
            <translation>Nomor SK jabatan</translation>
        </message>
        <message>
            <source>Position end</source>
            <translation>Selesai jabatan</translation>
        </message>
        <message>
            <source>Position start (TMT)</source>
            <translation>TMT jabatan</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Kode pos</translation>
        </message>
        <message>
            <source>Proposed change</source>
            <translation>Perubahan yang diajukan</translation>
        </message>
        <message>
            <source>Publication medium</source>
            <translation>Media publikasi</translation>
        </message>
        <message>
            <source>Quartile</source>
            <translation>Kuartil</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Nomor registrasi</translation>
        </message>
        <message>
            <source>Religion</source>
            <translation>Agama</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>SK date</source>
            <translation>Tanggal SK</translation>
        </message>
        <message>
            <source>SK number</source>
            <translation>Nomor SK</translation>
        </message>
        <message>
            <source>Scientific field</source>
            <translation>Bidang keilmuan</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Skor</translation>
        </message>
        <message>
            <source>Semester</source>
            <translation>Semester</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Source of funds</source>
            <translation>Sumber dana</translation>
        </message>
        <message>
            <source>Source of salary</source>
            <translation>Sumber gaji</translation>
        </message>
        <message>
            <source>Spouse's NIP</source>
            <translation>NIP suami/istri</translation>
        </message>
        <message>
            <source>Spouse's name</source>
            <translation>Nama suami/istri</translation>
        </message>
        <message>
            <source>Spouse's occupation</source>
            <translation>Pekerjaan suami/istri</translation>
        </message>
        <message>
            <source>Start (TMT)</source>
            <translation>TMT</translation>
        </message>
        <message>
            <source>Start date</source>
            <extracomment>A field of a name the description does not hold: text, titled by its readable name.</extracomment>
            <translation>Tanggal mulai</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>Tahun mulai</translation>
        </message>
        <message>
            <source>Started work</source>
            <translation>Mulai bekerja</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Still receiving</source>
            <translation>Masih menerima</translation>
        </message>
        <message>
            <source>TMMD</source>
            <translation>TMMD</translation>
        </message>
        <message>
            <source>TMMD SK number</source>
            <translation>Nomor SK TMMD</translation>
        </message>
        <message>
            <source>Taxpayer's name</source>
            <translation>Nama wajib pajak</translation>
        </message>
        <message>
            <source>Test name</source>
            <translation>Nama tes</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Unit kerja</source>
            <translation>Unit kerja</translation>
        </message>
        <message>
            <source>Unit of the duty</source>
            <translation>Unit tugas</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Perguruan tinggi</translation>
        </message>
        <message>
            <source>Uploaded</source>
            <translation>Diunggah</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Berlaku mulai</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Berlaku sampai</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Tanggal verifikasi</translation>
        </message>
        <message>
            <source>Village (kelurahan)</source>
            <translation>Kelurahan</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Year carried out</source>
            <translation>Tahun pelaksanaan</translation>
        </message>
        <message>
            <source>Year of graduation</source>
            <translation>Tahun lulus</translation>
        </message>
        <message>
            <source>Yes</source>
            <extracomment>Letters kept upper case when a field name is made readable. Kept apart from ``_t`` so the extraction reads only literals: the titles are extracted where they are written, in ``domain/sister_fields.py`` (the same context).</extracomment>
            <translation>Ya</translation>
        </message>
    </context>
    <context>
        <name>SisterLinkButton</name>
        <message>
            <source>Hubungkan Pegawai dan Sister</source>
            <extracomment>Links were written or removed: the tab reloads its rows (the tick appears at once). What a collective link did ("12 pegawai linked, 3 to review, 2 not found"), for the tab's status line; sent after ``links_changed``. The dialog opened last (tests and the tab look at it).</extracomment>
            <translation>Hubungkan Pegawai dan Sister</translation>
        </message>
        <message>
            <source>Hubungkan Secara Manual</source>
            <translation>Hubungkan Secara Manual</translation>
        </message>
        <message>
            <source>Tick the employees to link first (the first column).</source>
            <translation>Centang dulu pegawai yang akan dihubungkan (kolom pertama).</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Putuskan hubungan</translation>
        </message>
    </context>
    <context>
        <name>SisterSearchToggle</name>
        <message>
            <source>Also find pegawai by their synced SISTER data: every word in one record, e.g. "sertifikasi dosen 2019" or a study programme</source>
            <translation>Cari pegawai juga di data SISTER yang sudah disinkronkan: semua kata ada dalam satu data, mis. "sertifikasi dosen 2019" atau nama program studi</translation>
        </message>
        <message>
            <source>Also in Data SISTER</source>
            <extracomment>The pause after the last keystroke before the synced data is searched.</extracomment>
            <translation>Cari juga di Data SISTER</translation>
        </message>
    </context>
    <context>
        <name>SisterSummaryWidget</name>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Highest education</source>
            <translation>Pendidikan tertinggi</translation>
        </message>
        <message>
            <source>Homebase</source>
            <translation>Homebase</translation>
        </message>
        <message>
            <source>Jabatan fungsional</source>
            <translation>Jabatan fungsional</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Sinkronisasi terakhir</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>Pangkat/golongan</source>
            <translation>Pangkat/golongan</translation>
        </message>
        <message>
            <source>SISTER data (last sync)</source>
            <translation>Data SISTER (sinkronisasi terakhir)</translation>
        </message>
        <message>
            <source>Status in SISTER</source>
            <translation>Status di SISTER</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
    </context>
    <context>
        <name>SyncLogBox</name>
        <message>
            <source>%1 lines: %2 failed, %3 skipped (not linked)</source>
            <translation>%1 baris: %2 gagal, %3 dilewati (belum terhubung)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Ekspor CSV…</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>Ekspor XLSX…</translation>
        </message>
        <message>
            <source>Failures only</source>
            <extracomment>Pegawai whose last sync failed (Ulangi yang gagal is offered for them).</extracomment>
            <translation>Hanya yang gagal</translation>
        </message>
        <message>
            <source>Log Sinkronisasi</source>
            <translation>Log Sinkronisasi</translation>
        </message>
        <message>
            <source>Pull the %1 pegawai whose last sync failed again.</source>
            <translation>Tarik ulang %1 pegawai yang sinkronisasi terakhirnya gagal.</translation>
        </message>
        <message>
            <source>Retry failed</source>
            <translation>Ulangi yang gagal</translation>
        </message>
    </context>
    <context>
        <name>SyncLogExporter</name>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the Log Sinkronisasi</source>
            <translation>Ekspor Log Sinkronisasi</translation>
        </message>
        <message>
            <source>The file could not be written: %1. Close it in Excel and try again.</source>
            <translation>Berkas tidak dapat ditulis: %1. Tutup berkas itu di Excel lalu coba lagi.</translation>
        </message>
    </context>
    <context>
        <name>SyncLogModel</name>
        <message>
            <source>Endpoint</source>
            <translation>Endpoint</translation>
        </message>
        <message>
            <source>Fields changed</source>
            <translation>Kolom yang berubah</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Time</source>
            <extracomment>The raw status (``ok``/``failed``/``skipped``), for the "failures only" filter. What a column sorts by: the display text, but failures before skips before OK in Status (whatever the words are in the operator's language).</extracomment>
            <translation>Waktu</translation>
        </message>
    </context>
    <context>
        <name>SyncMessenger</name>
        <message>
            <source>Sinkronisasi</source>
            <translation>Sinkronisasi</translation>
        </message>
    </context>
    <context>
        <name>SyncNotifier</name>
        <message>
            <source>%1 pegawai succeeded, %2 failed.</source>
            <translation>%1 pegawai berhasil, %2 gagal.</translation>
        </message>
        <message>
            <source>Open the log</source>
            <translation>Buka log</translation>
        </message>
        <message>
            <source>Resume the interrupted run once the problem is solved.</source>
            <translation>Lanjutkan dengan tombol Lanjutkan setelah masalahnya teratasi.</translation>
        </message>
        <message>
            <source>Stopped after %1 of %2 pegawai: %3 succeeded, %4 failed; %5 not pulled yet.</source>
            <extracomment>The end-of-sync notice's least width: its title and counts read in full. The operator pressed "Open the log" for this run id. The text of the latest tray message (what the operator saw pop up).</extracomment>
            <translation>Dihentikan setelah %1 dari %2 pegawai: %3 berhasil, %4 gagal; %5 belum ditarik.</translation>
        </message>
        <message>
            <source>Sync could not go on</source>
            <translation>Sinkronisasi tidak dapat dilanjutkan</translation>
        </message>
        <message>
            <source>Sync finished</source>
            <translation>Sinkronisasi selesai</translation>
        </message>
        <message>
            <source>Sync finished with failures</source>
            <translation>Sinkronisasi selesai dengan kegagalan</translation>
        </message>
        <message>
            <source>Sync stopped</source>
            <translation>Sinkronisasi dihentikan</translation>
        </message>
        <message>
            <source>The rest can be resumed with Resume the interrupted run in the Sinkronisasi tab.</source>
            <translation>Sisanya dapat dilanjutkan dengan Lanjutkan di tab Sinkronisasi.</translation>
        </message>
        <message>
            <source>Use Retry failed in the sync log to try them again.</source>
            <translation>Gunakan Ulangi yang gagal di Log Sinkronisasi untuk mencobanya lagi.</translation>
        </message>
    </context>
    <context>
        <name>SyncProgressDialog</name>
        <message>
            <source>%1 of %2 requests</source>
            <translation>%1 dari %2 permintaan</translation>
        </message>
        <message>
            <source>Continue syncing</source>
            <translation>Lanjutkan sinkronisasi</translation>
        </message>
        <message>
            <source>Latest failures</source>
            <translation>Kegagalan terakhir</translation>
        </message>
        <message>
            <source>Pegawai already finished are kept. You can resume the rest later (Sinkronisasi tab, or it is offered at the next start).</source>
            <translation>Pegawai yang sudah selesai tetap tersimpan. Sisanya dapat dilanjutkan nanti (tab Sinkronisasi, atau ditawarkan saat program dibuka berikutnya).</translation>
        </message>
        <message>
            <source>Sinkronisasi</source>
            <extracomment>Error lines kept visible in the tail.</extracomment>
            <translation>Sinkronisasi</translation>
        </message>
        <message>
            <source>Starting the sync…</source>
            <translation>Memulai sinkronisasi…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <source>Stop the sync</source>
            <translation>Hentikan sinkronisasi</translation>
        </message>
        <message>
            <source>Stop the sync now?</source>
            <translation>Hentikan sinkronisasi sekarang?</translation>
        </message>
        <message>
            <source>Stop the sync?</source>
            <translation>Hentikan sinkronisasi?</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Menghentikan…</translation>
        </message>
        <message>
            <source>You can stop at any time: finished pegawai are kept and the rest can be resumed later.</source>
            <translation>Anda dapat berhenti kapan saja: pegawai yang sudah selesai tetap tersimpan dan sisanya dapat dilanjutkan nanti.</translation>
        </message>
    </context>
    <context>
        <name>SyncRunListModel</name>
        <message>
            <source>Failed</source>
            <translation>Gagal</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Berhasil</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Dilewati</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Dimulai</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message>
            <source>A long sync</source>
            <translation>Sinkronisasi yang lama</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nanti saja</translation>
        </message>
        <message>
            <source>Start the sync</source>
            <translation>Mulai sinkronisasi</translation>
        </message>
        <message>
            <source>The window stays blocked while it runs; it can be stopped at any time and resumed later with Resume the interrupted run.</source>
            <translation>Jendela terkunci selama berjalan; sinkronisasi dapat dihentikan kapan saja dan dilanjutkan nanti dengan Lanjutkan yang terputus.</translation>
        </message>
        <message>
            <source>Tick pegawai in the Pegawai tab first.</source>
            <extracomment>A sync started (True) or ended (False).</extracomment>
            <translation>Centang dulu pegawai di tab Pegawai.</translation>
        </message>
    </context>
    <context>
        <name>SyncScopeBox</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>At least one group stays ticked: a sync without any would pull nothing. Tick another group first to leave this one out.</source>
            <translation>Minimal satu kelompok tetap dicentang: sinkronisasi tanpa kelompok tidak mengambil apa pun. Centang kelompok lain dulu untuk melepas yang ini.</translation>
        </message>
        <message>
            <source>Data to sync</source>
            <extracomment>The groups whose lists are asked per semester (the semester count applies to them). How long after the last tick the estimate is recomputed (ticking three boxes is one query). The choice was saved; the Sinkronisasi page shows what its next run pulls.</extracomment>
            <translation>Data yang disinkronkan</translation>
        </message>
        <message>
            <source>Estimate of one sync:</source>
            <translation>Perkiraan satu kali sinkronisasi:</translation>
        </message>
        <message>
            <source>Hold the mouse over a group to see what it holds.</source>
            <extracomment>What the group ticked last holds (each box's tooltip says it too).</extracomment>
            <translation>Arahkan tetikus ke sebuah kelompok untuk melihat isinya.</translation>
        </message>
        <message>
            <source>How many of the latest semesters of teaching (Tridharma) and of the BKD lists each sync asks for; older semesters stay as last pulled.</source>
            <translation>Berapa semester terakhir pengajaran (Tridharma) dan daftar BKD yang diminta setiap sinkronisasi; semester yang lebih lama tetap seperti terakhir diambil.</translation>
        </message>
        <message>
            <source>Not saved yet: press Save data choice. Until then a sync pulls the saved choice.</source>
            <translation>Belum disimpan: tekan Simpan pilihan data. Sampai saat itu sinkronisasi memakai pilihan yang tersimpan.</translation>
        </message>
        <message>
            <source>Recent semesters</source>
            <translation>Semester terakhir</translation>
        </message>
        <message>
            <source>Save data choice</source>
            <translation>Simpan pilihan data</translation>
        </message>
        <message>
            <source>Saved: the next sync pulls this data.</source>
            <translation>Tersimpan: sinkronisasi berikutnya mengambil data ini.</translation>
        </message>
        <message>
            <source>What Start sync pulls of each linked pegawai:</source>
            <translation>Yang diambil Mulai Sinkronisasi dari setiap pegawai terhubung:</translation>
        </message>
    </context>
    <context>
        <name>SyncStartBox</name>
        <message>
            <source>All linked pegawai</source>
            <extracomment>The last estimate shown in ``plan_label``.</extracomment>
            <translation>Semua pegawai yang terhubung</translation>
        </message>
        <message>
            <source>Full sync (all details again)</source>
            <translation>Sinkronisasi penuh (semua detail diambil ulang)</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Sinkronisasi terakhir: %1</translation>
        </message>
        <message>
            <source>No sync has been run yet.</source>
            <extracomment>What the next run pulls and what it costs (the data chosen in Pengaturan). Tonight's scheduled run: its cost, the oldest data, the last night's result.</extracomment>
            <translation>Belum pernah ada sinkronisasi.</translation>
        </message>
        <message>
            <source>Only those whose last sync failed</source>
            <translation>Hanya yang sinkronisasi terakhirnya gagal</translation>
        </message>
        <message>
            <source>Pegawai ticked in the Pegawai tab</source>
            <translation>Pegawai yang dicentang di tab Pegawai</translation>
        </message>
        <message>
            <source>Resume the interrupted run</source>
            <translation>Lanjutkan yang terputus</translation>
        </message>
        <message>
            <source>Start sync</source>
            <translation>Mulai Sinkronisasi</translation>
        </message>
        <message>
            <source>Tick pegawai in the Pegawai tab first.</source>
            <translation>Centang dulu pegawai di tab Pegawai.</translation>
        </message>
    </context>
    <context>
        <name>SyncTexts</name>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 dan %2 lainnya</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 jam</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 jam %2 menit</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 menit</translation>
        </message>
        <message>
            <source>%1 more added</source>
            <translation>%1 lainnya ditambahkan</translation>
        </message>
        <message>
            <source>%1 more changed</source>
            <translation>%1 lainnya berubah</translation>
        </message>
        <message>
            <source>%1 more removed</source>
            <translation>%1 lainnya dihapus</translation>
        </message>
        <message>
            <source>%1 not linked (skipped)</source>
            <translation>%1 belum terhubung (dilewati)</translation>
        </message>
        <message>
            <source>%1 not pulled yet</source>
            <translation>%1 belum ditarik</translation>
        </message>
        <message>
            <source>%1 of %2 pegawai pulled · %3 ok · %4 failed</source>
            <translation>%1 dari %2 pegawai ditarik · %3 berhasil · %4 gagal</translation>
        </message>
        <message>
            <source>%1 of %2 pegawai: %3 ok, %4 failed</source>
            <translation>%1 dari %2 pegawai: %3 berhasil, %4 gagal</translation>
        </message>
        <message>
            <source>%1 pegawai not linked to SISTER: skipped, no request sent.</source>
            <translation>%1 pegawai belum terhubung ke SISTER: dilewati, tanpa permintaan.</translation>
        </message>
        <message>
            <source>%1 pegawai pulled as a sample (%2 requests); the rest: %3</source>
            <translation>%1 pegawai ditarik sebagai sampel (%2 permintaan); sisanya: %3</translation>
        </message>
        <message>
            <source>%1 pegawai: %2 (%3)</source>
            <translation>%1 pegawai: %2 (%3)</translation>
        </message>
        <message>
            <source>%1 requests/s</source>
            <translation>%1 permintaan/detik</translation>
        </message>
        <message>
            <source>%1 rows written to %2</source>
            <translation>%1 baris ditulis ke %2</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 detik</translation>
        </message>
        <message>
            <source>%1, %2: %3 of %4 pegawai ok, %5 failed</source>
            <translation>%1, %2: %3 dari %4 pegawai berhasil, %5 gagal</translation>
        </message>
        <message>
            <source>%1, resumed</source>
            <translation>%1, dilanjutkan</translation>
        </message>
        <message>
            <source>(entry added)</source>
            <translation>(entri ditambahkan)</translation>
        </message>
        <message>
            <source>(entry changed)</source>
            <translation>(entri berubah)</translation>
        </message>
        <message>
            <source>(entry removed)</source>
            <translation>(entri dihapus)</translation>
        </message>
        <message>
            <source>(first sync)</source>
            <translation>(sinkronisasi pertama)</translation>
        </message>
        <message>
            <source>(whole pegawai)</source>
            <translation>(seluruh data pegawai)</translation>
        </message>
        <message>
            <source>--format %1 does not match the file name ending in %2: make them the same.</source>
            <translation>--format %1 tidak sesuai dengan nama berkas yang berakhiran %2: samakan keduanya.</translation>
        </message>
        <message>
            <source>A sync is already running on %1 (user %2) since %3. Wait until it finishes.</source>
            <translation>Sinkronisasi sedang berjalan di %1 (pengguna %2) sejak %3. Tunggu sampai selesai.</translation>
        </message>
        <message>
            <source>All linked pegawai</source>
            <translation>Semua pegawai yang terhubung</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Completed with failures</source>
            <translation>Selesai dengan kegagalan</translation>
        </message>
        <message>
            <source>Continues an earlier run that was cut short.</source>
            <translation>Melanjutkan sinkronisasi sebelumnya yang terhenti.</translation>
        </message>
        <message>
            <source>Continues the run of %1; its log shows the lines of both.</source>
            <translation>Melanjutkan sinkronisasi %1; lognya memuat baris keduanya.</translation>
        </message>
        <message>
            <source>Counted from a sample of %1 pegawai pulled just now (%2 requests, in the Log Sinkronisasi); the sync asks them nothing again.</source>
            <translation>Dihitung dari sampel %1 pegawai yang baru ditarik (%2 permintaan, di Log Sinkronisasi); sinkronisasi tidak menanyakan mereka lagi.</translation>
        </message>
        <message>
            <source>Data (every detail again): %1</source>
            <translation>Data (semua detail diambil ulang): %1</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Data: %1</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpoint</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Gagal</translation>
        </message>
        <message>
            <source>Failed only</source>
            <translation>Hanya yang gagal</translation>
        </message>
        <message>
            <source>Fetch every record's details again, not only those of new and changed records. Takes much longer; use it when SISTER's data was corrected without the list showing a change. Only for this run.</source>
            <translation>Mengambil ulang detail setiap data, bukan hanya data yang baru dan berubah. Jauh lebih lama; pakai bila data di SISTER diperbaiki tanpa terlihat berubah di daftarnya. Hanya untuk sekali jalan ini.</translation>
        </message>
        <message>
            <source>Fields changed</source>
            <translation>Kolom yang berubah</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>Status HTTP</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Terputus</translation>
        </message>
        <message>
            <source>Last nightly sync: %1</source>
            <translation>Sinkronisasi malam terakhir: %1</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <source>No data pulled yet.</source>
            <translation>Belum ada data yang ditarik.</translation>
        </message>
        <message>
            <source>No linked pegawai to sync yet.</source>
            <extracomment>A run expected to take longer than this is confirmed before it starts; a shorter one is not worth the extra click.</extracomment>
            <translation>Belum ada pegawai terhubung untuk disinkronkan.</translation>
        </message>
        <message>
            <source>No new pegawai is started; the %1 being pulled finish or are left for Resume the interrupted run (a few seconds).</source>
            <translation>Tidak ada pegawai baru yang dimulai; %1 yang sedang ditarik diselesaikan atau ditinggal untuk Lanjutkan yang terputus (beberapa detik).</translation>
        </message>
        <message>
            <source>No new pegawai is started; the run is recorded as stopped.</source>
            <translation>Tidak ada pegawai baru yang dimulai; sinkronisasi dicatat sebagai dihentikan.</translation>
        </message>
        <message>
            <source>No pegawai failed in the last syncs: there is nothing to retry.</source>
            <translation>Tidak ada pegawai yang gagal pada sinkronisasi terakhir: tidak ada yang perlu diulang.</translation>
        </message>
        <message>
            <source>No pegawai is linked to SISTER yet. Link them first in the Pegawai tab (Hubungkan Pegawai dan Sister), then start the sync.</source>
            <translation>Belum ada pegawai yang terhubung dengan SISTER. Hubungkan dulu di tab Pegawai (Hubungkan Pegawai dan Sister), lalu mulai sinkronisasi.</translation>
        </message>
        <message>
            <source>No sync has been run on this database yet.</source>
            <translation>Belum pernah ada sinkronisasi di basis data ini.</translation>
        </message>
        <message>
            <source>Nothing was pulled yet, so the time the sync takes is only a guess. A sample of dosen and tendik is pulled first (a run of its own in the log), and the sync then reuses it: nothing is asked twice. You can stop at any time; what is pulled is kept.</source>
            <translation>Belum ada yang ditarik, jadi lama sinkronisasi baru tebakan. Sampel dosen dan tendik ditarik dulu (sinkronisasi tersendiri di log), lalu sinkronisasi memakainya lagi: tidak ada yang ditanyakan dua kali. Anda dapat berhenti kapan saja; yang sudah ditarik tetap disimpan.</translation>
        </message>
        <message>
            <source>Now %1 pegawai at once: %2</source>
            <translation>Sekarang %1 pegawai sekaligus: %2</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Sekarang: %1</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Berhasil</translation>
        </message>
        <message>
            <source>Oldest data on hand: %1 days.</source>
            <translation>Data tertua yang ada: %1 hari.</translation>
        </message>
        <message>
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <source>Pegawai ID</source>
            <translation>ID pegawai</translation>
        </message>
        <message>
            <source>Pulling a sample for the estimate…</source>
            <translation>Menarik sampel untuk perkiraan…</translation>
        </message>
        <message>
            <source>Pulling the pegawai's data from SISTER…</source>
            <translation>Menarik data pegawai dari SISTER…</translation>
        </message>
        <message>
            <source>Reading SISTER's list of SDM…</source>
            <extracomment>Names shown of the pegawai pulled at once; the rest are counted.</extracomment>
            <translation>Membaca daftar SDM SISTER…</translation>
        </message>
        <message>
            <source>Reading the reference lists…</source>
            <translation>Membaca daftar referensi…</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Lanjutkan</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Berjalan</translation>
        </message>
        <message>
            <source>SDM list</source>
            <translation>Daftar SDM</translation>
        </message>
        <message>
            <source>Sample for the estimate</source>
            <translation>Sampel untuk perkiraan</translation>
        </message>
        <message>
            <source>Sample, round %1: %2 pegawai</source>
            <translation>Sampel, putaran %1: %2 pegawai</translation>
        </message>
        <message>
            <source>Scheduled (lists past their freshness)</source>
            <translation>Terjadwal (daftar yang melewati batas kesegaran)</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Dilewati</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Stopped by an error</source>
            <translation>Terhenti karena kesalahan</translation>
        </message>
        <message>
            <source>Stopped by the operator</source>
            <translation>Dihentikan operator</translation>
        </message>
        <message>
            <source>Stopping: requests on the way finish, finished pegawai are kept. Continue later with: sister-desktop sync --resume</source>
            <translation>Menghentikan: permintaan yang sedang berjalan diselesaikan, pegawai yang sudah selesai tetap tersimpan. Lanjutkan nanti dengan: sister-desktop sync --resume</translation>
        </message>
        <message>
            <source>The remaining %1 pegawai were continued by the run of %2.</source>
            <translation>Sisa %1 pegawai dilanjutkan oleh sinkronisasi %2.</translation>
        </message>
        <message>
            <source>The sample could not be pulled, so the sync was not started: %1</source>
            <translation>Sampel tidak dapat ditarik, jadi sinkronisasi tidak dimulai: %1</translation>
        </message>
        <message>
            <source>The sample stopped after %1 pegawai (%2 requests); from them, the rest: %3</source>
            <translation>Sampel berhenti setelah %1 pegawai (%2 permintaan); dari mereka, sisanya: %3</translation>
        </message>
        <message>
            <source>The sample was stopped after %1 pegawai, so the sync was not started. What was pulled is kept (Log Sinkronisasi).</source>
            <translation>Sampel dihentikan setelah %1 pegawai, jadi sinkronisasi tidak dimulai. Yang sudah ditarik tetap disimpan (Log Sinkronisasi).</translation>
        </message>
        <message>
            <source>The server is limiting requests; continuing at %1.</source>
            <translation>Server membatasi permintaan, dilanjutkan pukul %1.</translation>
        </message>
        <message>
            <source>There is no interrupted or cancelled sync to resume.</source>
            <translation>Tidak ada sinkronisasi terputus atau dibatalkan yang dapat dilanjutkan.</translation>
        </message>
        <message>
            <source>There is no sync run %1 in this database.</source>
            <translation>Tidak ada sinkronisasi %1 di basis data ini.</translation>
        </message>
        <message>
            <source>This sync will take about %1. Start it now?</source>
            <translation>Sinkronisasi ini memakan waktu sekitar %1. Mulai sekarang?</translation>
        </message>
        <message>
            <source>Ticked pegawai</source>
            <translation>Pegawai yang dicentang</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Tonight: %1 pegawai, %2.</source>
            <translation>Malam ini: %1 pegawai, %2.</translation>
        </message>
        <message>
            <source>Tonight: nothing is due.</source>
            <translation>Malam ini: tidak ada yang jatuh tempo.</translation>
        </message>
        <message>
            <source>XLSX needs a file: add --output PATH.xlsx</source>
            <translation>XLSX memerlukan berkas: tambahkan --output PATH.xlsx</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>sekitar %1 lagi</translation>
        </message>
        <message>
            <source>averaged from %1 pegawai pulled</source>
            <translation>rata-rata dari %1 pegawai yang sudah ditarik</translation>
        </message>
        <message>
            <source>current values</source>
            <translation>nilai terkini</translation>
        </message>
        <message>
            <source>from the last sync</source>
            <translation>dari sinkronisasi terakhir</translation>
        </message>
        <message>
            <source>rough guess: no pegawai pulled yet to count from</source>
            <translation>perkiraan kasar: belum ada pegawai yang ditarik sebagai dasar</translation>
        </message>
        <message>
            <source>time left not known yet</source>
            <translation>sisa waktu belum diketahui</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>tidak diketahui</translation>
        </message>
        <message>
            <source>≈ %1 requests (± %2), ≈ %3 at %4/s</source>
            <translation>≈ %1 permintaan (± %2), ≈ %3 pada %4/detik</translation>
        </message>
        <message>
            <source>≈ %1 requests, ≈ %2 at %3/s</source>
            <translation>≈ %1 permintaan, ≈ %2 pada %3/detik</translation>
        </message>
    </context>
    <context>
        <name>TabelLkpsPage</name>
        <message>
            <source>%1 SISTER records behind this cell</source>
            <translation>%1 rekaman SISTER di balik sel ini</translation>
        </message>
        <message>
            <source>Click a cell to see the SISTER records behind it.</source>
            <translation>Klik sebuah sel untuk melihat rekaman SISTER di baliknya.</translation>
        </message>
        <message>
            <source>Click a cell, then choose one of its records.</source>
            <translation>Klik sebuah sel, lalu pilih salah satu rekamannya.</translation>
        </message>
        <message>
            <source>Data SISTER…</source>
            <translation>Data SISTER…</translation>
        </message>
        <message>
            <source>No study programme yet: link and sync the dosen first.</source>
            <translation>Belum ada program studi: hubungkan dan sinkronkan dosen terlebih dahulu.</translation>
        </message>
        <message>
            <source>Save XLSX…</source>
            <translation>Simpan XLSX…</translation>
        </message>
        <message>
            <source>Show</source>
            <extracomment>Column widths in pixels: a number column stays narrow, a list of courses wraps.</extracomment>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <source>Study programme:</source>
            <translation>Program studi:</translation>
        </message>
        <message>
            <source>TS:</source>
            <translation>TS:</translation>
        </message>
        <message>
            <source>Tinted cells: %1</source>
            <translation>Sel berwarna: %1</translation>
        </message>
    </context>
    <context>
        <name>UnlinkDialog</name>
        <message>
            <source>Duplicate employee record</source>
            <translation>Data pegawai ganda</translation>
        </message>
        <message>
            <source>Employee left or retired</source>
            <translation>Pegawai keluar atau pensiun</translation>
        </message>
        <message>
            <source>Linked to the wrong person</source>
            <translation>Terhubung ke SDM yang salah</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Reason (required)</source>
            <translation>Alasan (wajib diisi)</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Putuskan hubungan</translation>
        </message>
        <message>
            <source>Unlink %1 from SISTER person %2? The data already pulled stays; the next Sinkronisasi skips this employee until it is linked again.</source>
            <translation>Putuskan hubungan %1 dengan SDM SISTER %2? Data yang sudah diambil tetap ada; Sinkronisasi berikutnya melewati pegawai ini sampai dihubungkan lagi.</translation>
        </message>
    </context>
    <context>
        <name>UsulanDetailPanel</name>
        <message>
            <source>#%1 %2 of %3 — %4</source>
            <translation>#%1 %2 %3 — %4</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Check in SISTER</source>
            <translation>Periksa di SISTER</translation>
        </message>
        <message>
            <source>Choose an usulan to see what it changes.</source>
            <translation>Pilih usulan untuk melihat apa yang diubahnya.</translation>
        </message>
        <message>
            <source>Documents to upload</source>
            <translation>Dokumen yang akan diunggah</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>In SISTER</source>
            <translation>Di SISTER</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Diusulkan</translation>
        </message>
        <message>
            <source>SISTER said: %1</source>
            <translation>Kata SISTER: %1</translation>
        </message>
        <message>
            <source>SISTER's id: %1</source>
            <translation>ID SISTER: %1</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Langkah</translation>
        </message>
        <message>
            <source>The answer to this usulan never came: look in SISTER whether it arrived before sending it again</source>
            <translation>Jawaban atas usulan ini tidak pernah datang: periksa di SISTER apakah sudah sampai sebelum mengirimnya lagi</translation>
        </message>
        <message>
            <source>not uploaded yet</source>
            <translation>belum diunggah</translation>
        </message>
        <message>
            <source>uploaded</source>
            <translation>sudah diunggah</translation>
        </message>
    </context>
    <context>
        <name>UsulanFormDialog</name>
        <message>
            <source>%1 %2 — %3</source>
            <translation>%1 %2 — %3</translation>
        </message>
        <message>
            <source>Change</source>
            <extracomment>Fields the form never asks: the owner is the pegawai the form is for. The synced record an Ubah starts from (None for Tambah). The draf opened again (Buka). The id lists other than the documents (a penelitian's mitra litabmas). The synced record the form changes (an Ubah's, or a draf ubah's found again).</extracomment>
            <translation>Ubah</translation>
        </message>
        <message>
            <source>Correct the fields marked in red first.</source>
            <translation>Perbaiki dahulu kolom yang ditandai merah.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Save as draft</source>
            <translation>Simpan sebagai draf</translation>
        </message>
        <message>
            <source>Saving makes a draft usulan: nothing goes to SISTER until it is approved and sent with Kirim ke SISTER. Fields marked * are required.</source>
            <translation>Menyimpan membuat usulan draf: tidak ada yang dikirim ke SISTER sebelum disetujui dan dikirim dengan Kirim ke SISTER. Kolom bertanda * wajib diisi.</translation>
        </message>
    </context>
    <context>
        <name>UsulanPage</name>
        <message>
            <source>%1 draft · %2 approved · %3 to check</source>
            <translation>%1 draf · %2 disetujui · %3 perlu dicek</translation>
        </message>
        <message>
            <source>%1 usulan checked in SISTER: %2 found there (applied or submitted), %3 not there (approved again: send them with Kirim ke SISTER), %4 changed in SISTER or refused, %5 still to check.</source>
            <translation>%1 usulan diperiksa di SISTER: %2 ada di sana (diterapkan atau diajukan), %3 tidak ada (kembali disetujui: kirim dengan Kirim ke SISTER), %4 berubah di SISTER atau ditolak, %5 masih perlu dicek.</translation>
        </message>
        <message>
            <source>%1 usulan may have reached SISTER without an answer.</source>
            <translation>%1 usulan mungkin sudah sampai di SISTER tanpa jawaban.</translation>
        </message>
        <message>
            <source>%1 usulan of a cut-off Kirim wait to be checked: select one and choose Check in SISTER.</source>
            <translation>%1 usulan dari Kirim yang terputus menunggu diperiksa: pilih salah satu lalu Periksa di SISTER.</translation>
        </message>
        <message>
            <source>%1 usulan sent: %2 applied or submitted, %3 refused or not sent, %4 to check.</source>
            <translation>%1 usulan dikirim: %2 diterapkan atau diajukan, %3 ditolak atau tidak terkirim, %4 perlu dicek.</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Semua</translation>
        </message>
        <message>
            <source>Another SISTER job (a sync or a Kirim) is running%1. Try again later.</source>
            <translation>Pekerjaan SISTER lain (sinkronisasi atau Kirim) sedang berjalan%1. Coba lagi nanti.</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Setujui</translation>
        </message>
        <message>
            <source>Approve the ticked drafts for sending</source>
            <translation>Setujui draf yang dicentang untuk dikirim</translation>
        </message>
        <message>
            <source>Check in SISTER</source>
            <translation>Periksa di SISTER</translation>
        </message>
        <message>
            <source>Check in SISTER finished</source>
            <translation>Periksa di SISTER selesai</translation>
        </message>
        <message>
            <source>Draft usulan from a spreadsheet (Download template for its columns)</source>
            <translation>Buat usulan draf dari lembar kerja riwayat (Unduh templat untuk kolomnya)</translation>
        </message>
        <message>
            <source>Each usulan's outcome is in the Log Kirim.</source>
            <translation>Hasil setiap usulan ada di Log Kirim.</translation>
        </message>
        <message>
            <source>Import records…</source>
            <translation>Impor riwayat…</translation>
        </message>
        <message>
            <source>Keep sending</source>
            <translation>Tetap mengirim</translation>
        </message>
        <message>
            <source>Kirim cut off</source>
            <translation>Kirim terputus</translation>
        </message>
        <message>
            <source>Kirim ke SISTER</source>
            <translation>Kirim ke SISTER</translation>
        </message>
        <message>
            <source>Kirim ke SISTER finished</source>
            <translation>Kirim ke SISTER selesai</translation>
        </message>
        <message>
            <source>Kirim ke SISTER…</source>
            <extracomment>The Impor riwayat dialog while it is open (tests reach it here).</extracomment>
            <translation>Kirim ke SISTER…</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Nanti</translation>
        </message>
        <message>
            <source>Open the selected draft in its form</source>
            <translation>Buka draf yang dipilih di formulirnya</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Buka…</translation>
        </message>
        <message>
            <source>Preview and send the approved usulan</source>
            <translation>Pratinjau lalu kirim usulan yang disetujui</translation>
        </message>
        <message>
            <source>Sending to SISTER</source>
            <translation>Sedang mengirim ke SISTER</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Tampilkan:</translation>
        </message>
        <message>
            <source>Stop and close</source>
            <translation>Hentikan dan tutup</translation>
        </message>
        <message>
            <source>Stopped before the end: the rest stays approved.</source>
            <translation>Dihentikan sebelum selesai: sisanya tetap disetujui.</translation>
        </message>
        <message>
            <source>Stopped before the end: the rest stays to check.</source>
            <translation>Dihentikan sebelum selesai: sisanya tetap perlu dicek.</translation>
        </message>
        <message>
            <source>They are not sent again by themselves. Look in SISTER now whether they arrived (Check in SISTER)?</source>
            <translation>Usulan itu tidak dikirim ulang dengan sendirinya. Periksa di SISTER sekarang apakah sudah sampai (Periksa di SISTER)?</translation>
        </message>
        <message>
            <source>Usulan are being sent to SISTER. Stop and close SISTER Desktop?</source>
            <translation>Usulan sedang dikirim ke SISTER. Hentikan dan tutup SISTER Desktop?</translation>
        </message>
        <message>
            <source>Usulan on the way finish and are recorded; the rest stay approved.</source>
            <translation>Usulan yang sedang dikirim diselesaikan dan dicatat; sisanya tetap disetujui.</translation>
        </message>
        <message>
            <source>Waiting (draft, approved, to check)</source>
            <extracomment>The side panel's usulan, its steps and the names of the ids its changes show. The filter's "waiting" choice: what is still the campus's to decide or send. A Kirim (or a Periksa) ended: its run id (the Log Kirim shows it). A Kirim started or ended (the main window is blocked meanwhile).</extracomment>
            <translation>Menunggu (draf, disetujui, perlu dicek)</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Batalkan usulan</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <comment>the button</comment>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Withdraw %1 usulan? They will not be sent.</source>
            <translation>Batalkan %1 usulan? Usulan itu tidak akan dikirim.</translation>
        </message>
        <message>
            <source>Withdraw the ticked usulan (not yet sent)</source>
            <translation>Batalkan usulan yang dicentang (belum dikirim)</translation>
        </message>
        <message>
            <source>Withdraw usulan</source>
            <translation>Batalkan usulan</translation>
        </message>
    </context>
    <context>
        <name>UsulanTableModel</name>
        <message>
            <source>Age (days)</source>
            <translation>Umur (hari)</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Pegawai</source>
            <extracomment>The row's usulan (for the side panel and Buka). What a column sorts by. Fields that name a record in one line, in order of preference. Statuses that want the operator's eye.</extracomment>
            <translation>Pegawai</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
    </context>
    <context>
        <name>UsulanTexts</name>
        <message>
            <source>#%1 %2 %3 of %4 (%5): %6</source>
            <translation>#%1 %2 %3 milik %4 (%5): %6</translation>
        </message>
        <message>
            <source>%1 is longer than SISTER allows (at most %2 characters).</source>
            <translation>%1 lebih panjang dari yang diizinkan SISTER (paling banyak %2 karakter).</translation>
        </message>
        <message>
            <source>%1 is no field SISTER takes for this data.</source>
            <translation>%1 bukan kolom yang diterima SISTER untuk data ini.</translation>
        </message>
        <message>
            <source>%1 must be a SISTER id (a UUID).</source>
            <translation>%1 harus berupa ID SISTER (UUID).</translation>
        </message>
        <message>
            <source>%1 must be a link starting with http:// or https://.</source>
            <translation>%1 harus berupa tautan yang diawali http:// atau https://.</translation>
        </message>
        <message>
            <source>%1 must be a list, separated by ;.</source>
            <translation>%1 harus berupa daftar, dipisahkan dengan ;.</translation>
        </message>
        <message>
            <source>%1 must be a number.</source>
            <translation>%1 harus berupa angka.</translation>
        </message>
        <message>
            <source>%1 must be a real date, written yyyy-mm-dd.</source>
            <translation>%1 harus tanggal yang benar, ditulis yyyy-mm-dd.</translation>
        </message>
        <message>
            <source>%1 must be a whole number.</source>
            <translation>%1 harus bilangan bulat.</translation>
        </message>
        <message>
            <source>%1 must be an e-mail address.</source>
            <translation>%1 harus alamat e-mail.</translation>
        </message>
        <message>
            <source>%1 must be filled in.</source>
            <translation>%1 wajib diisi.</translation>
        </message>
        <message>
            <source>%1 must be one of: %2.</source>
            <translation>%1 harus salah satu dari: %2.</translation>
        </message>
        <message>
            <source>%1 must be ya or tidak.</source>
            <translation>%1 harus ya atau tidak.</translation>
        </message>
        <message>
            <source>%1 of %2 usulan approved (only drafts can be approved).</source>
            <translation>%1 dari %2 usulan disetujui (hanya draf yang dapat disetujui).</translation>
        </message>
        <message>
            <source>%1 of %2 usulan withdrawn (a sent usulan cannot be withdrawn).</source>
            <translation>%1 dari %2 usulan dibatalkan (usulan yang sudah dikirim tidak dapat dibatalkan).</translation>
        </message>
        <message>
            <source>%1 of %2 usulan, %3 requests</source>
            <translation>%1 dari %2 usulan, %3 permintaan</translation>
        </message>
        <message>
            <source>%1 pegawai could not be read back; Data SISTER shows their change after a sync.</source>
            <translation>%1 pegawai tidak dapat dibaca ulang; Data SISTER menampilkan perubahannya setelah sinkronisasi.</translation>
        </message>
        <message>
            <source>%1 problem(s) in the file: nothing was drafted. Correct the rows and import again.</source>
            <translation>%1 masalah dalam berkas: tidak ada usulan yang dibuat. Perbaiki barisnya lalu impor lagi.</translation>
        </message>
        <message>
            <source>%1 usulan checked in SISTER, %2 settled; the rest stay to be checked.</source>
            <translation>%1 usulan diperiksa di SISTER, %2 ditetapkan; sisanya tetap perlu dicek.</translation>
        </message>
        <message>
            <source>%1 usulan drafted from the Perbandingan.</source>
            <translation>%1 usulan dibuat dari Perbandingan.</translation>
        </message>
        <message>
            <source>%1 usulan drafted, %2 already in SISTER. Approve them with usulan setujui.</source>
            <translation>%1 usulan dibuat, %2 sudah ada di SISTER. Setujui dengan usulan setujui.</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2: %3</translation>
        </message>
        <message>
            <source>%1: %2 is not in SISTER's reference list.</source>
            <translation>%1: %2 tidak ada dalam daftar referensi SISTER.</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>%2 is not a JPG or PNG picture: SISTER takes only those as a photo.</source>
            <translation>%2 bukan gambar JPG atau PNG: SISTER hanya menerima keduanya sebagai foto.</translation>
        </message>
        <message>
            <source>%2 of this pegawai has not been synced yet: sync first.</source>
            <translation>%2 pegawai ini belum disinkronkan: sinkronkan dulu.</translation>
        </message>
        <message>
            <source>A Kirim is sending it now.</source>
            <translation>Sedang dikirim oleh Kirim ke SISTER.</translation>
        </message>
        <message>
            <source>A document file to upload (a path, beside this file or full).</source>
            <translation>Berkas dokumen yang diunggah (path, di samping berkas ini atau lengkap).</translation>
        </message>
        <message>
            <source>A note on the document.</source>
            <translation>Keterangan dokumen.</translation>
        </message>
        <message>
            <source>Allowed values</source>
            <translation>Nilai yang diizinkan</translation>
        </message>
        <message>
            <source>Already in SISTER (duplicate)</source>
            <translation>Sudah ada di SISTER (duplikat)</translation>
        </message>
        <message>
            <source>Another SISTER job (a sync or a Kirim) is running on %1. Try again when it ends.</source>
            <translation>Pekerjaan SISTER lain (sinkronisasi atau Kirim) sedang berjalan di %1. Coba lagi setelah selesai.</translation>
        </message>
        <message>
            <source>Applied in SISTER</source>
            <translation>Diterapkan di SISTER</translation>
        </message>
        <message>
            <source>Approve it before it can be sent.</source>
            <translation>Setujui dulu (usulan setujui) sebelum dapat dikirim.</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Disetujui</translation>
        </message>
        <message>
            <source>Approved at</source>
            <translation>Disetujui pada</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Disetujui oleh</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>Paling banyak</translation>
        </message>
        <message>
            <source>Being sent</source>
            <translation>Sedang dikirim</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Diubah</translation>
        </message>
        <message>
            <source>Changed in SISTER meanwhile, not sent</source>
            <translation>Sudah berubah di SISTER, tidak dikirim</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Dihapus</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draf</translation>
        </message>
        <message>
            <source>Failed, nothing reached SISTER</source>
            <translation>Gagal, tidak ada yang sampai ke SISTER</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>Status HTTP</translation>
        </message>
        <message>
            <source>It is sent again by the next Kirim ke SISTER.</source>
            <translation>Akan dikirim lagi pada Kirim ke SISTER berikutnya.</translation>
        </message>
        <message>
            <source>It is sent by the next Kirim ke SISTER.</source>
            <translation>Akan dikirim pada Kirim ke SISTER berikutnya.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Kirim finished. %1</source>
            <translation>Kirim selesai. %1</translation>
        </message>
        <message>
            <source>Log Kirim</source>
            <translation>Log Kirim</translation>
        </message>
        <message>
            <source>Log Kirim: %1 usulan written to %2.</source>
            <translation>Log Kirim: %1 usulan ditulis ke %2.</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Arti</translation>
        </message>
        <message>
            <source>Name the usulan ids, or --all for every draft.</source>
            <translation>Sebutkan ID usulan, atau --all untuk semua draf.</translation>
        </message>
        <message>
            <source>Needs checking in SISTER</source>
            <translation>Perlu dicek di SISTER</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <source>No approved usulan to send.</source>
            <translation>Tidak ada usulan disetujui yang perlu dikirim.</translation>
        </message>
        <message>
            <source>No pegawai has this %1 (%2).</source>
            <translation>Tidak ada pegawai dengan %1 ini (%2).</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>Tidak ada yang perlu dilakukan.</translation>
        </message>
        <message>
            <source>Or a link to the document.</source>
            <translation>Atau tautan ke dokumen.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <source>Petunjuk</source>
            <translation>Petunjuk</translation>
        </message>
        <message>
            <source>Read SISTER's reason, correct the data and make a new usulan.</source>
            <translation>Baca alasan dari SISTER, perbaiki datanya, lalu buat usulan baru.</translation>
        </message>
        <message>
            <source>Reading the changed data back from SISTER…</source>
            <translation>Membaca ulang data yang berubah dari SISTER…</translation>
        </message>
        <message>
            <source>Reference list</source>
            <translation>Daftar referensi</translation>
        </message>
        <message>
            <source>Refused by SISTER</source>
            <translation>Ditolak SISTER</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Wajib</translation>
        </message>
        <message>
            <source>Riwayat</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>Run kirim --periksa: it looks in SISTER and settles the usulan; it is never sent again by itself.</source>
            <translation>Jalankan kirim --periksa: usulan dicari di SISTER lalu ditetapkan statusnya; usulan ini tidak pernah dikirim ulang dengan sendirinya.</translation>
        </message>
        <message>
            <source>SISTER already has this record: use the existing one (its id is kept) instead.</source>
            <translation>SISTER sudah memiliki data ini: gunakan data yang ada (ID-nya disimpan).</translation>
        </message>
        <message>
            <source>SISTER id</source>
            <translation>ID SISTER</translation>
        </message>
        <message>
            <source>SISTER said: %1</source>
            <translation>SISTER menjawab: %1</translation>
        </message>
        <message>
            <source>SISTER takes no change of %2 from the campus.</source>
            <translation>SISTER tidak menerima perubahan %2 dari kampus.</translation>
        </message>
        <message>
            <source>SISTER's id of the record to change; empty for a new record.</source>
            <translation>ID data di SISTER yang diubah; kosongkan untuk data baru.</translation>
        </message>
        <message>
            <source>SISTER's message</source>
            <translation>Pesan SISTER</translation>
        </message>
        <message>
            <source>SISTER's record %2 is not in the synced data: sync the pegawai first.</source>
            <translation>Data SISTER %2 tidak ada dalam data yang disinkronkan: sinkronkan pegawai dulu.</translation>
        </message>
        <message>
            <source>SISTER's verifiers decide on it; the ajuan shows in Data SISTER after a sync.</source>
            <translation>Verifikator SISTER yang memutuskan; ajuan tampil di Data SISTER setelah sinkronisasi.</translation>
        </message>
        <message>
            <source>Sending changes to SISTER is switched off for this database.</source>
            <translation>Kirim perubahan ke SISTER dimatikan untuk basis data ini.</translation>
        </message>
        <message>
            <source>Sending changes to SISTER is switched on for this database.</source>
            <translation>Kirim perubahan ke SISTER diaktifkan untuk basis data ini.</translation>
        </message>
        <message>
            <source>Sent at</source>
            <translation>Dikirim pada</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>Dikirim oleh</translation>
        </message>
        <message>
            <source>Several pegawai have this %1 (%2): use id_pegawai.</source>
            <translation>Beberapa pegawai memiliki %1 ini (%2): gunakan id_pegawai.</translation>
        </message>
        <message>
            <source>Sister-WS Basic: changes to core data become an ajuan that SISTER verifies.</source>
            <translation>Sister-WS Basic: perubahan data pokok menjadi ajuan yang diverifikasi.</translation>
        </message>
        <message>
            <source>Sister-WS Pro: changes apply at once.</source>
            <translation>Sister-WS Pro: perubahan langsung berlaku.</translation>
        </message>
        <message>
            <source>Stopping: the usulan on the way finish and are recorded…</source>
            <translation>Menghentikan: usulan yang sedang dikirim diselesaikan dan dicatat…</translation>
        </message>
        <message>
            <source>Submitted (ajuan in verification)</source>
            <translation>Diajukan (ajuan dalam verifikasi)</translation>
        </message>
        <message>
            <source>Sync this pegawai, look at SISTER's new values and make the usulan again.</source>
            <translation>Sinkronkan pegawai ini, lihat nilai baru di SISTER, lalu buat usulan lagi.</translation>
        </message>
        <message>
            <source>Template written to %1.</source>
            <translation>Templat ditulis ke %1.</translation>
        </message>
        <message>
            <source>The Log Kirim is written as .xlsx or .csv: %1 is neither.</source>
            <translation>Log Kirim ditulis sebagai .xlsx atau .csv: %1 bukan keduanya.</translation>
        </message>
        <message>
            <source>The document file %2 does not exist.</source>
            <translation>Berkas dokumen %2 tidak ada.</translation>
        </message>
        <message>
            <source>The document's jenis (referensi jenis_dokumen).</source>
            <translation>Jenis dokumen (referensi jenis_dokumen).</translation>
        </message>
        <message>
            <source>The document's name.</source>
            <translation>Nama dokumen.</translation>
        </message>
        <message>
            <source>The file is valid: %1 usulan would be drafted, %2 already in SISTER.</source>
            <translation>Berkas valid: %1 usulan akan dibuat, %2 sudah ada di SISTER.</translation>
        </message>
        <message>
            <source>The pegawai is not linked to SISTER yet (Hubungkan first).</source>
            <translation>Pegawai belum terhubung ke SISTER (Hubungkan dulu).</translation>
        </message>
        <message>
            <source>The pegawai's ID in this program (or fill NIP, NIDN or NUPTK).</source>
            <translation>ID pegawai di program ini (atau isi NIP, NIDN, atau NUPTK).</translation>
        </message>
        <message>
            <source>The pegawai's NIDN.</source>
            <translation>NIDN pegawai.</translation>
        </message>
        <message>
            <source>The pegawai's NIP.</source>
            <translation>NIP pegawai.</translation>
        </message>
        <message>
            <source>The pegawai's NUPTK.</source>
            <translation>NUPTK pegawai.</translation>
        </message>
        <message>
            <source>The pegawai's role in the record (empty: K, or A for authors).</source>
            <translation>Peran pegawai dalam data (kosong: K, atau A untuk penulis).</translation>
        </message>
        <message>
            <source>The row changes nothing in SISTER's record.</source>
            <translation>Baris ini tidak mengubah apa pun pada data SISTER.</translation>
        </message>
        <message>
            <source>The same record is already in row %2 of this file.</source>
            <translation>Data yang sama sudah ada di baris %2 berkas ini.</translation>
        </message>
        <message>
            <source>The template is an XLSX file: %1 does not end in .xlsx.</source>
            <translation>Templat berupa berkas XLSX: %1 tidak berakhiran .xlsx.</translation>
        </message>
        <message>
            <source>This account's role is unknown: SISTER decides what each change becomes.</source>
            <translation>Peran akun ini tidak diketahui: SISTER yang menentukan hasil setiap perubahan.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipe</translation>
        </message>
        <message>
            <source>Unknown data %1. SISTER takes changes of: %2.</source>
            <translation>Data %1 tidak dikenal. SISTER menerima perubahan: %2.</translation>
        </message>
        <message>
            <source>Unknown status %1. The statuses are: %2.</source>
            <translation>Status %1 tidak dikenal. Statusnya: %2.</translation>
        </message>
        <message>
            <source>Usulan</source>
            <translation>Usulan</translation>
        </message>
        <message>
            <source>Usulan #%1 drafted: delete %2 %3.</source>
            <translation>Usulan #%1 dibuat: hapus %2 %3.</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <source>date yyyy-mm-dd</source>
            <translation>tanggal yyyy-mm-dd</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>ids separated by ;</source>
            <translation>ID dipisahkan dengan ;</translation>
        </message>
        <message>
            <source>link</source>
            <translation>tautan</translation>
        </message>
        <message>
            <source>list</source>
            <translation>daftar</translation>
        </message>
        <message>
            <source>no</source>
            <translation>tidak</translation>
        </message>
        <message>
            <source>number</source>
            <translation>angka</translation>
        </message>
        <message>
            <source>row %1: already in SISTER (record %2); not drafted</source>
            <translation>baris %1: sudah ada di SISTER (data %2); tidak dibuat usulan</translation>
        </message>
        <message>
            <source>row %1: already in SISTER (record %2, from %3); not drafted</source>
            <translation>baris %1: sudah ada di SISTER (data %2, dari %3); tidak dibuat usulan</translation>
        </message>
        <message>
            <source>text</source>
            <translation>teks</translation>
        </message>
        <message>
            <source>whole number</source>
            <translation>bilangan bulat</translation>
        </message>
        <message>
            <source>ya/tidak</source>
            <translation>ya/tidak</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
    </context>
    <context>
        <name>WriteActions</name>
        <message>
            <source>Choose the new photo</source>
            <translation>Pilih foto baru</translation>
        </message>
        <message>
            <source>Delete from SISTER</source>
            <extracomment>An usulan was made (a draf): the Usulan page and the window's message take it in. The form or question open now (tests reach it here).</extracomment>
            <translation>Hapus dari SISTER</translation>
        </message>
        <message>
            <source>Draft saved: %1</source>
            <translation>Draf disimpan: %1</translation>
        </message>
        <message>
            <source>Draft saved: %1. The photo is read from %2 when it is sent: keep the file there until then.</source>
            <translation>Draf disimpan: %1. Foto dibaca dari %2 saat dikirim: biarkan berkasnya di sana sampai itu.</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png)</source>
            <translation>Foto (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Propose deleting this record of %1 from SISTER?

%2</source>
            <translation>Usulkan penghapusan data %1 ini dari SISTER?

%2</translation>
        </message>
        <message>
            <source>Propose deletion</source>
            <translation>Usulkan penghapusan</translation>
        </message>
        <message>
            <source>This makes a draft usulan; SISTER is asked only when it is approved and sent.</source>
            <translation>Ini membuat usulan draf; SISTER baru diminta setelah usulan disetujui dan dikirim.</translation>
        </message>
    </context>
    <context>
        <name>WriteBlockTexts</name>
        <message>
            <source>Filled from PDDIKTI: SISTER takes no change of this data from the campus.</source>
            <translation>Diisi dari PDDIKTI: SISTER tidak menerima perubahan data ini dari kampus.</translation>
        </message>
        <message>
            <source>SISTER does not allow this change for this data.</source>
            <translation>SISTER tidak mengizinkan perubahan ini untuk data ini.</translation>
        </message>
        <message>
            <source>SISTER takes no change of this data from the campus.</source>
            <translation>SISTER tidak menerima perubahan data ini dari kampus.</translation>
        </message>
        <message>
            <source>Switch on Kirim ke SISTER in Settings</source>
            <translation>Aktifkan kirim ke SISTER di Pengaturan</translation>
        </message>
        <message>
            <source>The pegawai is not linked to SISTER yet: Hubungkan first.</source>
            <translation>Pegawai belum terhubung ke SISTER: Hubungkan terlebih dahulu.</translation>
        </message>
        <message>
            <source>Used in a PAK (Pengajuan Angka Kredit): SISTER refused changing or deleting it.</source>
            <translation>Dipakai dalam PAK (Pengajuan Angka Kredit): SISTER menolak mengubah atau menghapusnya.</translation>
        </message>
        <message>
            <source>Used in the pegawai's BKD: SISTER does not allow changing or deleting it.</source>
            <translation>Digunakan dalam BKD pegawai: SISTER tidak mengizinkan mengubah atau menghapusnya.</translation>
        </message>
    </context>
    <context>
        <name>WriteFieldEditor</name>
        <message numerus="yes">
            <source>at most %n characters</source>
            <translation>
                <numerusform>paling banyak %n karakter</numerusform>
            </translation>
        </message>
        <message>
            <source>type to search</source>
            <extracomment>The date a date picker shows for "no date" (its special value text is a dash). Choices of a spec enum the operator reads better than the code.</extracomment>
            <translation>ketik untuk mencari</translation>
        </message>
    </context>
</TS>
