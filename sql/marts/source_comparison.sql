-- Per day, subject and metric: each claimant's figure beside every other claimant's,
-- and how many times larger it is. A row exists on days when at least one of the two
-- published; the other side's figure is its latest one (carried forward).
with series as (
    select * from daily_series
),

pairs as (
    select
        a.day,
        a.subject,
        a.metric,
        a.claimant as claimant_a,
        a.value as value_a,
        a.reported as reported_a,
        a.url as url_a,
        b.claimant as claimant_b,
        b.value as value_b,
        b.reported as reported_b,
        b.url as url_b
    from series as a
    inner join series as b
        on a.subject = b.subject
        and a.metric = b.metric
        and a.day = b.day
        and a.claimant <> b.claimant
    where a.reported or b.reported
),

final as (
    select
        day,
        subject,
        metric,
        claimant_a,
        value_a,
        reported_a,
        claimant_b,
        value_b,
        reported_b,
        case when value_b > 0 then value_a::double / value_b end as ratio,
        url_a,
        url_b
    from pairs
)

select * from final
