"""Plain records and pure rules: identifiers, employees, matching. Standard library only."""
