-- Documents as analysts query them: one row per document, its current version.
with source as (
    select * from documents
),

renamed as (
    select
        doc_id,
        version,
        source_id,
        url,
        title,
        published_at,
        cast(published_at as date) as published_on,
        fetched_at,
        doc_kind,
        language
    from source
),

final as (
    select * from renamed
)

select * from final
