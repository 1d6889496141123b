-- One row per claimant, subject, metric and day.
select claimant, subject, metric, day, count(*) as n
from daily_series group by claimant, subject, metric, day having count(*) > 1
