-- One latest claim per claimant, subject and metric, never null.
select claimant, subject, metric, count(*) as n
from latest_claims
group by claimant, subject, metric
having count(*) > 1 or bool_or(value_point is null) or bool_or(url is null)
