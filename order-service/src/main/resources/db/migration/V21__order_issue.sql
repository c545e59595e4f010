-- Issues and grievances from buyer apps' IGM /issue (issue 14): one row per issue (the buyer app's issue id), whose
-- it is (copied from its order, for the lists), what it is about, where it stands, and when a response and a
-- resolution are due (null: nothing due; past due without one: overdue). Every action, the buyer's and ours, is a
-- row of order_issue_action. JSON columns hold objects (the reactive client binds no bare array): description is
-- the buyer's descriptor (short_desc, long_desc, images), concerns {item_ids, fulfilment_ids}.
create table order_issue (
    id                  text primary key,
    bap_id              text        not null,
    transaction_id      text        not null,
    order_id            text        not null references seller_order (id),
    seller_id           uuid        not null,
    partner_id          text,
    storefront_id       uuid        not null,
    igm_version         text        not null,
    domain              text        not null,
    category            text        not null,
    sub_category        text        not null,
    issue_type          text        not null,
    state               text        not null,
    description         jsonb,
    concerns            jsonb       not null,
    complainant         jsonb,
    document            jsonb       not null,
    resolution          jsonb,
    gro                 jsonb,
    response_time       text        not null,
    resolution_time     text        not null,
    raised_at           timestamptz not null,
    respond_by          timestamptz,
    resolve_by          timestamptz,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);

create index order_issue_seller on order_issue (seller_id, created_at desc, id desc);
create index order_issue_order on order_issue (order_id);

create table order_issue_action (
    id         bigserial primary key,
    issue_id   text        not null references order_issue (id),
    move       text        not null,
    action_id  text        not null,
    complainant boolean    not null,
    state      text        not null,
    short_desc text,
    by_name    text,
    message_id text,
    at         timestamptz not null
);

create index order_issue_action_issue on order_issue_action (issue_id, id);
