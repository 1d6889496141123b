"""A claim as the readers produce it, before it becomes a row of the `claims` table."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Claim:
    claimant: str
    subject: str
    metric: str
    value: int | None
    qualifier: str
    scope: str
    as_of: date
    evidence_start: int
    evidence_end: int
    extractor: str
    value_low: int | None = None
    value_high: int | None = None

    def key(self) -> tuple:
        """LABELING.md: one claim per (claimant, subject, metric, scope, as_of) stated figure."""
        return (self.claimant, self.subject, self.metric, self.scope, self.as_of, self.value, self.value_low, self.value_high)
