"""The Pegawai tab: the employee list, its filters, the form, the import and the details."""
