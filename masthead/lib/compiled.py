"""ORM querysets compiled to SQL once per process, then run with new values.

Django builds a query's SQL anew every time it runs: filters resolved, every column named
and quoted, joins set up. For the short reads of a reader page this costs more than the
query: building an article page's story query took 1.4 ms of CPU, running it through a
plain cursor 0.09 ms (docs/benchmarks.md). ``Compiled(Model, build, markers)`` calls
``build(*markers)`` once per database alias, keeps the SQL and parameters the ORM made of
it, and ``run(*values)`` runs them with each value put where its marker was, and makes
the rows model instances as the ORM does (``Model.from_db``, the columns' converters,
annotations set as attributes), with what that needs worked out once too (or, with
``rows(*values)``, named tuples of the same converted values, for reads that only look at
a few columns of many rows): going through
``raw()`` took ~100 µs of every short read (a story's bylines: 133 µs against 19 µs
through a cursor). The SQL stays the ORM's own (the model's columns, annotations such as
a view count, the joins of a ``filter()`` on a relation); only building it again is
skipped. Queries go through Django's cursor (counted, logged, wrapped as any other).

A ``values_list()`` queryset (a ``union()`` of several, say) compiles too; ``tuples(*values)``
then gives its rows as lists of converted values, in the order of its columns.

Limits:
- model instances of one model per row: no ``select_related``, no ``prefetch_related``;
  ``values_list()`` for ``tuples()`` only;
- each marker is a value of the field it is compared with that the compiled parameters
  hold exactly once (a string nobody types, a negative id); ``run`` takes values of the
  same types;
- ``build`` must not depend on the moment (no ``timezone.now()``): its values are frozen.
"""

import operator
import sqlite3
from collections import namedtuple
from collections.abc import Mapping

from django.db import connections, router
from django.db.models.query import ModelIterable, ValuesListIterable

# What a compiled query's rows are made into, worked out once: the instance's columns
# (row[start:end], by attname), the converters of each column, where the annotations are;
# for rows(), the named tuple and the getter of its values.
_Shape = namedtuple("_Shape", "start end names converters annotations row_type pick")


# Statements in the driver's own parameter style, worked out once:
# (vendor, Django's SQL, whether its parameters are named) -> the SQL the driver takes.
_NATIVE = {}
_NATIVE_MAX = 512  # the compiled statements of a process are a few dozen
_DIRECT_VENDORS = ("sqlite", "postgresql")


def fetchall(connection, sql, params):
    """The rows of ``sql`` (Django's "%s" / "%(name)s" placeholders) with ``params``, as
    ``connection.cursor()`` would answer them.

    When no query is being logged (DEBUG, the tests' query counters) and no execute
    wrapper is installed, the statement runs on the driver's cursor Django's cursor wraps,
    made as Django makes it (health check, connection, the backend's time zone set-up),
    with the driver's errors turned into Django's as Django turns them, but without
    Django's per-statement layers (its cursor wrapper; SQLite's conversion of every
    statement's placeholders, done here once per statement). Those cost ~15 µs a read
    here against ~13 for running it (a story by id, timeit); a cold article page makes
    four such reads. Otherwise, Django's cursor: counted, logged, wrapped. Tools that
    watch queries by patching Django's ``CursorWrapper`` (rather than installing an
    execute wrapper) do not see the reads made here."""
    vendor = connection.vendor
    if connection.queries_logged or connection.execute_wrappers or vendor not in _DIRECT_VENDORS:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    named = isinstance(params, Mapping)
    native = _NATIVE.get((vendor, sql, named))
    if native is None:
        native = _native(vendor, sql, params if named else None)
        if len(_NATIVE) < _NATIVE_MAX:
            _NATIVE[(vendor, sql, named)] = native
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    connection.validate_thread_sharing()
    connection.validate_no_broken_transaction()
    with connection.wrap_database_errors:
        cursor = connection.create_cursor()
        try:
            if vendor == "sqlite":  # sqlite3's own execute, not the converting one
                sqlite3.Cursor.execute(cursor, native, params)
            else:
                cursor.execute(native, params)
            return cursor.fetchall()
        finally:
            try:
                cursor.close()
            except connection.Database.Error:
                pass  # as Django's cursor wrapper: the read's own error, if any, wins


def _native(vendor, sql, named_params):
    if vendor != "sqlite":
        return sql  # psycopg takes Django's placeholders as they are
    from django.db.backends.sqlite3.base import SQLiteCursorWrapper

    # What Django's SQLite cursor does to every statement it runs, once.
    names = list(named_params) if named_params is not None else None
    return SQLiteCursorWrapper.convert_query(None, sql, param_names=names)


class Compiled:
    """``Compiled(Model, build, markers)``: ``build(*markers)`` makes a queryset of Model."""

    def __init__(self, model, build, markers):
        self.model = model
        self.build = build
        self.markers = tuple(markers)
        self._by_alias = {}  # alias -> (sql, parameters, marker positions)

    def _compile(self, alias):
        queryset = self.build(*self.markers)
        if queryset.model is not self.model:
            raise ValueError(f"build() made a queryset of {queryset.model}, not {self.model}")
        values = queryset._iterable_class is ValuesListIterable
        if (
            queryset.query.select_related
            or queryset._prefetch_related_lookups
            or not (values or queryset._iterable_class is ModelIterable)
        ):
            raise ValueError(
                "Compiled querysets are of one model (no related objects) or values_list() "
                "rows (not flat, not named)."
            )
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()  # fills compiler.select, klass_info, annotations
        params = list(params)
        slots = []
        for marker in self.markers:
            if params.count(marker) != 1:
                raise ValueError(f"The marker {marker!r} is not one parameter of {sql}")
            slots.append(params.index(marker))
        select = compiler.select[: compiler.col_count]
        if values:  # tuples() only: the converters of each column, nothing else
            converters = list(compiler.get_converters([column[0] for column in select]).items())
            return sql, params, slots, _Shape(None, None, None, converters, None, None, None)
        fields = compiler.klass_info["select_fields"]
        start, end = fields[0], fields[-1] + 1
        # What ModelIterable and results_iter work out per query, once: the columns the
        # instance is made of, the converters of each column (dates on SQLite, say),
        # where the annotations are.
        names = [column[0].target.attname for column in select[start:end]]
        converters = list(compiler.get_converters([column[0] for column in select]).items())
        annotations = list(compiler.annotation_col_map.items())
        # For rows(): the model's columns by attname, then the annotations by name.
        order = [*range(start, end), *(position for _, position in annotations)]
        row_type = namedtuple(f"{self.model.__name__}Row", names + [n for n, _ in annotations])
        pick = operator.itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)
        shape = _Shape(start, end, names, converters, annotations, row_type, pick)
        return sql, params, slots, shape

    def _fetch(self, values, using):
        """(alias, the shape worked out once, the rows with the columns converted)."""
        alias = using or router.db_for_read(self.model) or "default"
        compiled = self._by_alias.get(alias)
        if compiled is None:
            compiled = self._by_alias[alias] = self._compile(alias)
        sql, params, slots, shape = compiled
        params = list(params)
        for slot, value in zip(slots, values, strict=True):
            params[slot] = value
        connection = connections[alias]
        rows = fetchall(connection, sql, params)
        if shape.converters:
            rows = [list(row) for row in rows]
            for row in rows:
                for position, (functions, expression) in shape.converters:
                    value = row[position]
                    for function in functions:
                        value = function(value, expression, connection)
                    row[position] = value
        return alias, shape, rows

    def run(self, *values, using=None):
        """The compiled query with ``values`` in place of the markers: a list of instances."""
        alias, shape, rows = self._fetch(values, using)
        if shape.names is None:
            raise TypeError("A values_list() query: use tuples().")
        found = []
        from_db, names, start, end = self.model.from_db, shape.names, shape.start, shape.end
        for row in rows:
            instance = from_db(alias, names, row[start:end])
            for name, position in shape.annotations:
                setattr(instance, name, row[position])
            found.append(instance)
        return found

    def rows(self, *values, using=None):
        """As ``run``, but each row a named tuple of the model's columns (by attname: the
        primary key's too, ``section_id`` for a foreign key) and the annotations, converted
        as for an instance: no model instance made (``from_db`` of four columns: ~7 µs,
        a named tuple 0.35 µs)."""
        _, shape, rows = self._fetch(values, using)
        if shape.names is None:
            raise TypeError("A values_list() query: use tuples().")
        make, pick = shape.row_type._make, shape.pick
        return [make(pick(row)) for row in rows]

    def tuples(self, *values, using=None):
        """The rows of a compiled ``values_list()`` query, each a sequence of its columns'
        values, converted as the ORM converts them (SQLite's dates, say)."""
        _, shape, rows = self._fetch(values, using)
        if shape.names is not None:
            raise TypeError("A query of model instances: use run() or rows().")
        return rows
