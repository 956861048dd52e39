"""The Qt widgets, one package per tab. Talks to services/, domain/, texts/ and reports/ only."""
