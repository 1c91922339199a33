"""Build scripts for the compact tables in `bot/reader/data/` (read ../shared at build time only)."""
