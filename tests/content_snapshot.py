"""The site's initial content, loaded once per test run and copied back where a test needs it.

`load_initial_content` costs about 6,000 queries (pages, revisions, search index): run for
each test that wants the site's content, it was most of the suite's time. It now runs once,
when the test database is set up. Each table it changes is copied twice beside itself, in
the same database, before and after the load, under names Django ignores: its flush between
transactional tests leaves the copies, and no test's transaction owns them. The database is
then put back as it was before; a test that wants the content gets the rows copied after,
two statements a table, inside its own transaction or committed alike.
"""

from django.core.management import call_command
from django.db import connection, transaction

BEFORE, AFTER = "snapshot_before__", "snapshot_after__"


class InitialContent:
    def __init__(self):
        self.columns: dict[str, str] = {}  # the tables the load changes, and their columns

    def load_once(self, stdout) -> None:
        tables = content_tables()
        with connection.cursor() as cursor:
            for table in tables:
                copy_table(cursor, table, BEFORE + table)
        call_command("load_initial_content", stdout=stdout)
        with connection.cursor() as cursor:
            for table in tables:
                copy_table(cursor, table, AFTER + table)
                if differ(cursor, BEFORE + table, AFTER + table):
                    self.columns[table] = ", ".join(
                        f'"{column}"' for column in stored_columns(cursor, table)
                    )
        self._put_back(BEFORE)

    def restore(self) -> None:
        """The tables the load changes, as the load left them."""
        self._put_back(AFTER)

    def _put_back(self, prefix: str) -> None:
        # One transaction: foreign keys are checked at its end, whatever the tables' order.
        with transaction.atomic(), connection.cursor() as cursor:
            for table, columns in self.columns.items():
                cursor.execute(f'DELETE FROM "{table}"')
                cursor.execute(
                    f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM "{prefix}{table}"'
                )


def content_tables() -> list[str]:
    """The tables of Django's models (the ones its flush empties), but the geography's and
    SQLite's full-text tables, which triggers fill from the search index's own table."""
    with connection.cursor() as cursor:
        virtual = set()
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
            virtual = {name for (name,) in cursor.fetchall()}
    return [
        table
        for table in connection.introspection.django_table_names(
            only_existing=True, include_views=False
        )
        if not table.startswith("geography_") and table not in virtual
    ]


def copy_table(cursor, table: str, copy: str) -> None:
    cursor.execute(f'DROP TABLE IF EXISTS "{copy}"')
    cursor.execute(f'CREATE TABLE "{copy}" AS SELECT * FROM "{table}"')


def differ(cursor, first: str, second: str) -> bool:
    cursor.execute(
        f'SELECT 1 FROM (SELECT * FROM "{first}" EXCEPT SELECT * FROM "{second}") AS gone '
        f'UNION ALL SELECT 1 FROM (SELECT * FROM "{second}" EXCEPT SELECT * FROM "{first}") AS new'
    )
    return cursor.fetchone() is not None


def stored_columns(cursor, table: str) -> list[str]:
    """The columns of `table` that a row stores, not those the database computes."""
    if connection.vendor == "postgresql":
        cursor.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = %s AND is_generated = 'NEVER' "
            "ORDER BY ordinal_position",
            [table],
        )
        return [name for (name,) in cursor.fetchall()]
    cursor.execute(f'PRAGMA table_xinfo("{table}")')
    # The sixth field, hidden: 0 a stored column, 1 a virtual table's, 2 and 3 generated.
    return [row[1] for row in cursor.fetchall() if row[6] == 0]


INITIAL_CONTENT = InitialContent()
