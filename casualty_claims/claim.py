"""A claim as the readers produce it, before it becomes a row of the `claims` table."""

from dataclasses import dataclass
from datetime import date


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made building the ~30 claims
# of a ministry post a third of its reading time. Claims are still never changed in place (dataclasses.replace),
# and stay hashable.
@dataclass(slots=True, unsafe_hash=True)
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
        """The identity of a stated figure (LABELING.md): claimant, subject, metric, scope, as_of and value."""
        return (self.claimant, self.subject, self.metric, self.scope, self.as_of, self.value, self.value_low, self.value_high)
