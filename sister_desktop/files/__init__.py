"""File plumbing: atomic writes, export cells, workbooks, the sync log export, reading an
import file. Plain Python over paths and bytes; no use case, no database, no Qt."""
