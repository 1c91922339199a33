"""Alembic's entry point: run the migrations on the connection `bot.store.migrate` hands over.

The bot never lets Alembic open its own connection: `migrate` has already taken the migration
lock on this connection and begun the transaction, so every step and the version stamp commit
together (PostgreSQL) and no second instance migrates at the same time.
"""

from alembic import context

context.configure(connection=context.config.attributes["connection"])
with context.begin_transaction():
    context.run_migrations()
