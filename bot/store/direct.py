"""PostgreSQL's per-update statements, sent by asyncpg itself: compiled once, run on kept connections.

Through SQLAlchemy's async engine one small statement cost the event loop about 0.6 ms of CPU,
of which asyncpg's own work was 0.1 ms: the rest was a connection checked out of the engine's pool
and back in (its events, the isolation level set and reset), a greenlet for the unit of work, an
execution context and a result object. A link through a webhook instance runs six statements (the
update ledger's claim and finish, the chat's settings, the article lookup, the article saved, the
read mark), a question as many, so those few are compiled once from their Core statements into
PostgreSQL's SQL and run here, each alone (atomic by itself: no BEGIN, no COMMIT). Everything
else in the store (settings, /forget, feeds, migrations) keeps the engine.

The connections are a small pool of this module's own: asyncpg's pool sends a reset query after
every use (a second round trip per statement) or, told not to, still costs as much CPU again as
the statement. These connections never hold a transaction, a LISTEN or a setting, so there is
nothing to reset; one whose statement failed or was cancelled is closed, not reused, and one the
server closed meanwhile is left for a new one. They are opened at start-up (`open`), not by the
first burst: opening one costs about 2.5 ms of the loop's CPU, and 20 opened at once under a
burst's first updates, each then preparing its statements, held the loop for 200-700 ms.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import asyncpg
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.sql import ClauseElement

DRIVER_ERRORS = (asyncpg.PostgresError, asyncpg.InterfaceError, OSError)
"""What asyncpg raises for a failed statement or a lost server; raised on as SQLAlchemy's
`DBAPIError`, as the engine would, so callers and the metrics see one kind of database failure."""


@dataclass(frozen=True)
class Compiled:
    """A statement in PostgreSQL's SQL, with how to turn named parameters into its `$n` ones."""

    sql: str
    names: tuple[str, ...]
    defaults: Mapping[str, Any]
    """Values written into the statement itself (its literal values, bound as parameters)."""
    processors: Mapping[str, Callable[[Any], Any]]

    @classmethod
    def of(cls, statement: ClauseElement, dialect: Dialect) -> Compiled:
        compiled = statement.compile(dialect=dialect)
        return cls(str(compiled), tuple(compiled.positiontup or ()), dict(compiled.params),
                   dict(compiled._bind_processors))

    def arguments(self, params: Mapping[str, Any]) -> list[Any]:
        values = []
        for name in self.names:
            value = params[name] if name in params else self.defaults[name]
            process = self.processors.get(name)
            values.append(process(value) if process is not None and value is not None else value)
        return values


CONNECTIONS = 5
"""Enough: a statement holds its connection for well under a millisecond, so five carry thousands
a second, where a burst of links needs a few hundred; updates beyond them wait their turn."""


class DirectPostgres:
    """Runs Core statements on PostgreSQL through asyncpg, each compiled the first time it comes."""

    def __init__(self, connect: Callable[[], Any], dialect: Dialect, size: int,
                 on_statement: Callable[[], None] | None = None) -> None:
        self._connect = connect
        self._dialect = dialect
        self._idle: list[asyncpg.Connection] = []
        self._size = size
        self._slots = asyncio.Semaphore(size)
        self._compiled: dict[int, tuple[ClauseElement, Compiled]] = {}
        self._on_statement = on_statement

    @classmethod
    def for_engine(cls, engine: AsyncEngine, on_statement: Callable[[], None] | None = None) -> DirectPostgres:
        """Connections made as the engine makes its own (the same host, database, user and options)."""
        args, options = engine.dialect.create_connect_args(engine.url)
        return cls(lambda: asyncpg.connect(*args, **options), engine.dialect, CONNECTIONS, on_statement)

    async def open(self) -> None:
        """Open every connection now, at start-up."""
        self._idle += await asyncio.gather(*(self._connect() for _ in range(self._size - len(self._idle))))

    async def fetchrow(self, statement: ClauseElement, **params: Any) -> asyncpg.Record | None:
        return await self._run("fetchrow", statement, params)

    async def fetchval(self, statement: ClauseElement, **params: Any) -> Any:
        return await self._run("fetchval", statement, params)

    async def execute(self, statement: ClauseElement, **params: Any) -> int:
        """Run a statement that returns no rows; the number of rows it changed."""
        status = await self._run("execute", statement, params)
        return int(status.rsplit(" ", 1)[-1]) if status and status[-1].isdigit() else 0

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        await asyncio.gather(*(connection.close() for connection in idle), return_exceptions=True)

    def _compile(self, statement: ClauseElement) -> Compiled:
        known = self._compiled.get(id(statement))
        if known is None:
            # The statement is kept with its compiled form, so its id cannot go to another one.
            known = self._compiled[id(statement)] = (statement, Compiled.of(statement, self._dialect))
        return known[1]

    async def _run(self, method: str, statement: ClauseElement, params: Mapping[str, Any]) -> Any:
        compiled = self._compile(statement)
        arguments = compiled.arguments(params)
        if self._on_statement is not None:
            self._on_statement()
        async with self._slots:
            connection = self._idle.pop() if self._idle else None
            if connection is not None and connection.is_closed():
                connection = None
            try:
                if connection is None:
                    connection = await self._connect()
                result = await getattr(connection, method)(compiled.sql, *arguments)
            except BaseException as error:
                if connection is not None:
                    connection.terminate()
                if isinstance(error, DRIVER_ERRORS):
                    raise DBAPIError(compiled.sql, arguments, error, hide_parameters=True) from error
                raise
            self._idle.append(connection)
            return result
