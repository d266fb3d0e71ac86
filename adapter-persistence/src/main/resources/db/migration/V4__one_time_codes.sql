-- One-time codes mailed for passwordless sign-in and for password reset (API.md, "Authentication").
-- At most one live code per email and purpose: a new one replaces the row. Only a salted SHA-256 of
-- the six digits is stored (dev.tradedesk.domain.accounts.OneTimeCode says why that is enough).
-- Codes are keyed by email, not by user: a sign-in code may be for an address without an account yet.
-- A used code is deleted; expired ones are purged periodically.

create table one_time_codes (
    id         uuid primary key,
    email      text        not null,
    purpose    text        not null,
    salt       bytea       not null,
    code_hash  bytea       not null,
    attempts   integer     not null default 0,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    constraint one_time_codes_email_purpose_key unique (email, purpose),
    constraint one_time_codes_purpose check (purpose in ('sign_in', 'password_reset')),
    constraint one_time_codes_email_lower_case check (email = lower(email)),
    constraint one_time_codes_attempts check (attempts between 0 and 5),
    constraint one_time_codes_lifetime check (expires_at > created_at)
);
create index one_time_codes_expires_at_idx on one_time_codes (expires_at);
