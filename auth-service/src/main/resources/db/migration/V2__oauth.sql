-- API clients: partners, seller self-access integrations and third-party apps.
create table api_client (
    client_id          text primary key,
    kind               text        not null check (kind in ('partner', 'seller', 'third_party')),
    name               text        not null,
    partner_id         text,
    seller_id          uuid,
    scopes             text        not null, -- space-separated, as OAuth writes scope
    redirect_uris      text        not null default '', -- one per line
    secret_hash        text        not null,
    status             text        not null default 'active' check (status in ('active', 'revoked')),
    created_at         timestamptz not null,
    secret_rotated_at  timestamptz not null,
    revoked_at         timestamptz,
    check (kind <> 'partner' or partner_id is not null),
    check (kind <> 'seller' or seller_id is not null)
);

-- Token signing keys. The newest active key signs; every key not yet past verify_until is in the JWKS.
create table signing_key (
    kid            text primary key,
    algorithm      text        not null,
    public_key     text        not null,
    private_key    text        not null,
    created_at     timestamptz not null,
    retired_at     timestamptz,
    verify_until   timestamptz
);

-- A seller's consent to a third-party app acting for it.
create table seller_consent (
    client_id   text        not null references api_client (client_id),
    seller_id   uuid        not null,
    scopes      text        not null,
    granted_at  timestamptz not null,
    primary key (client_id, seller_id)
);

-- Authorization codes (RFC 6749 4.1, PKCE RFC 7636); only the SHA-256 of the code is kept.
create table authorization_code (
    code_hash       text primary key,
    client_id       text        not null references api_client (client_id),
    seller_id       uuid        not null,
    redirect_uri    text        not null,
    scopes          text        not null,
    code_challenge  text        not null,
    expires_at      timestamptz not null,
    used_at         timestamptz
);

-- Refresh tokens, rotated on every use; a reused one revokes its whole family.
create table refresh_token (
    token_hash   text primary key,
    family_id    uuid        not null,
    client_id    text        not null references api_client (client_id),
    seller_id    uuid        not null,
    scopes       text        not null,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    revoked_at   timestamptz
);
create index refresh_token_family on refresh_token (family_id);

-- Access tokens revoked before expiry (RFC 7009); kept until they would have expired anyway.
create table revoked_access_token (
    jti         text primary key,
    client_id   text        not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz not null
);

alter table known_seller add column partner_id text;
