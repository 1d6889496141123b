-- Each pair appears in both orders and the ratios are reciprocal.
select a.day, a.subject, a.metric, a.claimant_a, a.claimant_b
from source_comparison as a
left join source_comparison as b
    on a.day = b.day and a.subject = b.subject and a.metric = b.metric
    and a.claimant_a = b.claimant_b and a.claimant_b = b.claimant_a
where b.day is null
    or (a.ratio is not null and b.ratio is not null and abs(a.ratio * b.ratio - 1) > 0.01)
