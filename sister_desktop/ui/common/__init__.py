"""What several tabs use: the window context, the async helpers, the About dialog, resources."""
