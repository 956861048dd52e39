"""The Qt widgets. Talks to ``services`` and ``domain`` only."""
