-- One row per claimant x subject x metric x day, from its first cumulative claim to
-- its last. Days without a report carry the last reported figure forward.
with chosen as (
    select * from int_claim_precedence
    where is_chosen and scope = 'cumulative'
),

period_claims as (
    -- The "(+N)" a document states beside its cumulative figure. A document that states
    -- several windows for the same series and day (an article's "in the past day" and
    -- "this week") has no single stated change: null, and still one row per day.
    select
        doc_id,
        claimant,
        subject,
        metric,
        as_of,
        case when count(*) = 1 then min(value) end as stated_change
    from int_claim_precedence
    where scope = 'period' and value is not null
    group by doc_id, claimant, subject, metric, as_of
),

bounds as (
    select claimant, subject, metric, min(as_of) as first_day, max(as_of) as last_day
    from chosen
    group by claimant, subject, metric
),

spine as (
    select
        claimant,
        subject,
        metric,
        cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date) as day
    from bounds
),

reported as (
    select
        chosen.claimant,
        chosen.subject,
        chosen.metric,
        chosen.as_of as day,
        chosen.value_point,
        chosen.value_low,
        chosen.value_high,
        chosen.qualifier,
        chosen.claim_id,
        chosen.doc_id,
        chosen.url,
        chosen.evidence,
        period_claims.stated_change
    from chosen
    left join period_claims
        on period_claims.doc_id = chosen.doc_id
        and period_claims.claimant = chosen.claimant
        and period_claims.subject = chosen.subject
        and period_claims.metric = chosen.metric
        and period_claims.as_of = chosen.as_of
),

filled as (
    select
        spine.claimant,
        spine.subject,
        spine.metric,
        spine.day,
        reported.claim_id is not null as reported,
        last_value(reported.value_point ignore nulls) over w as value,
        last_value(reported.value_low ignore nulls) over w as value_low,
        last_value(reported.value_high ignore nulls) over w as value_high,
        last_value(reported.qualifier ignore nulls) over w as qualifier,
        reported.stated_change,
        last_value(reported.claim_id ignore nulls) over w as claim_id,
        last_value(reported.doc_id ignore nulls) over w as doc_id,
        last_value(reported.url ignore nulls) over w as url,
        last_value(reported.evidence ignore nulls) over w as evidence
    from spine
    left join reported
        on reported.claimant = spine.claimant
        and reported.subject = spine.subject
        and reported.metric = spine.metric
        and reported.day = spine.day
    window w as (
        partition by spine.claimant, spine.subject, spine.metric
        order by spine.day
        rows between unbounded preceding and current row
    )
),

final as (
    select
        claimant,
        subject,
        metric,
        day,
        value,
        value_low,
        value_high,
        qualifier,
        reported,
        value - lag(value) over (partition by claimant, subject, metric order by day) as change,
        stated_change,
        claim_id,
        doc_id,
        url,
        evidence
    from filled
)

select * from final
