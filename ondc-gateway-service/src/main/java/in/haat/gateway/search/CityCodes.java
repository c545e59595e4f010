package in.haat.gateway.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ONDC names a city by its STD (trunk dialling) code, {@code std:080} for Bengaluru. A storefront's event carries
 * {@code city_code} when catalogue-service knows it; older events carry only the pickup city's name, which this
 * table maps for the larger Indian cities (the state capitals and the cities of over about half a million people,
 * with their common other names). A city not in the table has no code: such a storefront is found only by
 * {@code city: "*"} searches until its events carry {@code city_code}. ONDC's full list is its "City codes" sheet.
 */
public final class CityCodes {

    private static final Pattern CODE = Pattern.compile("std:\\d{3,5}");
    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        add("011", "Delhi", "New Delhi", "NCT of Delhi", "Delhi NCR");
        add("022", "Mumbai", "Bombay", "Navi Mumbai", "Thane");
        add("033", "Kolkata", "Calcutta", "Howrah");
        add("044", "Chennai", "Madras");
        add("080", "Bengaluru", "Bangalore", "Bengaluru Urban");
        add("040", "Hyderabad", "Secunderabad");
        add("079", "Ahmedabad", "Gandhinagar");
        add("020", "Pune", "Pimpri-Chinchwad", "Pimpri Chinchwad");
        add("0261", "Surat");
        add("0141", "Jaipur");
        add("0522", "Lucknow");
        add("0512", "Kanpur");
        add("0712", "Nagpur");
        add("0731", "Indore");
        add("0755", "Bhopal");
        add("0891", "Visakhapatnam", "Vizag");
        add("0612", "Patna");
        add("0265", "Vadodara", "Baroda");
        add("0120", "Ghaziabad", "Noida", "Greater Noida", "Gautam Buddh Nagar");
        add("0124", "Gurugram", "Gurgaon");
        add("0129", "Faridabad");
        add("0161", "Ludhiana");
        add("0562", "Agra");
        add("0253", "Nashik", "Nasik");
        add("0121", "Meerut");
        add("0281", "Rajkot");
        add("0542", "Varanasi", "Banaras");
        add("0194", "Srinagar");
        add("0240", "Aurangabad", "Chhatrapati Sambhajinagar");
        add("0326", "Dhanbad");
        add("0183", "Amritsar");
        add("0532", "Prayagraj", "Allahabad");
        add("0651", "Ranchi");
        add("0422", "Coimbatore");
        add("0761", "Jabalpur");
        add("0751", "Gwalior");
        add("0866", "Vijayawada");
        add("0291", "Jodhpur");
        add("0452", "Madurai");
        add("0771", "Raipur");
        add("0744", "Kota");
        add("0361", "Guwahati", "Dispur");
        add("0172", "Chandigarh", "Mohali", "Panchkula");
        add("0821", "Mysuru", "Mysore");
        add("0471", "Thiruvananthapuram", "Trivandrum");
        add("0484", "Kochi", "Cochin", "Ernakulam");
        add("0495", "Kozhikode", "Calicut");
        add("0487", "Thrissur");
        add("0674", "Bhubaneswar");
        add("0671", "Cuttack");
        add("0135", "Dehradun");
        add("0824", "Mangaluru", "Mangalore");
        add("0836", "Hubballi", "Hubli", "Dharwad");
        add("0831", "Belagavi", "Belgaum");
        add("0832", "Panaji", "Goa", "Margao");
        add("0413", "Puducherry", "Pondicherry");
        add("0431", "Tiruchirappalli", "Trichy");
        add("0427", "Salem");
        add("0421", "Tiruppur");
        add("0416", "Vellore");
        add("0191", "Jammu");
        add("0177", "Shimla");
        add("0294", "Udaipur");
        add("0145", "Ajmer");
        add("0151", "Bikaner");
        add("0181", "Jalandhar");
        add("0175", "Patiala");
        add("0870", "Warangal");
        add("0863", "Guntur");
        add("0861", "Nellore");
        add("0877", "Tirupati");
        add("0231", "Kolhapur");
        add("0217", "Solapur");
        add("0721", "Amravati");
        add("0657", "Jamshedpur");
        add("0353", "Siliguri");
        add("0343", "Durgapur");
        add("0341", "Asansol");
        add("0551", "Gorakhpur");
        add("0581", "Bareilly");
        add("0571", "Aligarh");
        add("0591", "Moradabad");
        add("0278", "Bhavnagar");
        add("0288", "Jamnagar");
        add("0364", "Shillong");
        add("0385", "Imphal");
        add("0389", "Aizawl");
        add("0381", "Agartala");
        add("0370", "Kohima");
        add("0360", "Itanagar");
        add("03592", "Gangtok");
    }

    private CityCodes() {
    }

    private static void add(String std, String... names) {
        for (String name : names) {
            BY_NAME.put(key(name), "std:" + std);
        }
    }

    /** The city's code: {@code cityCode} if it is one, else the code of the named city, if the table knows it. */
    public static Optional<String> of(String cityCode, String cityName) {
        if (cityCode != null && CODE.matcher(cityCode.strip()).matches()) {
            return Optional.of(cityCode.strip());
        }
        return cityName == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(cityName)));
    }

    /** Case, accents, punctuation and spacing do not matter: "bengaluru ", "Bengaluru." and "BENGALURU" are one city. */
    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    }
}
