"""The Pengaturan tab: the SISTER connection, the database, the language, the Panduan."""
