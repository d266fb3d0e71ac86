-- Substring search on email and name for user administration (GET /api/v1/users?q=), indexed so that
-- it stays fast with a million accounts: trigram GIN indexes serve LIKE '%q%' for q of 3+ characters.
create extension if not exists pg_trgm;

create index users_email_trgm_idx on users using gin (email gin_trgm_ops);
create index users_name_trgm_idx on users using gin (lower(name) gin_trgm_ops);
