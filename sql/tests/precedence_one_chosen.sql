-- Exactly one chosen claim per claimant, subject, metric, scope and day.
select claimant, subject, metric, scope, as_of, count(*) filter (where is_chosen) as chosen
from int_claim_precedence group by all having count(*) filter (where is_chosen) <> 1
