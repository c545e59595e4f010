#!/usr/bin/env bash
# Seeds a running suite with a demo partner client, a seller, a storefront, 36 catalogue items and their stock,
# and prints the credentials. It only ever adds what is missing, never overwrites what a running system holds:
# what .haat/demo.json names and still exists is reused, only items not yet in the catalogue are added (under fixed
# ids), and stock is never set (a new item's first stock is its catalogue quantity), so a `./haat up` on a running
# suite keeps its stock, holds and sales. Called by `./haat up` (HAAT_SEED_DEMO=false skips it); needs curl and jq.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
state="$root/.haat/demo.json"
auth=${HAAT_AUTH_URL:-http://localhost:8081}
catalogue=${HAAT_CATALOGUE_URL:-http://localhost:8082}
inventory=${HAAT_INVENTORY_URL:-http://localhost:8083}
admin="Authorization: Bearer $(cat "$root/.haat/admin-token")"

for tool in curl jq; do
    command -v "$tool" >/dev/null || { echo "seed-demo: $tool is needed" >&2; exit 1; }
done
[[ -s $state ]] || echo '{}' >"$state"
remember() { jq --arg k "$1" --arg v "$2" '.[$k] = $v' "$state" >"$state.tmp" && mv "$state.tmp" "$state"; }
recall() { jq -r --arg k "$1" '.[$k] // empty' "$state"; }

# 1. The demo partner's client (registered once; its secret is only ever shown at registration).
token() {
    curl -s -u "$(recall client_id):$(recall client_secret)" -d grant_type=client_credentials "$auth/oauth2/token" \
        | jq -r '.access_token // empty'
}
TOKEN=$( [[ -n $(recall client_id) ]] && token || true)
if [[ -z $TOKEN ]]; then
    client=$(curl -sf -X POST "$auth/admin/clients" -H "$admin" -H 'Content-Type: application/json' -d '{
        "kind": "partner", "name": "Haat demo partner", "partner_id": "haat-demo",
        "scopes": ["sellers:read", "sellers:write", "catalogue:read", "catalogue:write",
                   "inventory:read", "inventory:write", "orders:read", "orders:write"]}')
    remember client_id "$(jq -r .client_id <<<"$client")"
    remember client_secret "$(jq -r .client_secret <<<"$client")"
    TOKEN=$(token)
fi
bearer="Authorization: Bearer $TOKEN"

exists() { [[ -n $2 && $(curl -s -o /dev/null -w '%{http_code}' -H "$bearer" "$1/$2") == 200 ]]; }

# 2. The seller and its storefront.
if ! exists "$catalogue/api/sellers" "$(recall seller_id)"; then
    seller=$(curl -sf -X POST "$catalogue/api/sellers" -H "$bearer" -H 'Content-Type: application/json' -d '{
        "name": "Asha Stores", "legal_entity_name": "Asha Stores Private Limited", "incorporation_type": "PRLC",
        "gst_number": "24AAACC1206D1ZM", "pan_number": "AAACC1206D", "fssai_number": "12319678901234",
        "categories": ["F&B", "Grocery"], "contact_email": "asha@example.in",
        "bank_account": {"account_number": "6312763481", "ifsc_code": "KKBK0000187"}}')
    remember seller_id "$(jq -r .id <<<"$seller")"
    remember storefront_id ""
fi
seller_id=$(recall seller_id)
if ! exists "$catalogue/api/storefronts" "$(recall storefront_id)"; then
    hours=$(jq -n '{monday: [{opening: "08:00:00", closing: "22:00:00"}], tuesday: [{opening: "08:00:00", closing: "22:00:00"}],
        wednesday: [{opening: "08:00:00", closing: "22:00:00"}], thursday: [{opening: "08:00:00", closing: "22:00:00"}],
        friday: [{opening: "08:00:00", closing: "22:00:00"}], saturday: [{opening: "08:00:00", closing: "22:00:00"}], sunday: null}')
    storefront=$(jq -n --arg seller "$seller_id" --argjson hours "$hours" '{
        seller_id: $seller, name: "Asha Stores, Indiranagar", categories: ["F&B"],
        pickup_details: {pickup_name: "Asha Stores", email: "asha@example.in", pickup_phone: "+919654198036",
            pickup_pincode: "560038", pickup_address: "12, 100 Feet Road, Indiranagar", pickup_city: "Bengaluru",
            pickup_state: "Karnataka", pickup_country: "India", pickup_lat: 12.9719, pickup_long: 77.6412},
        serviceability: {radius: 10},
        billing_details: {legal_details: {incorporation_name: "Asha Stores Private Limited", incorporation_type: "PRLC",
                gstin: "24AAACC1206D1ZM", pan: "AAACC1206D"},
            registered_address: {address_line_1: "12, 100 Feet Road, Indiranagar", pincode: 560038, city: "Bengaluru", state: "Karnataka"},
            contact_detail: {phone: "+919654198036", email: "billing@example.in"},
            bank_account: {account_number: "12482883913", ifsc_code: "HDFC0010920"}},
        business_hours: $hours, policies: {accept_orders_outside_business_hours: true}, fulfilment: "SELF_SHIP"}')
    created=$(curl -sf -X POST "$catalogue/api/storefronts" -H "$bearer" -H 'Content-Type: application/json' -d "$storefront")
    remember storefront_id "$(jq -r .storefront_id <<<"$created")"
fi
storefront_id=$(recall storefront_id)
# The seller's licence is sent again on every run, so services that learn sellers from seller.updated (the gateway's
# /on_search names the FSSAI licence) hear of a seller seeded before they kept sellers.
curl -sf -X PATCH "$catalogue/api/sellers/$seller_id" -H "$bearer" -H 'Content-Type: application/json' \
    -d '{"fssai_number": "12319678901234"}' >/dev/null || echo "seed-demo: could not refresh the seller" >&2
# What the ONDC network filters on: the domain (from the categories), the city (Bengaluru's STD code 080) and the
# days it is closed (the next Republic Day, Independence Day and Gandhi Jayanti). Sent only while the storefront
# lacks a city or its holidays are behind it (one seeded before these fields existed), never over a newer choice.
today=$(date +%F)
current=$(curl -sf -H "$bearer" "$catalogue/api/storefronts/$storefront_id")
if jq -e --arg today "$today" '.city_code != null and ((.holidays // []) | length > 0) and ((.holidays // []) | all(. >= $today))' \
        <<<"$current" >/dev/null; then
    echo "seed-demo: storefront $(jq -r '"domains \(.domains | join(",")), city \(.city_code)"' <<<"$current") kept as it is"
else
holidays=$(for md in 01-26 08-15 10-02; do
    d="$(date +%Y)-$md"
    if [[ $d < $today ]]; then d="$(( $(date +%Y) + 1 ))-$md"; fi
    echo "$d"
done | jq -R . | jq -s .)
curl -sf -X PATCH "$catalogue/api/storefronts/$storefront_id" -H "$bearer" -H 'Content-Type: application/json' \
    -d "$(jq -n --argjson holidays "$holidays" '{categories: ["F&B", "South Indian"], city_code: "std:080", holidays: $holidays}')" \
    | jq -r '"seed-demo: storefront domains \(.domains | join(",")), city \(.city_code), holidays \(.holidays | join(" "))"'
fi

# 3. 36 catalogue items under fixed ids; only those not in the catalogue yet are sent, so an item a running system
#    changed (price, name) stays as it is. The Filter Coffee items (#2, #8, ...) may be returned within 7 days of
#    delivery: ./haat demo --flow return and ./haat conformance return them.
items=$(jq -n '[range(1; 37) as $i | {
    catalogue_item_id: ("00000000-0000-4000-8000-" + ("000000000000" + ($i | tostring))[-12:]),
    sub_categories: ["F&B", "South Indian"],
    catalogue_item_details: {
        name: (["Masala Dosa", "Idli Vada", "Filter Coffee", "Rava Kesari", "Lemon Rice", "Curd Rice"][$i % 6] + " #" + ($i | tostring)),
        symbol: "https://cdn.example.in/item.png", short_description: "Fresh from the tawa",
        long_description: "Made to order in our Indiranagar kitchen", images: ["https://cdn.example.in/item-1.png"],
        subcategory_specific_requirements: {food_beverages: {is_vegetarian: true}},
        price: {is_selling_price_exclusive_of_gst: true, max_retail_price: (60 + $i * 5), selling_price: (50 + $i * 5),
            sgst_tax_rate: 2.5, cgst_tax_rate: 2.5, total_tax_rate: 5}},
    inventory: {unit_denomination: "GM", unit_value: 250, quantity: 100},
    item_policies: {returnable: ($i % 6 == 2), return_window: 7, seller_pickup_return: true, cancellable: true, cod_availability: true,
        time_to_ship: {days: 0, hours: 1, seconds: 0}, max_sale_quantity: 10, min_sale_quantity: 1}}]')
existing=$(curl -sf -H "$bearer" "$catalogue/api/storefronts/$storefront_id/catalogue?limit=500" | jq '[.items[].catalogue_item_id]')
missing=$(jq --argjson existing "$existing" '[.[] | select(.catalogue_item_id as $id | $existing | index($id) | not)]' <<<"$items")
if [[ $(jq length <<<"$missing") -gt 0 ]]; then
    job=$(curl -sf -X PUT "$catalogue/api/storefronts/$storefront_id/catalogue" -H "$bearer" -H 'Content-Type: application/json' -d "$missing")
    echo "seed-demo: catalogue: $(jq -r '"\(.accepted) items added, \(.rejected) rejected"' <<<"$job"), $(jq length <<<"$existing") kept as they are"
else
    echo "seed-demo: catalogue: all 36 items present, kept as they are"
fi

# 4. Stock: inventory-service gives each new item its catalogue quantity (100) as first stock when it hears of it
#    (catalogue events, a second or so); an item it already knows keeps its stock, holds and sales. Wait for all 36.
known=0
for _ in $(seq 1 30); do
    known=$(curl -s -H "$bearer" "$inventory/api/storefronts/$storefront_id/inventory?limit=500" \
        | jq --argjson ids "$(jq '[.[].catalogue_item_id]' <<<"$items")" '[.items[]? | select(.catalogue_item_id as $id | $ids | index($id))] | length' \
        2>/dev/null || echo 0)
    if [[ $known == 36 ]]; then break; fi
    sleep 1
done
echo "seed-demo: stock: $known of 36 items known to inventory-service (none overwritten)"

cat <<EOT
demo partner (kept in .haat/demo.json):
  client_id      $(recall client_id)
  client_secret  $(recall client_secret)
  seller_id      $seller_id
  storefront_id  $storefront_id
  TOKEN=\$(curl -s -u $(recall client_id):$(recall client_secret) -d grant_type=client_credentials $auth/oauth2/token | jq -r .access_token)
  curl -s -H "Authorization: Bearer \$TOKEN" $catalogue/api/storefronts/$storefront_id/catalogue | jq
EOT
