"""ORM querysets compiled to SQL once per process, then run with new values.

Django builds a query's SQL anew every time it runs: filters resolved, every column named
and quoted, joins set up. For the short reads of a reader page this costs more than the
query: building an article page's story query took 1.4 ms of CPU, running it through a
plain cursor 0.09 ms (docs/benchmarks.md). ``Compiled(Model, build, markers)`` calls
``build(*markers)`` once per database alias, keeps the SQL and parameters the ORM made of
it, and ``run(*values)`` runs them with ``Model.objects.raw()``, each value put where its
marker was. The SQL stays the ORM's own (the model's columns, annotations such as a view
count, the joins of a ``filter()`` on a relation); only building it again is skipped.

Limits:
- one model per row (what ``raw()`` fills): no ``select_related``, no
  ``prefetch_related``;
- each marker is a value of the field it is compared with that the compiled parameters
  hold exactly once (a string nobody types, a negative id); ``run`` takes values of the
  same types;
- ``build`` must not depend on the moment (no ``timezone.now()``): its values are frozen;
- annotations come as the driver returns them (``raw()`` converts model fields only):
  numbers and strings, not dates on SQLite.
"""

from django.db import router


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
        if queryset.query.select_related or queryset._prefetch_related_lookups:
            raise ValueError("Compiled querysets are of one model: no related objects.")
        sql, params = queryset.query.get_compiler(using=alias).as_sql()
        params = list(params)
        slots = []
        for marker in self.markers:
            if params.count(marker) != 1:
                raise ValueError(f"The marker {marker!r} is not one parameter of {sql}")
            slots.append(params.index(marker))
        return sql, params, slots

    def run(self, *values, using=None):
        """The compiled query with ``values`` in place of the markers: a RawQuerySet."""
        alias = using or router.db_for_read(self.model) or "default"
        compiled = self._by_alias.get(alias)
        if compiled is None:
            compiled = self._by_alias[alias] = self._compile(alias)
        sql, params, slots = compiled
        params = list(params)
        for slot, value in zip(slots, values, strict=True):
            params[slot] = value
        return self.model.objects.raw(sql, params, using=alias)
