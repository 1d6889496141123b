-- The newest cumulative figure per claimant x subject x metric, with where it came from.
with chosen as (
    select * from int_claim_precedence
    where is_chosen and scope = 'cumulative'
),

ranked as (
    select
        *,
        row_number() over (
            partition by claimant, subject, metric
            order by as_of desc, published_at desc, claim_id
        ) as recency
    from chosen
),

final as (
    select
        claimant,
        subject,
        metric,
        as_of,
        value,
        value_low,
        value_high,
        value_point,
        qualifier,
        evidence,
        url,
        title,
        published_at,
        claim_id,
        doc_id
    from ranked
    where recency = 1
)

select * from final
