-- Catalogue items: keyed by (storefront, client-chosen catalogue_item_id), so two tenants choosing the same
-- id never meet. The item is kept as the JSON the API answers with.
create table catalogue_item (
    storefront_id     uuid        not null references storefront (id) on delete cascade,
    catalogue_item_id uuid        not null,
    seller_id         uuid        not null,
    name              text        not null,
    document          jsonb       not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    primary key (storefront_id, catalogue_item_id)
);

-- One bulk call (upsert or delete) and its counts; its per-item results are in catalogue_job_item.
create table catalogue_job (
    id            uuid primary key,
    storefront_id uuid        not null references storefront (id) on delete cascade,
    seller_id     uuid        not null,
    kind          text        not null,
    status        text        not null,
    received      integer     not null,
    accepted      integer     not null,
    rejected      integer     not null,
    created_at    timestamptz not null,
    completed_at  timestamptz
);
create index catalogue_job_storefront on catalogue_job (storefront_id, created_at);

-- The outcome of one item of a job, by its position in the request body.
create table catalogue_job_item (
    job_id            uuid    not null references catalogue_job (id) on delete cascade,
    position          integer not null,
    catalogue_item_id text,
    outcome           text    not null,
    reasons           jsonb,
    primary key (job_id, position)
);
