"""Scoring a batch of neighbourhood indicators when nothing better is given: the threat axis
relative to the other neighbourhoods of the same batch.

`score_batch` is the one place that decides the scores of an imported batch; a fuller scoring
of the model can take its place without touching the import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ompm_desktop.scoring.relative import percentile_rank as scoring_rank

UNASSESSED_CAPACITY = 50.0


@dataclass(frozen=True)
class BatchScore:
    threat: float
    capacity: float
    note: str


def percentile_rank(value: float, values: Sequence[float]) -> float:
    """0 for the lowest of the batch, 100 for the highest; ties share the middle rank. The
    same rank the assessment scoring gives a count, to one decimal."""
    return round(scoring_rank(value, values), 1)


def score_batch(
    indicators: Sequence[Mapping[str, float]],
    populations: Sequence[int | None],
    batch_label: str,
) -> list[BatchScore]:
    """Threat 0-100: the percentile rank of each neighbourhood's total of the scored
    indicators among the batch (per 1,000 residents when every population is known).
    Capacity is not measured by such indicators: it is set to 50 and the note says so."""
    per_resident = bool(populations) and all(p and p > 0 for p in populations)
    totals = []
    for counts, population in zip(indicators, populations, strict=True):
        total = float(sum(counts.values()))
        totals.append(total / population * 1000 if per_resident and population else total)
    size = len(totals)
    scores = []
    for counts, total in zip(indicators, totals, strict=True):
        threat = percentile_rank(total, totals)
        measure = (f"{total:,.1f} incidents per 1,000 residents" if per_resident
                   else f"{total:,.0f} incidents")
        note = (
            f"Threat {threat:g}: percentile rank of {measure} ({len(counts)} indicators) among "
            f"the {size} neighbourhoods of the batch {batch_label}. Capacity not assessed: set "
            f"to {UNASSESSED_CAPACITY:g} until it is."
        )
        scores.append(BatchScore(threat, UNASSESSED_CAPACITY, note))
    return scores
