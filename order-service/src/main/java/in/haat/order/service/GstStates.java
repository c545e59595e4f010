package in.haat.order.service;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** India's GST state codes (the first two digits of a GSTIN) and the state and union territory names they stand for. */
public final class GstStates {

    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        String[][] table = {{"01", "Jammu and Kashmir"}, {"02", "Himachal Pradesh"}, {"03", "Punjab"}, {"04", "Chandigarh"},
            {"05", "Uttarakhand"}, {"06", "Haryana"}, {"07", "Delhi"}, {"08", "Rajasthan"}, {"09", "Uttar Pradesh"}, {"10", "Bihar"},
            {"11", "Sikkim"}, {"12", "Arunachal Pradesh"}, {"13", "Nagaland"}, {"14", "Manipur"}, {"15", "Mizoram"}, {"16", "Tripura"},
            {"17", "Meghalaya"}, {"18", "Assam"}, {"19", "West Bengal"}, {"20", "Jharkhand"}, {"21", "Odisha"}, {"22", "Chhattisgarh"},
            {"23", "Madhya Pradesh"}, {"24", "Gujarat"}, {"26", "Dadra and Nagar Haveli and Daman and Diu"}, {"27", "Maharashtra"},
            {"29", "Karnataka"}, {"30", "Goa"}, {"31", "Lakshadweep"}, {"32", "Kerala"}, {"33", "Tamil Nadu"}, {"34", "Puducherry"},
            {"35", "Andaman and Nicobar Islands"}, {"36", "Telangana"}, {"37", "Andhra Pradesh"}, {"38", "Ladakh"}};
        for (String[] row : table) {
            NAMES.put(row[0], row[1]);
            CODES.put(key(row[1]), row[0]);
        }
        // Names buyer apps and older forms use.
        CODES.put(key("Orissa"), "21");
        CODES.put(key("Pondicherry"), "34");
        CODES.put(key("New Delhi"), "07");
        CODES.put(key("NCT of Delhi"), "07");
        CODES.put(key("Jammu & Kashmir"), "01");
        CODES.put(key("Andaman & Nicobar Islands"), "35");
    }

    private GstStates() {
    }

    /** The code of a state named as people write it (any case, "&" or "and"), or null when it is not one. */
    public static String code(String name) {
        return name == null ? null : CODES.get(key(name));
    }

    /** The state of a GSTIN (its first two digits), or null. */
    public static String codeOfGstin(String gstin) {
        return gstin != null && gstin.length() >= 2 && NAMES.containsKey(gstin.substring(0, 2)) ? gstin.substring(0, 2) : null;
    }

    /** The state's name for its code, or null. */
    public static String name(String code) {
        return code == null ? null : NAMES.get(code);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z]", "");
    }
}
