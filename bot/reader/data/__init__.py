"""Compact tables the reading stages need at run time, built from public corpora.

Each table is written by a script under `bench/tables/` (which may read `../shared` at build time)
and shipped inside the package, so a fresh install needs no download. The README names each
table's source and licence.
"""
