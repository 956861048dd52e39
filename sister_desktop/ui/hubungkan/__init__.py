"""Hubungkan: the SISTER button of a pegawai, the link preview, the manual link, unlinking and the
link history.
"""
