"""PostgreSQL: keep the search table's rows narrow (toast_tuple_target = 128).

A search reads this table's rows by the thousand (the newest matches of a word, with their
publish time and section) and only 20 of them for their text. With PostgreSQL's default
(2 KB) a row kept its headline, dek, authors and often a compressed body inline: 66 MB
for 100,000 stories, more than the default shared buffers keep beside the vectors. Moved
out of line, the same rows take 16 MB, and taking 9,156 matches of "president" from the
GIN index went from 52 to 13-16 ms. Existing rows move when rewritten: run
``masthead rebuild-search`` once after this migration on a large site.
"""

from django.db import migrations


def _run(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("distribution", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run("ALTER TABLE distribution_searchdocument SET (toast_tuple_target = 128)"),
            _run("ALTER TABLE distribution_searchdocument RESET (toast_tuple_target)"),
        ),
    ]
