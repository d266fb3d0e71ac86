-- :total filled market orders for the benchmark accounts bench-<i>@bench.example, i = :first, :first +
-- :step, ... <= :last, straight into the schema of the V7 migration and as the service would have left
-- them, so that bench/sql/ledger-check.sql still finds nothing wrong:
--  * a wallet (with its starting balance: an external -> cash journal) for each account that has none;
--  * the orders, dealt round robin over the accounts in time order (one every :spacing_ms ms, the last
--    :end_age before now), so each account's orders are spread over the table as real traffic would
--    spread them; each account alternates buy and sell (a buy first) of :quantity :symbol at :price,
--    with the taker fee :fee_rate; ids are time-ordered UUIDs (version 7) like the service's;
--  * each order's journal (the same five ledger entries the service posts, journal id = order id);
--  * the balances moved by those entries (cash, position), added to what the accounts held before.
-- One INSERT ... SELECT per table, nothing dropped, then ANALYZE of orders and ledger_entries.
\set ON_ERROR_STOP on
set synchronous_commit = off;
-- the rows below reference only users, wallets and orders this script reads or writes itself, so the
-- foreign-key triggers (a lookup per row, most of the time of a million orders) are skipped as a restore
-- does; CHECK constraints and unique indexes still apply
set session_replication_role = replica;
set work_mem = '64MB';
begin;

create temporary table seed_users on commit drop as
    select u.id as user_id, (row_number() over (order by i) - 1)::int as u
    from generate_series(:first::int, :last::int, :step::int) as i
    join users u on u.email = 'bench-' || i || '@bench.example';

create temporary table seed_terms on commit drop as
    select n, t, :'symbol'::text as symbol, :'base'::text as base, :'currency'::text as quote,
           :'quantity'::numeric as quantity, :'price'::numeric as price, notional,
           round(ceil(notional * :'fee_rate'::numeric * 100000000) / 100000000, 8) as fee,
           now() - :'end_age'::interval - (t - 1) * (:spacing_ms::int * interval '1 millisecond') as first_at
    from (select count(*)::int as n, :total::int as t, round(:'quantity'::numeric * :'price'::numeric, 8) as notional
          from seed_users) s;

-- per account: its share of the orders, and how many are buys (a buy first, then alternating)
create temporary table seed_counts on commit drop as
    select su.user_id, c.orders, (c.orders + 1) / 2 as buys, c.orders / 2 as sells
    from seed_users su, seed_terms st,
         lateral (select st.t / st.n + case when su.u < st.t % st.n then 1 else 0 end as orders) c;

-- wallets created on first use, funded like Wallets.ensure does
create temporary table seed_new_wallets on commit drop as
    with created as (
        insert into wallets (user_id, currency, created_at)
        select su.user_id, st.quote, st.first_at - interval '1 second' from seed_users su, seed_terms st
        on conflict (user_id) do nothing
        returning user_id, created_at
    )
    select user_id, created_at, gen_random_uuid() as journal_id from created;
insert into ledger_entries (journal_id, user_id, order_id, account, asset, amount, description, created_at)
select w.journal_id, w.user_id, null, e.account, st.quote, e.amount, 'starting balance', w.created_at
from seed_new_wallets w, seed_terms st,
     lateral (values ('cash', :'starting_balance'::numeric), ('external', -:'starting_balance'::numeric)) e(account, amount);

-- the orders and their journals, in time order
with placed as (
    insert into orders (id, user_id, symbol, side, quantity, price, notional, fee, status, price_as_of,
                        price_source, created_at)
    select (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || substr(r, 16, 3) || substr(r, 19))::uuid,
           su.user_id, st.symbol, case when (k / st.n) % 2 = 0 then 'buy' else 'sell' end,
           st.quantity, st.price, st.notional, st.fee, 'filled', at, 'bench-seed', at
    from seed_terms st
         cross join lateral generate_series(0, st.t - 1) as k
         join seed_users su on su.u = k % st.n
         cross join lateral (select st.first_at + k * (:spacing_ms::int * interval '1 millisecond') as at) a
         cross join lateral (select lpad(to_hex((extract(epoch from a.at) * 1000)::bigint), 12, '0') as h,
                                    gen_random_uuid()::text as r) ids
    order by k
    returning id, user_id, side, created_at
)
insert into ledger_entries (journal_id, user_id, order_id, account, asset, amount, description, created_at)
select p.id, p.user_id, p.id, e.account, e.asset, e.amount,
       p.side || ' ' || trim_scale(st.quantity) || ' ' || st.symbol, p.created_at
from placed p, seed_terms st,
     lateral (select p.side = 'buy' as buy) b,
     lateral (values
         ('cash', st.quote, case when b.buy then -(st.notional + st.fee) else st.notional - st.fee end),
         ('exchange', st.quote, case when b.buy then st.notional else -st.notional end),
         ('fees', st.quote, st.fee),
         ('position:' || st.symbol, st.base, case when b.buy then st.quantity else -st.quantity end),
         ('exchange', st.base, case when b.buy then -st.quantity else st.quantity end)) e(account, asset, amount);

-- balances: rows created at zero, then moved by the entries' sums (as JdbcLedger does)
insert into wallet_balances (user_id, asset)
select su.user_id, st.quote from seed_users su, seed_terms st
on conflict do nothing;
update wallet_balances b
set free = b.free + d.delta
from (select c.user_id, st.quote,
             case when w.user_id is null then 0 else :'starting_balance'::numeric end
             - c.buys * (st.notional + st.fee) + c.sells * (st.notional - st.fee) as delta
      from seed_counts c cross join seed_terms st left join seed_new_wallets w on w.user_id = c.user_id) d
where b.user_id = d.user_id and b.asset = d.quote;
insert into positions (user_id, symbol, asset, quantity, average_price)
select c.user_id, st.symbol, st.base, (c.buys - c.sells) * st.quantity, st.price
from seed_counts c, seed_terms st
where c.orders > 0
on conflict (user_id, symbol) do update
    set quantity = positions.quantity + excluded.quantity,
        average_price = case when excluded.quantity > 0
            then round((positions.quantity * positions.average_price + excluded.quantity * excluded.average_price)
                       / (positions.quantity + excluded.quantity), 8)
            else positions.average_price end;
commit;
-- Only the tables that grew by a lot. Analysing the wallet tables while they hold a few rows (the small
-- case seeds 20 wallets) left figure 4's 1,000-wallet runs with hundreds of orders aborted 10 times by
-- serialization failures (in one run; not seen without it): with statistics of a tiny table the
-- planner may scan it whole, and under SERIALIZABLE a whole-table read conflicts with every wallet's write.
analyze orders;
analyze ledger_entries;
