-- Shipped by the seller-directory library. When catalogue-service deleted the seller (seller.deleted); null while it
-- exists. auth-service issues no token for a deleted seller; the rows stay, so a late event cannot bring one back.
alter table seller_directory add column deleted_at timestamptz;
