"""Perbandingan, Belum terhubung and Perubahan (the monitoring pages after a sync) and their
reports.
"""
