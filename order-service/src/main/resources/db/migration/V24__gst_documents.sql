-- Issue 17: GST tax invoices, credit notes and shipping labels.
-- What an order line needs on an invoice and a label, as the catalogue had it when the order was confirmed (the
-- catalogue may change later; the invoice must not): the item's HSN code, its GST rate in percent, and the weight of
-- one unit in grams (null: the item's unit is not a weight, or the line predates this).
alter table order_line add column hsn_code text;
alter table order_line add column gst_rate numeric(5, 2);
alter table order_line add column unit_weight_g integer;

-- A seller's number series, one per kind of document (INV, CN) and Indian financial year (April to March). The next
-- number is taken with an upsert that locks the row until the issuing transaction ends: a rolled-back issue gives its
-- number back, so the series has no gap, and two issues never get the same number.
create table document_series (
    seller_id      uuid    not null,
    kind           text    not null,
    financial_year text    not null,
    last_number    integer not null check (last_number > 0),
    primary key (seller_id, kind, financial_year)
);

-- Issued invoices and credit notes: the document as issued (JSON), never changed afterwards.
create table tax_document (
    id             uuid primary key,
    order_id       text        not null references seller_order (id),
    seller_id      uuid        not null,
    kind           text        not null check (kind in ('INV', 'CN')),
    financial_year text        not null,
    seq            integer     not null,
    number         text        not null,
    document       jsonb       not null,
    issued_at      timestamptz not null,
    unique (seller_id, kind, financial_year, seq),
    unique (seller_id, number)
);
create unique index tax_document_one_invoice on tax_document (order_id) where kind = 'INV';
create index tax_document_order on tax_document (order_id, issued_at);
