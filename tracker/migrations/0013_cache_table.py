"""The database cache's table (settings.CACHES without CACHE_URL), so that `migrate` alone sets
up a first run; with Redis configured there is no database cache and nothing is created."""
from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("tracker", "0012_import_batches")]
    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
