-- Benchmark accounts bench-<i>@bench.example for i in :first..:last, straight into the schema the
-- service's Flyway migrations created (V1 users, V2 user_roles), as registration would leave them:
-- the "user" role, a password hash (one precomputed Argon2id hash with the configured parameters,
-- shared by all; each check still costs a full Argon2id computation).
--
-- The GIN (trigram) indexes of users are dropped and built again afterwards with their own
-- definitions: building them once is several times faster than inserting a million rows into them.
\set ON_ERROR_STOP on
set synchronous_commit = off;
set maintenance_work_mem = '512MB';
begin;
create temporary table bench_gin_indexes on commit drop as
    select indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename = 'users' and indexdef ilike '% using gin %';
select format('drop index %I', indexname) from bench_gin_indexes \gexec
with created as (
    insert into users (id, email, name, password_hash, email_verified, authz_version, created_at, updated_at)
    select gen_random_uuid(), 'bench-' || i || '@bench.example', 'Bench user ' || i, :'hash', true, 0,
           now() - interval '1 day', now() - interval '1 day'
    from generate_series(:first::int, :last::int) as i
    returning id
)
insert into user_roles (user_id, role_name, granted_at)
select id, 'user', now() from created;
select indexdef from bench_gin_indexes \gexec
commit;
vacuum analyze users;
vacuum analyze user_roles;
