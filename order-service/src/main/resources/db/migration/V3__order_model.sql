-- The order model (issue 11): an order's item lines and its fulfilments as rows of their own, beside the ONDC document
-- the buyer app was last sent (seller_order.document), so later flows (part-cancel, return, RTO) change rows, not JSON.

-- Each item line as quoted, in breakup order.
create table order_line (
    id                uuid primary key,
    order_id          text          not null references seller_order (id),
    line_no           integer       not null,
    item_id           text          not null,
    catalogue_item_id uuid          not null,
    fulfilment_id     text          not null,
    title             text          not null,
    quantity          integer       not null,
    unit_price        numeric(14,2) not null,
    price             numeric(14,2) not null,
    tax               numeric(14,2) not null,
    unique (order_id, line_no)
);

-- Each fulfilment of an order with its ONDC type (Delivery; later Cancel, Return, RTO) and state.
create table order_fulfilment (
    id            uuid primary key,
    order_id      text        not null references seller_order (id),
    fulfilment_id text        not null,
    type          text        not null,
    state         text        not null,
    updated_at    timestamptz not null,
    unique (order_id, fulfilment_id)
);

-- Orders made before this migration: their lines from the quote in the document (an item line, then its tax line
-- when the price excludes GST), their one Delivery fulfilment from seller_order.fulfilment_state.
insert into order_line (id, order_id, line_no, item_id, catalogue_item_id, fulfilment_id, title, quantity, unit_price, price, tax)
select gen_random_uuid(), o.id, row_number() over (partition by o.id order by b.n), b.e->>'@ondc/org/item_id',
       cast(b.e->>'@ondc/org/item_id' as uuid), '1', coalesce(b.e->>'title', ''),
       cast(b.e->'@ondc/org/item_quantity'->>'count' as integer),
       cast(b.e->'item'->'price'->>'value' as numeric), cast(b.e->'price'->>'value' as numeric),
       coalesce(cast(t.e->'price'->>'value' as numeric), 0)
from seller_order o
cross join lateral jsonb_array_elements(o.document->'quote'->'breakup') with ordinality as b(e, n)
left join lateral (select x.e from jsonb_array_elements(o.document->'quote'->'breakup') with ordinality as x(e, n)
                   where x.n = b.n + 1 and x.e->>'@ondc/org/title_type' = 'tax'
                     and x.e->>'@ondc/org/item_id' = b.e->>'@ondc/org/item_id') t on true
where b.e->>'@ondc/org/title_type' = 'item'
  and b.e->>'@ondc/org/item_id' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

insert into order_fulfilment (id, order_id, fulfilment_id, type, state, updated_at)
select gen_random_uuid(), id, '1', 'Delivery', fulfilment_state, updated_at from seller_order;
