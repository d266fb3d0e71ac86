-- Roles, the permissions they grant, and who holds them. The built-in rows match
-- dev.tradedesk.domain.roles.BuiltinRoles (a contract test checks it).

create table roles (
    name        text primary key,
    description text        not null default '',
    builtin     boolean     not null default false,
    created_at  timestamptz not null default now(),
    constraint roles_name_shape check (name ~ '^[a-z0-9_.-]{1,64}$')
);

create table role_permissions (
    role_name  text not null references roles (name) on delete cascade,
    permission text not null,
    primary key (role_name, permission),
    constraint role_permissions_shape check (permission ~ '^[a-z0-9_.-]+:[a-z0-9_.*-]+$')
);

create table user_roles (
    user_id    uuid        not null references users (id) on delete cascade,
    role_name  text        not null references roles (name) on delete cascade,
    granted_at timestamptz not null default now(),
    primary key (user_id, role_name)
);
create index user_roles_role_name_idx on user_roles (role_name);

insert into roles (name, description, builtin) values
    ('superuser', 'Every permission, always allowed', true),
    ('admin', 'All built-in permissions', true),
    ('user', 'Given to every new account', true),
    ('anonymous', 'Applied to requests without a token', true);

insert into role_permissions (role_name, permission)
select r.name, p.permission
from (values ('superuser'), ('admin')) as r (name)
cross join (values ('users:read'), ('users:write'), ('users:delete'), ('roles:read'), ('roles:write'),
                   ('roles:assign'), ('wallets:read'), ('wallets:credit'), ('orders:place'), ('orders:read'),
                   ('market:read'), ('ticker:subscribe')) as p (permission);

insert into role_permissions (role_name, permission) values
    ('user', 'orders:place'),
    ('user', 'orders:read'),
    ('user', 'market:read'),
    ('user', 'ticker:subscribe');
