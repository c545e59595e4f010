-- Setu's SellerInputDTO legal and KYC fields. All nullable: sellers registered before this migration (and
-- partners that register first and complete KYC later) have none; formats are checked by the API.
alter table seller
    add column legal_entity_name   text,
    add column incorporation_type  text,
    add column gst_number          text,
    add column pan_number          text,
    add column fssai_number        text,
    add column categories          text not null default '[]',
    add column bank_account_number text,
    add column bank_ifsc_code      text,
    add column contact_phone       text;
