"""Usulan and Kirim ke SISTER: forms, the Usulan page, the preview, the send, the Log Kirim."""
