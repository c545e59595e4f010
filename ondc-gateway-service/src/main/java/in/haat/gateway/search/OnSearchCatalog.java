package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds ONDC /on_search catalogs (retail 1.2.x) from Haat's storefronts and catalogue items: a storefront is a
 * provider with one location (hours, holidays, serviceability and timing tags), an item carries price, quantity
 * (available as ONDC wants it: 99 in stock, 0 out; maximum the per-order cap or 99), category, fulfilment and the
 * {@code @ondc/org} policy fields. A catalog larger than the byte budget is split into pages, each a complete
 * catalog (bpp descriptor, each provider it lists whole, a share of that provider's items) sent as its own callback.
 */
public final class OnSearchCatalog {

    /** Days of the week as ONDC numbers them (1 is Monday). */
    private static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Setu's unit codes as ONDC writes units. */
    private static final Map<String, String> UNITS = Map.of("GM", "gram", "KG", "kilogram", "ML", "millilitre",
            "LTR", "litre", "UNIT", "unit", "PIECE", "unit", "DOZEN", "dozen");
    private static final Pattern HOLIDAY = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** What a page's context and wrapping add to the catalog itself, with room to spare. */
    private static final int ENVELOPE_BYTES = 2_048;

    private final ObjectMapper json;
    private final String bppName;

    public OnSearchCatalog(ObjectMapper json, String bppName) {
        this.json = json;
        this.bppName = bppName;
    }

    /** One storefront and its items (each with its available stock). */
    public record Provider(JsonNode storefront, List<Item> items) {
    }

    /** An item (its catalogue-item document, as JSON text: parsed only while its ONDC item is built) and how many are available. */
    public record Item(String document, int available) {
    }

    /** A storefront's changes in an incremental window: whether it was (un)listed then, and its changed items. */
    public record ProviderChange(JsonNode storefront, boolean listingChanged, boolean listed, Instant listingChangedAt,
            List<ItemChange> items) {
    }

    /** An item as it is now (or was when removed), and when it changed. */
    public record ItemChange(JsonNode document, int available, boolean removed, Instant changedAt) {
    }

    /** The full catalog of these providers, in pages of at most {@code maxBytes} each (always at least one page). */
    public List<ObjectNode> pages(List<Provider> providers, Instant now, int maxBytes) {
        List<Section> sections = new ArrayList<>();
        for (Provider provider : providers) {
            JsonNode s = provider.storefront();
            String locationId = locationId(s);
            List<String> items = new ArrayList<>(provider.items().size());
            for (Item item : provider.items()) {
                items.add(text(item(read(item.document()), item.available(), locationId, s.path("pickup_details"), now, "enable")));
            }
            sections.add(new Section(provider(s, now), items));
        }
        return paginate(this::fullCatalog, sections, maxBytes);
    }

    /**
     * An incremental catalog (ONDC: changed items whole, providers disabled or enabled; no new providers or
     * locations), in pages; empty when nothing changed, since ONDC asks for no empty incremental pushes.
     */
    public List<ObjectNode> incrementalPages(List<ProviderChange> changes, int maxBytes) {
        List<Section> sections = new ArrayList<>();
        for (ProviderChange change : changes) {
            JsonNode s = change.storefront();
            ObjectNode header = json.createObjectNode();
            header.put("id", s.path("storefront_id").asText());
            if (change.listingChanged()) {
                header.putObject("time").put("label", change.listed() ? "enable" : "disable")
                        .put("timestamp", TIMESTAMP.format(change.listingChangedAt()));
            }
            List<String> items = new ArrayList<>(change.items().size());
            for (ItemChange item : change.items()) {
                items.add(text(item(item.document(), item.available(), locationId(s), s.path("pickup_details"), item.changedAt(),
                        item.removed() ? "disable" : "enable")));
            }
            if (!items.isEmpty() || change.listingChanged()) {
                sections.add(new Section(header, items));
            }
        }
        return sections.isEmpty() ? List.of() : paginate(() -> json.createObjectNode(), sections, maxBytes);
    }

    /**
     * A provider (without items) and its items, to be laid out on pages. Items are kept as their JSON text, not
     * trees: a 10,000-item catalogue then takes a few MB of heap while it is built instead of tens.
     */
    private record Section(ObjectNode provider, List<String> items) {
    }

    private List<ObjectNode> paginate(java.util.function.Supplier<ObjectNode> newCatalog, List<Section> sections, int maxBytes) {
        List<ObjectNode> pages = new ArrayList<>();
        Page page = new Page(newCatalog.get());
        for (Section section : sections) {
            int headerBytes = bytes(section.provider()) + 16;
            if (page.providers.size() > 0 && page.bytes + headerBytes > maxBytes) {
                pages.add(page.message());
                page = new Page(newCatalog.get());
            }
            ArrayNode items = page.add(section.provider().deepCopy(), headerBytes);
            int onThisPage = 0;
            for (String item : section.items()) {
                int itemBytes = item.getBytes(StandardCharsets.UTF_8).length + 1;
                if (onThisPage > 0 && page.bytes + itemBytes > maxBytes) {
                    pages.add(page.message());
                    page = new Page(newCatalog.get());
                    items = page.add(section.provider().deepCopy(), headerBytes);
                    onThisPage = 0;
                }
                items.addRawValue(new RawValue(item));
                page.bytes += itemBytes;
                onThisPage++;
            }
        }
        pages.add(page.message());
        return pages;
    }

    /** One callback's catalog being filled. */
    private final class Page {
        private final ObjectNode catalog;
        private final ArrayNode providers;
        private int bytes;

        Page(ObjectNode catalog) {
            this.catalog = catalog;
            this.providers = catalog.putArray("bpp/providers");
            this.bytes = ENVELOPE_BYTES + bytes(catalog);
        }

        ArrayNode add(ObjectNode provider, int providerBytes) {
            ArrayNode items = provider.putArray("items");
            providers.add(provider);
            bytes += providerBytes;
            return items;
        }

        ObjectNode message() {
            ObjectNode message = json.createObjectNode();
            message.set("catalog", catalog);
            return message;
        }
    }

    private ObjectNode fullCatalog() {
        ObjectNode catalog = json.createObjectNode();
        ArrayNode fulfillments = catalog.putArray("bpp/fulfillments");
        fulfillments.addObject().put("id", "1").put("type", "Delivery");
        fulfillments.addObject().put("id", "2").put("type", "Pickup");
        ObjectNode descriptor = catalog.putObject("bpp/descriptor");
        descriptor.put("name", bppName);
        descriptor.put("symbol", "https://haat.example/logo.png");
        descriptor.put("short_desc", "Sellers on Haat");
        descriptor.put("long_desc", "Sellers on Haat, an ONDC seller platform");
        descriptor.putArray("images").add("https://haat.example/logo.png");
        return catalog;
    }

    private static String locationId(JsonNode storefront) {
        return "L-" + storefront.path("storefront_id").asText();
    }

    private ObjectNode provider(JsonNode s, Instant now) {
        JsonNode pickup = s.path("pickup_details");
        String locationId = locationId(s);
        ObjectNode p = json.createObjectNode();
        p.put("id", s.path("storefront_id").asText());
        ObjectNode time = p.putObject("time");
        time.put("label", "LIVE".equals(s.path("status").asText("LIVE")) ? "enable" : "disable");
        time.put("timestamp", TIMESTAMP.format(now));
        ObjectNode descriptor = p.putObject("descriptor");
        descriptor.put("name", s.path("name").asText());
        descriptor.put("symbol", "https://haat.example/storefront.png");
        descriptor.put("short_desc", s.path("name").asText());
        descriptor.put("long_desc", s.path("name").asText());
        descriptor.putArray("images").add("https://haat.example/storefront.png");
        p.put("ttl", "P1D");
        ObjectNode location = p.putArray("locations").addObject();
        location.put("id", locationId);
        location.put("gps", pickup.path("pickup_lat").asText() + "," + pickup.path("pickup_long").asText());
        ObjectNode address = location.putObject("address");
        address.put("street", pickup.path("pickup_address").asText());
        address.put("locality", pickup.path("pickup_address").asText());
        address.put("city", pickup.path("pickup_city").asText());
        address.put("state", pickup.path("pickup_state").asText());
        address.put("area_code", pickup.path("pickup_pincode").asText());
        location.set("time", hours(s.path("business_hours"), s.path("holidays"), now));
        if (s.path("serviceability").path("radius").isNumber()) {
            ObjectNode circle = location.putObject("circle");
            circle.put("gps", location.get("gps").asText());
            circle.putObject("radius").put("unit", "km").put("value", s.path("serviceability").path("radius").asText());
        }
        ObjectNode fulfillment = p.putArray("fulfillments").addObject();
        fulfillment.put("id", "1");
        fulfillment.put("type", "Delivery");
        fulfillment.putObject("contact").put("phone", pickup.path("pickup_phone").asText()).put("email", pickup.path("email").asText());
        ArrayNode tags = p.putArray("tags");
        ObjectNode serviceability = tags.addObject();
        serviceability.put("code", "serviceability");
        ArrayNode values = serviceability.putArray("list");
        values.addObject().put("code", "location").put("value", locationId);
        values.addObject().put("code", "category").put("value", firstCategory(s.path("categories")));
        if (s.path("serviceability").path("radius").isNumber()) {
            values.addObject().put("code", "type").put("value", "10");
            values.addObject().put("code", "val").put("value", s.path("serviceability").path("radius").asText());
            values.addObject().put("code", "unit").put("value", "km");
        } else {
            values.addObject().put("code", "type").put("value", "11");
            values.addObject().put("code", "val").put("value", join(s.path("serviceability").path("pincodes")));
            values.addObject().put("code", "unit").put("value", "pincode");
        }
        timing(s.path("business_hours"), locationId).forEach(tags::add);
        return p;
    }

    private ObjectNode item(JsonNode d, int available, String locationId, JsonNode pickup, Instant timestamp, String label) {
        JsonNode details = d.path("catalogue_item_details");
        JsonNode price = details.path("price");
        JsonNode policies = d.path("item_policies");
        JsonNode inventory = d.path("inventory");
        ObjectNode i = json.createObjectNode();
        i.put("id", d.path("catalogue_item_id").asText());
        i.putObject("time").put("label", label).put("timestamp", TIMESTAMP.format(timestamp));
        ObjectNode descriptor = i.putObject("descriptor");
        descriptor.put("name", details.path("name").asText());
        descriptor.put("symbol", details.path("symbol").asText(""));
        descriptor.put("short_desc", details.path("short_description").asText(details.path("name").asText()));
        descriptor.put("long_desc", details.path("long_description").asText(details.path("name").asText()));
        ArrayNode images = descriptor.putArray("images");
        details.path("images").forEach(image -> images.add(image.asText()));
        ObjectNode quantity = i.putObject("quantity");
        ObjectNode measure = quantity.putObject("unitized").putObject("measure");
        measure.put("unit", UNITS.getOrDefault(inventory.path("unit_denomination").asText("UNIT").toUpperCase(Locale.ROOT), "unit"));
        measure.put("value", inventory.path("unit_value").asText("1"));
        // ONDC asks for 99 when in stock and 0 when not, rather than the real count; maximum is the per-order cap
        // (99: none), never the stock, which ONDC keeps from buyers and which must stay positive.
        quantity.putObject("available").put("count", available > 0 ? "99" : "0");
        int cap = policies.path("max_sale_quantity").asInt(0);
        quantity.putObject("maximum").put("count", cap > 0 && cap < 99 ? String.valueOf(cap) : "99");
        ObjectNode priceNode = i.putObject("price");
        priceNode.put("currency", "INR");
        priceNode.put("value", money(price.path("selling_price")));
        priceNode.put("maximum_value", money(price.path("max_retail_price")));
        i.put("category_id", firstCategory(d.path("sub_categories")));
        i.put("fulfillment_id", "1");
        i.put("location_id", locationId);
        i.put("@ondc/org/returnable", policies.path("returnable").asBoolean(false));
        i.put("@ondc/org/cancellable", policies.path("cancellable").asBoolean(true));
        i.put("@ondc/org/return_window", policies.path("return_window").isTextual() ? policies.path("return_window").asText() : "P0D");
        i.put("@ondc/org/seller_pickup_return", policies.path("seller_pickup_return").asBoolean(false));
        i.put("@ondc/org/time_to_ship", policies.path("time_to_ship").asText("PT1H"));
        i.put("@ondc/org/available_on_cod", policies.path("cod_availability").asBoolean(false));
        i.put("@ondc/org/contact_details_consumer_care", pickup.path("pickup_name").asText() + "," + pickup.path("email").asText()
                + "," + pickup.path("pickup_phone").asText());
        JsonNode food = details.path("subcategory_specific_requirements").path("food_beverages");
        if (food.has("is_vegetarian")) {
            ObjectNode tag = i.putArray("tags").addObject();
            tag.put("code", "veg_nonveg");
            tag.putArray("list").addObject().put("code", food.path("is_vegetarian").asBoolean() ? "veg" : "non_veg").put("value", "yes");
        }
        return i;
    }

    /** The location's time: open days, the first open day's hours (ONDC's fixed timings), and the holidays. */
    private ObjectNode hours(JsonNode businessHours, JsonNode holidays, Instant now) {
        ObjectNode time = json.createObjectNode();
        time.put("label", "enable");
        time.put("timestamp", TIMESTAMP.format(now));
        StringBuilder days = new StringBuilder();
        String[] first = null;
        for (int d = 0; d < DAYS.size(); d++) {
            String[] open = openHours(businessHours.path(DAYS.get(d)));
            if (open != null) {
                days.append(days.isEmpty() ? "" : ",").append(d + 1);
                first = first == null ? open : first;
            }
        }
        time.put("days", days.isEmpty() ? "1,2,3,4,5,6,7" : days.toString());
        ArrayNode holidayList = time.putObject("schedule").putArray("holidays");
        holidays.forEach(h -> {
            if (HOLIDAY.matcher(h.asText()).matches()) {
                holidayList.add(h.asText());
            }
        });
        time.putObject("range").put("start", first == null ? "0000" : first[0]).put("end", first == null ? "2359" : first[1]);
        return time;
    }

    /**
     * ONDC's timing tags: runs of days with the same hours (first opening to last closing), for orders and
     * fulfilment alike (type All); every day round the clock when the storefront gives no hours.
     */
    private List<ObjectNode> timing(JsonNode businessHours, String locationId) {
        List<ObjectNode> tags = new ArrayList<>();
        int from = -1;
        String[] hours = null;
        for (int d = 0; d <= DAYS.size(); d++) {
            String[] open = d < DAYS.size() ? openHours(businessHours.path(DAYS.get(d))) : null;
            boolean same = hours != null && open != null && hours[0].equals(open[0]) && hours[1].equals(open[1]);
            if (hours != null && !same) {
                tags.add(timingTag(locationId, from + 1, d, hours));
                hours = null;
            }
            if (open != null && !same) {
                from = d;
                hours = open;
            }
        }
        if (tags.isEmpty()) {
            tags.add(timingTag(locationId, 1, 7, new String[] {"0000", "2359"}));
        }
        return tags;
    }

    private ObjectNode timingTag(String locationId, int dayFrom, int dayTo, String[] hours) {
        ObjectNode tag = json.createObjectNode();
        tag.put("code", "timing");
        ArrayNode list = tag.putArray("list");
        list.addObject().put("code", "type").put("value", "All");
        list.addObject().put("code", "location").put("value", locationId);
        list.addObject().put("code", "day_from").put("value", String.valueOf(dayFrom));
        list.addObject().put("code", "day_to").put("value", String.valueOf(dayTo));
        list.addObject().put("code", "time_from").put("value", hours[0]);
        list.addObject().put("code", "time_to").put("value", hours[1]);
        return tag;
    }

    /** A day's first opening and last closing as HHMM, closing after opening (else 2359), or null when closed. */
    private static String[] openHours(JsonNode slots) {
        if (!slots.isArray() || slots.isEmpty()) {
            return null;
        }
        String start = hhmm(slots.get(0).path("opening").asText("00:00"), "0000");
        String end = hhmm(slots.get(slots.size() - 1).path("closing").asText("23:59"), "2359");
        return new String[] {start, end.compareTo(start) > 0 ? end : "2359"};
    }

    private static String hhmm(String time, String fallback) {
        return time.length() >= 5 && Character.isDigit(time.charAt(0)) ? time.substring(0, 2) + time.substring(3, 5) : fallback;
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The node's size as sent (UTF-8), counted while Jackson writes it rather than kept. */
    private int bytes(JsonNode node) {
        CountingStream counter = new CountingStream();
        try {
            json.writeValue(counter, node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return counter.count;
    }

    /** Counts what is written to it, and keeps nothing. */
    private static final class CountingStream extends java.io.OutputStream {
        private int count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static String money(JsonNode value) {
        return value.isNumber() ? value.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString()
                : new BigDecimal(value.asText("0")).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String firstCategory(JsonNode categories) {
        return categories.isArray() && !categories.isEmpty() ? categories.get(0).asText() : "";
    }

    private static String join(JsonNode values) {
        StringBuilder out = new StringBuilder();
        values.forEach(v -> out.append(out.isEmpty() ? "" : ",").append(v.asText()));
        return out.toString();
    }
}
