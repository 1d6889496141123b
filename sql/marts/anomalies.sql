-- Things an analyst should look at before trusting a series: a cumulative figure that
-- goes down, a stated "(+N)" that is not the day's change, a jump far outside the
-- series' own recent changes, days missing from a daily series, and two documents of
-- one claimant that disagree on the same day. Jumps compare changes per day.
with series as (
    select * from daily_series
),

reported as (
    select
        *,
        lag(day) over w as previous_day,
        lag(value) over w as previous_value
    from series
    where reported
    window w as (partition by claimant, subject, metric order by day)
),

with_recent as (
    select
        *,
        value - previous_value as reported_change,
        -- per day, so that a report after a gap is not read as a jump
        (value - previous_value) / greatest(datediff('day', previous_day, day), 1) as change_per_day,
        avg(abs(value - previous_value) / greatest(datediff('day', previous_day, day), 1)) over (
            partition by claimant, subject, metric order by day rows between 14 preceding and 1 preceding
        ) as recent_mean_change,
        count(*) over (
            partition by claimant, subject, metric order by day rows between 14 preceding and 1 preceding
        ) as recent_reports,
        median(datediff('day', previous_day, day)) over (partition by claimant, subject, metric) as usual_gap
    from reported
),

decreases as (
    select
        'series_decrease' as anomaly,
        claimant, subject, metric, day, value, previous_value,
        'went down by ' || (previous_value - value) || ' since ' || previous_day as detail,
        claim_id, doc_id, url
    from with_recent
    where value < previous_value
),

stated_mismatch as (
    select
        'stated_change_mismatch' as anomaly,
        claimant, subject, metric, day, value, previous_value,
        'stated (+' || stated_change || ') but the change from the day before is ' || reported_change as detail,
        claim_id, doc_id, url
    from with_recent
    where stated_change is not null
        and previous_day = day - interval 1 day
        and stated_change <> reported_change
),

jumps as (
    select
        'jump' as anomaly,
        claimant, subject, metric, day, value, previous_value,
        'change ' || round(change_per_day, 1) || ' a day against a recent mean of ' || round(recent_mean_change, 1) as detail,
        claim_id, doc_id, url
    from with_recent
    where recent_reports >= 5
        and abs(change_per_day) > 5 * greatest(recent_mean_change, 1)
        and abs(change_per_day) >= 10
),

gaps as (
    select
        'gap' as anomaly,
        claimant, subject, metric, day, value, previous_value,
        (datediff('day', previous_day, day) - 1) || ' day(s) without a report since ' || previous_day as detail,
        claim_id, doc_id, url
    from with_recent
    where usual_gap = 1 and datediff('day', previous_day, day) > 1
),

conflicts as (
    select
        'same_day_conflict' as anomaly,
        claimant, subject, metric, as_of as day,
        max(value_point) filter (where is_chosen) as value,
        null::bigint as previous_value,
        count(distinct doc_id) || ' documents give ' || string_agg(distinct value_point::varchar, ' vs ' order by value_point::varchar) as detail,
        max(claim_id) filter (where is_chosen) as claim_id,
        max(doc_id) filter (where is_chosen) as doc_id,
        max(url) filter (where is_chosen) as url
    from int_claim_precedence
    where scope = 'cumulative'
    group by claimant, subject, metric, as_of
    having count(distinct value_point) > 1 and count(distinct doc_id) > 1
),

final as (
    select * from decreases
    union all select * from stated_mismatch
    union all select * from jumps
    union all select * from gaps
    union all select * from conflicts
)

select * from final
