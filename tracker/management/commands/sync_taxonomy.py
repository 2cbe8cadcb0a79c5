"""python manage.py sync_taxonomy: bring the built-in indicators and aliases into the database."""
from django.core.management.base import BaseCommand

from tracker.services.taxonomy import taxonomy_sync


class Command(BaseCommand):
    help = "Add the built-in indicators and aliases the Indicator table lacks; nothing is removed or overwritten."

    def handle(self, *args, **options):
        result = taxonomy_sync()
        for code in result.created:
            self.stdout.write(f"added indicator {code}")
        for code, aliases in result.aliases.items():
            self.stdout.write(f"{code}: added aliases {'、'.join(aliases)}")
        if not result.changed:
            self.stdout.write("the taxonomy is up to date")
