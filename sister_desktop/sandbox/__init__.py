"""A local simulator of the Ministry's SISTER web service, with the faults the live one has.

It imports nothing from the rest of ``sister_desktop`` on purpose: it stands for a foreign
system, so our client cannot quietly bend it to fit. Entry point: ``server.SandboxServer``.
"""
