-- Accounts and sign-in sessions.

create table users (
    id             uuid primary key,
    email          text        not null,
    name           text,
    password_hash  text,
    email_verified boolean     not null default false,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    constraint users_email_lower_case check (email = lower(email)),
    constraint users_email_length check (char_length(email) between 3 and 254),
    constraint users_name_length check (name is null or char_length(name) between 1 and 100)
);
create unique index users_email_key on users (email);

create table sessions (
    id                 uuid primary key,
    user_id            uuid        not null references users (id) on delete cascade,
    refresh_token_hash bytea       not null,
    created_at         timestamptz not null,
    last_used_at       timestamptz not null,
    expires_at         timestamptz not null,
    ip                 text,
    user_agent         text,
    revoked_at         timestamptz,
    constraint sessions_refresh_token_hash_key unique (refresh_token_hash),
    constraint sessions_lifetime check (expires_at > created_at)
);
create index sessions_user_id_idx on sessions (user_id);
