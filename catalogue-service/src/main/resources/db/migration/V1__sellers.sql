create table seller (
    id            uuid primary key,
    name          text        not null,
    contact_email text,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
