-- Refresh-token rotation with reuse detection, revocation that every node learns of, login history.

-- Every refresh token a session has had. The current one has rotated_at null; a rotated one is kept
-- so that presenting it again is recognised as reuse (RFC 9700) and revokes the session.
create table refresh_tokens (
    token_hash  bytea primary key,
    session_id  uuid        not null references sessions (id) on delete cascade,
    issued_at   timestamptz not null,
    rotated_at  timestamptz
);
create index refresh_tokens_session_id_idx on refresh_tokens (session_id);
create unique index refresh_tokens_one_current_per_session on refresh_tokens (session_id) where rotated_at is null;

insert into refresh_tokens (token_hash, session_id, issued_at)
select refresh_token_hash, id, created_at from sessions;
alter table sessions drop constraint sessions_refresh_token_hash_key;
alter table sessions drop column refresh_token_hash;
alter table sessions add column revoked_reason text;

-- Raised whenever what a user's access tokens say (roles, permissions) changes, or the user goes:
-- tokens carrying an older version ("ver" claim) stop working.
alter table users add column authz_version bigint not null default 0;

-- Revocations that access tokens still alive may be affected by: what each node's in-memory view
-- is rebuilt from at start-up and after a Redis outage. Rows expire with the longest access token.
create table token_revocations (
    id          bigserial primary key,
    session_id  uuid,
    user_id     uuid,
    min_version bigint,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    constraint token_revocations_subject check ((session_id is null) <> (user_id is null)),
    constraint token_revocations_user_version check (user_id is null or min_version is not null)
);
create index token_revocations_expires_at_idx on token_revocations (expires_at);

create table login_events (
    id         uuid primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    at         timestamptz not null,
    ip         text,
    user_agent text,
    method     text        not null,
    success    boolean     not null
);
create index login_events_user_newest_idx on login_events (user_id, at desc, id desc);
