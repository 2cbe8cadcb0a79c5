"""Figures within ±10^15, enforced by the database (see tracker.models.facts.FIGURE_LIMIT).

A database that imported a hostile file before this check may hold 1e22: those rows cannot even be
read back on SQLite, so they are removed with plain SQL first, together with the assessments and
history rows that rest on them (linking re-creates the assessments of the targets that remain).
The report keeps the numbers that were skipped from now on, each with its reason."""
from django.conf import settings
from django.db import migrations, models

LIMIT = "1e15"


def _outside(column: str) -> str:
    return f"({column} < -{LIMIT} OR {column} > {LIMIT})"


BAD_TARGET = f"{_outside('value')} OR {_outside('value_high')}"
BAD_OUTCOME = _outside("value")
REMOVE_UNSTORABLE_ROWS = [
    f"DELETE FROM tracker_assessment WHERE {_outside('gap')} OR {_outside('derived_value')}"
    f" OR target_id IN (SELECT id FROM tracker_target WHERE {BAD_TARGET})"
    f" OR outcome_id IN (SELECT id FROM tracker_outcome WHERE {BAD_OUTCOME})",
    f"DELETE FROM tracker_target WHERE {BAD_TARGET}",
    f"DELETE FROM tracker_outcome WHERE {BAD_OUTCOME}",
    f"DELETE FROM tracker_historicalassessment WHERE {_outside('gap')} OR {_outside('derived_value')}",
    f"DELETE FROM tracker_historicaltarget WHERE {BAD_TARGET}",
    f"DELETE FROM tracker_historicaloutcome WHERE {BAD_OUTCOME}",
]


def remove_unstorable_rows(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        for statement in REMOVE_UNSTORABLE_ROWS:
            cursor.execute(statement)
        if schema_editor.connection.vendor == "postgresql":
            # The deletes leave deferred foreign-key checks pending, and PostgreSQL alters no
            # table with checks pending: run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):

    dependencies = [
        ('tracker', '0010_review_decisions'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(remove_unstorable_rows, migrations.RunPython.noop),
        migrations.AddField(
            model_name='report',
            name='skipped_figures',
            field=models.JSONField(blank=True, default=list, help_text='Numbers extraction found but did not store, each with its quote and the reason'),
        ),
        migrations.AddConstraint(
            model_name='assessment',
            constraint=models.CheckConstraint(condition=models.Q(('gap__isnull', True), models.Q(('gap__gte', -1000000000000000), ('gap__lte', 1000000000000000)), _connector='OR'), name='assessment_gap_storable'),
        ),
        migrations.AddConstraint(
            model_name='assessment',
            constraint=models.CheckConstraint(condition=models.Q(('derived_value__isnull', True), models.Q(('derived_value__gte', -1000000000000000), ('derived_value__lte', 1000000000000000)), _connector='OR'), name='assessment_derived_value_storable'),
        ),
        migrations.AddConstraint(
            model_name='outcome',
            constraint=models.CheckConstraint(condition=models.Q(('value__isnull', True), models.Q(('value__gte', -1000000000000000), ('value__lte', 1000000000000000)), _connector='OR'), name='outcome_value_storable'),
        ),
        migrations.AddConstraint(
            model_name='target',
            constraint=models.CheckConstraint(condition=models.Q(('value__isnull', True), models.Q(('value__gte', -1000000000000000), ('value__lte', 1000000000000000)), _connector='OR'), name='target_value_storable'),
        ),
        migrations.AddConstraint(
            model_name='target',
            constraint=models.CheckConstraint(condition=models.Q(('value_high__isnull', True), models.Q(('value_high__gte', -1000000000000000), ('value_high__lte', 1000000000000000)), _connector='OR'), name='target_value_high_storable'),
        ),
    ]
