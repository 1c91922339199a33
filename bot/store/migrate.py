"""Schema migrations: Alembic revisions in `bot/store/migrations`, applied by the bot itself.

Why Alembic: every operator knows `alembic_version`, revisions are plain files, and the same
steps run on SQLite and PostgreSQL. Alembic is synchronous, so it gets the async engine's
connection through `run_sync` (Alembic's own asyncio recipe) instead of an engine of its own.

Several instances may start at once against one database. Each takes a lock first (an advisory
lock on PostgreSQL, the write lock on SQLite) and only then looks at the version, so exactly one
of them migrates and the others find the schema current. A database stamped with a revision
this code does not know was migrated by a newer version of the bot: it is refused, since running
older code against it could corrupt what the newer code wrote.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, inspect, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger(__name__)
# Alembic narrates every start at INFO ("Context impl SQLiteImpl"); the one line worth having is ours.
logging.getLogger("alembic").setLevel(logging.WARNING)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
PRE_ALEMBIC_REVISION = "0001"
"""What a database from before Alembic (a `schema_version` table at version 1) holds."""
MIGRATION_LOCK = 7_240_531
"""The PostgreSQL advisory lock key every instance takes to migrate."""


class SchemaTooNew(RuntimeError):
    """The database was migrated by a newer version of the bot than this one."""


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema to this code's head revision, or raise SchemaTooNew."""
    async with engine.connect() as conn:
        await _lock(conn)
        await conn.run_sync(_upgrade)
        await conn.commit()


async def _lock(conn: AsyncConnection) -> None:
    if conn.dialect.name == "postgresql":
        await conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    elif conn.dialect.name == "sqlite":
        # The driver would start its transaction lazily, after the first CREATE; take the lock now.
        await conn.exec_driver_sql("BEGIN IMMEDIATE")


@dataclass(frozen=True)
class SchemaState:
    """Where a database's schema is, next to where this code wants it."""

    current: tuple[str, ...]
    """Empty for a new database; `PRE_ALEMBIC_REVISION` for one from before Alembic."""
    head: str
    unknown: tuple[str, ...]
    """Revisions this code does not know: a newer version of the bot migrated the database."""


async def schema_state(engine: AsyncEngine) -> SchemaState:
    """The database's schema revisions, read without changing anything."""
    async with engine.connect() as conn:
        return await conn.run_sync(_state)


def _state(connection: Connection) -> SchemaState:
    script = _script(Config())
    current = tuple(MigrationContext.configure(connection).get_current_heads())
    if not current and inspect(connection).has_table("schema_version"):
        current = (PRE_ALEMBIC_REVISION,)
    unknown = []
    for revision in current:
        try:
            script.get_revision(revision)
        except CommandError:
            unknown.append(revision)
    return SchemaState(current, script.get_current_head(), tuple(unknown))


def _script(config: Config) -> ScriptDirectory:
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def _upgrade(connection: Connection) -> None:
    config = Config()
    config.attributes["connection"] = connection
    script = _script(config)
    current = MigrationContext.configure(connection).get_current_heads()
    for revision in current:
        try:
            script.get_revision(revision)
        except CommandError:
            raise SchemaTooNew(
                f"The database schema is at revision {revision}, which this version of the bot does "
                "not know: it was migrated by a newer version. Run that version instead."
            ) from None
    if not current and inspect(connection).has_table("schema_version"):
        command.stamp(config, PRE_ALEMBIC_REVISION)
    head = script.get_current_head()
    if tuple(current) != (head,):
        log.info("Migrating the database schema from %s to %s", ", ".join(current) or "nothing", head)
    command.upgrade(config, "head")

