-- Claims of current document versions, with a single comparable figure per claim.
with source as (
    select * from claims
),

renamed as (
    select
        claim_id,
        doc_id,
        version,
        claimant,
        subject,
        metric,
        value,
        value_low,
        value_high,
        -- A range is compared by its high end; value_low/value_high stay beside it.
        coalesce(value, value_high) as value_point,
        qualifier,
        scope,
        as_of,
        evidence,
        evidence_start,
        evidence_end,
        extractor
    from source
),

final as (
    select * from renamed
)

select * from final
