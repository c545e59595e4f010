package in.haat.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An ONDC catalog provider (retail 1.2.x, without its items) from a Haat storefront: one location with its hours,
 * holidays and serviceability circle, its delivery fulfilment contact, the seller's FSSAI licence, the serviceability
 * and timing tags, and for food and beverages (RET11) the menu its items are listed under.
 */
final class OnSearchProvider {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** Days of the week as ONDC numbers them (1 is Monday). */
    private static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Pattern HOLIDAY = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

    private final ObjectMapper json;

    OnSearchProvider(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The one custom menu of an F&B storefront (ONDC RET11 lists every item under a menu category). A number, as in
     * ONDC's F&B example ('5', items '5:1'): ONDC's validator reads an item's "menu:rank" as two numbers.
     */
    static final String MENU_ID = "1";

    /** The one location of a storefront. */
    static String locationId(JsonNode storefront) {
        return "L-" + storefront.path("storefront_id").asText();
    }

    /** The provider of storefront {@code s}, with its menu when {@code foodMenu} (RET11). */
    ObjectNode of(JsonNode s, boolean foodMenu, Instant now) {
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
        // The seller's licence (ONDC: mandatory in F&B), from seller.* events: never invented when unknown.
        if (s.path("fssai_number").isTextual() && !s.path("fssai_number").asText().isBlank()) {
            p.put("@ondc/org/fssai_license_no", s.path("fssai_number").asText());
        }
        ObjectNode location = p.putArray("locations").addObject();
        location.put("id", locationId);
        String gps = gps(pickup);
        if (gps != null) {
            location.put("gps", gps);
        }
        ObjectNode address = location.putObject("address");
        address.put("street", pickup.path("pickup_address").asText());
        address.put("locality", pickup.path("pickup_address").asText());
        address.put("city", pickup.path("pickup_city").asText());
        address.put("state", pickup.path("pickup_state").asText());
        address.put("area_code", pickup.path("pickup_pincode").asText());
        location.set("time", hours(s.path("business_hours"), s.path("holidays"), now));
        if (gps != null && s.path("serviceability").path("radius").isNumber()) {
            ObjectNode circle = location.putObject("circle");
            circle.put("gps", gps);
            circle.putObject("radius").put("unit", "km").put("value", s.path("serviceability").path("radius").asText());
        }
        ObjectNode fulfillment = p.putArray("fulfillments").addObject();
        fulfillment.put("id", "1");
        fulfillment.put("type", "Delivery");
        fulfillment.putObject("contact").put("phone", phone(pickup.path("pickup_phone").asText()))
                .put("email", pickup.path("email").asText());
        if (foodMenu) {
            p.putArray("categories").add(menu(s.path("name").asText(), s.path("business_hours")));
        }
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

    /**
     * The storefront's gps as ONDC's validator wants it ("lat,long" with six decimals, as order-service writes the
     * pickup location, which must not differ), or null when it has no coordinates: better none than "null,null".
     */
    static String gps(JsonNode pickup) {
        JsonNode lat = pickup.path("pickup_lat");
        JsonNode lon = pickup.path("pickup_long");
        return lat.isNumber() && lon.isNumber()
                ? String.format(java.util.Locale.ROOT, "%.6f,%.6f", lat.asDouble(), lon.asDouble()) : null;
    }

    /**
     * A phone number as ONDC takes it: 10 digits, or 11 with a leading 0 (Setu's {@code +91...} loses its country
     * code; ONDC refuses more than 11 characters).
     */
    static String phone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() == 12 && digits.startsWith("91") ? digits.substring(2) : digits;
    }

    /** The F&B menu category: type custom_menu, shown while the storefront is open (its first to last open day). */
    private ObjectNode menu(String storefrontName, JsonNode businessHours) {
        // A custom menu has an empty parent_category_id (ONDC's F&B example; its validator requires it present).
        ObjectNode menu = json.createObjectNode().put("id", MENU_ID).put("parent_category_id", "");
        menu.putObject("descriptor").put("name", "Menu").put("short_desc", storefrontName).put("long_desc", storefrontName);
        ArrayNode tags = menu.putArray("tags");
        ObjectNode type = tags.addObject().put("code", "type");
        type.putArray("list").addObject().put("code", "type").put("value", "custom_menu");
        int dayFrom = 0;
        int dayTo = 0;
        String from = null;
        String to = null;
        for (int d = 0; d < DAYS.size(); d++) {
            String[] open = openHours(businessHours.path(DAYS.get(d)));
            if (open != null) {
                dayFrom = dayFrom == 0 ? d + 1 : dayFrom;
                dayTo = d + 1;
                from = from == null || open[0].compareTo(from) < 0 ? open[0] : from;
                to = to == null || open[1].compareTo(to) > 0 ? open[1] : to;
            }
        }
        ArrayNode timing = tags.addObject().put("code", "timing").putArray("list");
        timing.addObject().put("code", "day_from").put("value", String.valueOf(dayFrom == 0 ? 1 : dayFrom));
        timing.addObject().put("code", "day_to").put("value", String.valueOf(dayTo == 0 ? 7 : dayTo));
        timing.addObject().put("code", "time_from").put("value", from == null ? "0000" : from);
        timing.addObject().put("code", "time_to").put("value", to == null ? "2359" : to);
        tags.addObject().put("code", "display").putArray("list").addObject().put("code", "rank").put("value", "1");
        return menu;
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

    static String firstCategory(JsonNode categories) {
        return categories.isArray() && !categories.isEmpty() ? categories.get(0).asText() : "";
    }

    private static String join(JsonNode values) {
        StringBuilder out = new StringBuilder();
        values.forEach(v -> out.append(out.isEmpty() ? "" : ",").append(v.asText()));
        return out.toString();
    }
}
