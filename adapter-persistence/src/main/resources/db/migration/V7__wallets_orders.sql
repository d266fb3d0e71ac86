-- Wallets, their double-entry ledger, orders and idempotency keys.
-- Every balance below is the sum of the ledger entries of its account (see JdbcLedger), and none of
-- them may go below zero: the CHECK constraints hold that even against a faulty caller.

create table wallets (
    user_id    uuid primary key references users (id) on delete cascade,
    currency   text        not null check (currency ~ '^[A-Z0-9]{2,20}$'),
    created_at timestamptz not null
);

-- Free cash per asset (ledger account "cash").
create table wallet_balances (
    user_id uuid    not null references wallets (user_id) on delete cascade,
    asset   text    not null check (asset ~ '^[A-Z0-9]{2,20}$'),
    free    numeric not null default 0,
    primary key (user_id, asset),
    constraint wallet_balances_free_not_negative check (free >= 0)
);

-- Long positions (ledger account "position:<symbol>", in the base asset).
create table positions (
    user_id       uuid    not null references wallets (user_id) on delete cascade,
    symbol        text    not null,
    asset         text    not null,
    quantity      numeric not null default 0,
    average_price numeric not null default 0,
    primary key (user_id, symbol),
    constraint positions_quantity_not_negative check (quantity >= 0),
    constraint positions_average_price_not_negative check (average_price >= 0)
);

-- Open shorts: quantity owed (ledger account "short:<symbol>", base asset) and the quote cash locked as
-- collateral (ledger account "collateral:<symbol>").
create table short_positions (
    user_id     uuid    not null references wallets (user_id) on delete cascade,
    symbol      text    not null,
    asset       text    not null,
    quantity    numeric not null default 0,
    entry_price numeric not null default 0,
    collateral  numeric not null default 0,
    primary key (user_id, symbol),
    constraint short_positions_quantity_not_negative check (quantity >= 0),
    constraint short_positions_entry_price_not_negative check (entry_price >= 0),
    constraint short_positions_collateral_not_negative check (collateral >= 0)
);

create table orders (
    id           uuid primary key,
    user_id      uuid        not null references wallets (user_id) on delete cascade,
    symbol       text        not null,
    side         text        not null check (side in ('buy', 'sell', 'short', 'close_short')),
    quantity     numeric     not null check (quantity > 0),
    price        numeric     not null check (price > 0),
    notional     numeric     not null check (notional > 0),
    fee          numeric     not null check (fee >= 0),
    status       text        not null check (status in ('filled')),
    price_as_of  timestamptz not null,
    price_source text        not null,
    created_at   timestamptz not null
);
create index orders_user_newest_idx on orders (user_id, id desc);

-- One row per entry; the entries of a journal sum to zero per asset. User accounts: cash, position:S,
-- short:S, collateral:S; counterparties: external, exchange, fees, lender.
create table ledger_entries (
    id         bigint generated always as identity primary key,
    journal_id uuid        not null,
    user_id    uuid        not null references wallets (user_id) on delete cascade,
    order_id   uuid references orders (id) on delete cascade,
    account    text        not null
        check (account ~ '^(cash|external|exchange|fees|lender|(position|short|collateral):[A-Z0-9_.-]{1,20})$'),
    asset      text        not null,
    amount     numeric     not null check (amount <> 0),
    description text       not null,
    created_at timestamptz not null
);
create index ledger_entries_user_account_idx on ledger_entries (user_id, account, asset);
create index ledger_entries_journal_idx on ledger_entries (journal_id);
create index ledger_entries_order_idx on ledger_entries (order_id) where order_id is not null;

-- Idempotency-Key per user: in progress (order_id null, held under claim_token until lease_until) or
-- completed (order_id set). Kept 24 hours (purged by the maintenance task).
create table idempotency_keys (
    user_id     uuid        not null references users (id) on delete cascade,
    key         text        not null check (char_length(key) between 1 and 255),
    fingerprint text        not null,
    claim_token uuid        not null,
    order_id    uuid references orders (id) on delete cascade,
    lease_until timestamptz not null,
    created_at  timestamptz not null,
    primary key (user_id, key)
);
create index idempotency_keys_created_at_idx on idempotency_keys (created_at);
