"""The operator's texts shared by the window and the command line (Qt translations and locale).

Imports domain/, services/ and QtCore only, so the command line speaks without the widgets.
"""
