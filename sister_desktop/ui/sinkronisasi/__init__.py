"""The Sinkronisasi tab: Jalankan dan Log, the progress dialog, the notifier, the run and log
models.
"""
