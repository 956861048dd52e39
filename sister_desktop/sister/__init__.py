"""The SISTER web-service client: transport (client.py), endpoints (api.py), errors."""
