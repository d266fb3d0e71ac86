-- The ES256 keys that sign access tokens, shared by every node. The private key is sealed
-- (AES-256-GCM) with a key-encryption key that only the nodes' configuration holds.

create table signing_keys (
    kid            text primary key,
    sealed_private bytea       not null,
    public_jwk     text        not null,
    created_at     timestamptz not null,
    activates_at   timestamptz not null,
    retires_at     timestamptz,
    constraint signing_keys_order check (activates_at >= created_at and (retires_at is null or retires_at > activates_at))
);
