-- The sellers tokens may name: auth-service learns them from catalogue-service's seller.created events.
create table known_seller (
    seller_id     uuid primary key,
    name          text        not null,
    registered_at timestamptz not null,
    learned_at    timestamptz not null default now()
);
