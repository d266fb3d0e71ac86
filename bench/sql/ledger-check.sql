-- Invariants after the order figures: prints one number, the count of violations (0 expected).
--  * no balance, position, short or collateral below zero;
--  * every user account's balance equals the sum of its ledger entries;
--  * every order's journal sums to zero per asset.
with cash as (
    select b.user_id, b.free - coalesce((select sum(e.amount) from ledger_entries e
            where e.user_id = b.user_id and e.account = 'cash' and e.asset = b.asset), 0) as diff, b.free as value
    from wallet_balances b
), pos as (
    select p.user_id, p.quantity - coalesce((select sum(e.amount) from ledger_entries e
            where e.user_id = p.user_id and e.account = 'position:' || p.symbol), 0) as diff, p.quantity as value
    from positions p
), sho as (
    select s.user_id, s.quantity - coalesce((select sum(e.amount) from ledger_entries e
            where e.user_id = s.user_id and e.account = 'short:' || s.symbol), 0) as diff, s.quantity as value
    from short_positions s
), col as (
    select s.user_id, s.collateral - coalesce((select sum(e.amount) from ledger_entries e
            where e.user_id = s.user_id and e.account = 'collateral:' || s.symbol), 0) as diff, s.collateral as value
    from short_positions s
), unbalanced as (
    select journal_id from ledger_entries group by journal_id, asset having sum(amount) <> 0
)
select (select count(*) from (select * from cash union all select * from pos union all select * from sho
                              union all select * from col) a where a.diff <> 0 or a.value < 0)
     + (select count(*) from unbalanced);
