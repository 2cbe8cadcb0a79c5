"""The indicator taxonomy in the database: read by extraction, kept in step with the built-in one.

The Indicator rows are the reviewers' copy (they add aliases and tune tolerances in the admin).
When a release teaches the built-in taxonomy new aliases or indicators, ``taxonomy_sync`` brings
them into an existing database without undoing any edit: aliases are only added, never removed,
and a row's other fields are set only when the row is created.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from tracker.extraction.taxonomy import DEFAULT_INDICATORS, IndicatorSpec, Taxonomy
from tracker.models import Indicator


@dataclass
class TaxonomySync:
    created: list[str] = field(default_factory=list)  # codes of indicators added
    aliases: dict[str, list[str]] = field(default_factory=dict)  # code -> aliases added

    @property
    def changed(self) -> bool:
        return bool(self.created or self.aliases)


@transaction.atomic
def taxonomy_sync(*, indicators: list[IndicatorSpec] = DEFAULT_INDICATORS) -> TaxonomySync:
    """Add the built-in indicators and aliases the database lacks; report what was added."""
    result = TaxonomySync()
    rows = {row.code: row for row in Indicator.objects.select_for_update()}
    for spec in indicators:
        row = rows.get(spec.code)
        if row is None:
            Indicator.objects.create(
                code=spec.code, name_zh=spec.name_zh, name_en=spec.name_en, aliases=list(spec.aliases),
                direction=spec.direction, tolerance=spec.tolerance, real_terms=spec.real_terms, share=spec.share,
            )
            result.created.append(spec.code)
            continue
        missing = [alias for alias in spec.aliases if alias not in row.aliases]
        if missing:
            row.aliases = [*row.aliases, *missing]
            row.save(update_fields=["aliases"])
            result.aliases[spec.code] = missing
    return result


@dataclass(frozen=True)
class Vocabulary:
    """The taxonomy as reviewers edited it and the row id of each code: read once for a batch of
    files, so that no file pays a query for it."""

    taxonomy: Taxonomy
    indicator_ids: dict[str, int]


def vocabulary_from_db() -> Vocabulary:
    rows = list(Indicator.objects.all())
    return Vocabulary(taxonomy=_taxonomy(rows), indicator_ids={row.code: row.pk for row in rows})


def taxonomy_from_db() -> Taxonomy:
    """The taxonomy as reviewers edited it in the admin."""
    return _taxonomy(Indicator.objects.all())


def _taxonomy(rows) -> Taxonomy:
    return Taxonomy([
        IndicatorSpec(code=row.code, name_zh=row.name_zh, name_en=row.name_en, aliases=tuple(row.aliases),
                      direction=row.direction, share=row.share, tolerance=row.tolerance, real_terms=row.real_terms)
        for row in rows
    ])
