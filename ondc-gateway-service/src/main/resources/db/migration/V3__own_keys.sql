-- Our own ONDC keys when the platform supplies none (local runs): made once, kept so they survive restarts.
create table ondc_own_key (
    unique_key_id       text primary key,
    signing_private_key text        not null, -- base64 Ed25519 seed
    encryption_private  text        not null, -- base64 PKCS#8 X25519
    created_at          timestamptz not null default now()
);
