"""Printable files written by both the window and the command line (the monitoring report PDF).

Imports domain/, services/, texts/ and QtCore/QtGui only: no widgets, so `compare --output
x.pdf` does not depend on ui/.
"""
