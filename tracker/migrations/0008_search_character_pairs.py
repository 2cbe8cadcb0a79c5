"""Full-text search of quotes on PostgreSQL (tracker/selectors/search.py): a function that
writes a text as its overlapping character pairs, and GIN indexes of targets' and outcomes'
quote and indicator text written that way. SQLite, the first-run default, needs neither."""
from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION tracker_bigrams(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN length(value) < 2 THEN value ELSE
        array_to_string(ARRAY(SELECT substr(value, i, 2) FROM generate_series(1, length(value) - 1) AS i), ' ')
    END
$$
"""
INDEX = (
    "CREATE INDEX IF NOT EXISTS {table}_search_pairs ON {table} "
    "USING gin (to_tsvector('simple'::regconfig, tracker_bigrams(quote || ' ' || indicator_text)))"
)
TABLES = ("tracker_target", "tracker_outcome")


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION)
    for table in TABLES:
        schema_editor.execute(INDEX.format(table=table))


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_pairs")
    schema_editor.execute("DROP FUNCTION IF EXISTS tracker_bigrams(text)")


class Migration(migrations.Migration):
    dependencies = [("tracker", "0007_report_original_file_pages_ocr")]
    operations = [migrations.RunPython(create, drop)]
