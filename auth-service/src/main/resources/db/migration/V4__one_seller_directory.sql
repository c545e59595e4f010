-- One seller directory: auth-service's known_seller moves into seller_directory, the table the seller-directory
-- library ships (V0_2, V0_2_1, applied before this one), which the library's consumer keeps from catalogue-service's
-- seller.created and seller.deleted, as in every other service.
insert into seller_directory (seller_id, partner_id, name, created_at, recorded_at, deleted_at)
select seller_id, partner_id, name, registered_at, learned_at, deleted_at
from known_seller
on conflict (seller_id) do nothing;
drop table known_seller;
