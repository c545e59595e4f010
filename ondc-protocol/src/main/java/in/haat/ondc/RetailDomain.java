package in.haat.ondc;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ONDC's retail domains ONDC:RET10..RET1D (RESEARCH.md 1.1), the names sellers know them by (Setu's "F&B", "Grocery",
 * ...) and their sub-categories: the one table of the catalogue, the gateway's /search and the validator's
 * {@code context.domain}. RET10's sub-categories are the item category ids ONDC's validator accepts; RET11..RET19's
 * are the first level of ONDC's category taxonomy 1.2 (docs/catalogue-api.md says where each list comes from);
 * RET1A..RET1D have none here yet, so a storefront names them by domain.
 */
public enum RetailDomain {

    RET10("ONDC:RET10", List.of("Grocery"), List.of("Fruits and Vegetables", "Masala & Seasoning", "Oil & Ghee",
            "Eggs, Meat & Fish", "Cleaning & Household", "Bakery, Cakes & Dairy", "Pet Care", "Stationery",
            "Detergents and Dishwash", "Dairy and Cheese", "Snacks, Dry Fruits, Nuts", "Pasta, Soup and Noodles",
            "Cereals and Breakfast", "Sauces, Spreads and Dips", "Chocolates and Biscuits", "Cooking and Baking Needs",
            "Tinned and Processed Food", "Atta, Flours and Sooji", "Rice and Rice Products", "Dals and Pulses",
            "Salt, Sugar and Jaggery", "Energy and Soft Drinks", "Water", "Tea and Coffee",
            "Fruit Juices and Fruit Drinks", "Snacks and Namkeen", "Ready to Cook and Eat", "Pickles and Chutney",
            "Indian Sweets", "Frozen Vegetables", "Frozen Snacks", "Gift Voucher")),
    RET11("ONDC:RET11", List.of("F&B", "Food and Beverages", "Food & Beverages"), List.of("Beverages", "Bakes and Cakes",
            "Breakfast", "Biryani", "Chinese", "Continental", "Desserts", "Fast Food", "Healthy Food", "Meals and Thalis",
            "North Indian", "South Indian", "Regional Indian", "Pizza", "Snacks", "Street Food")),
    RET12("ONDC:RET12", List.of("Fashion"), List.of("Men's Topwear", "Men's Bottomwear", "Women's Ethnic Wear",
            "Women's Western Wear", "Kids' Wear", "Footwear", "Innerwear and Sleepwear", "Bags and Luggage", "Jewellery",
            "Watches", "Eyewear", "Fashion Accessories")),
    RET13("ONDC:RET13", List.of("BPC", "Beauty & Personal Care", "Beauty and Personal Care"), List.of("Bath & Body",
            "Feminine Care", "Fragrance", "Hair Care", "Make Up", "Men's Grooming", "Oral Care", "Skin Care",
            "Maternity Care", "Nursing & Feeding", "Sexual Wellness & Sensuality", "Tools & Accessories")),
    RET14("ONDC:RET14", List.of("Electronics"), List.of("Audio", "Camera and Camcorder", "Computer Peripheral",
            "Desktop and Laptop", "Earphone", "Gaming", "Headphone", "Mobile Phone", "Mobile Accessories",
            "Safety Security", "Smart Watches", "Speaker", "Television", "Video")),
    RET15("ONDC:RET15", List.of("Appliances"), List.of("Air Conditioning and Air Cleaners",
            "Health, Home and Personal Care", "Heaters", "Kitchen Appliances", "Lighting & Electric Fans",
            "Refrigerators and Freezers", "Vacuum Cleaners", "Washing Machines and Accessories",
            "Water Purifiers and Coolers", "Inverters and Stabilizers")),
    RET16("ONDC:RET16", List.of("Home & Kitchen", "Home and Kitchen", "Home & Decor"), List.of("Home Decor", "Home Furnishings",
            "Furniture", "Garden and Outdoor Products", "Home Improvement", "Cookware and Dining",
            "Storage and Organisation")),
    RET17("ONDC:RET17", List.of("Toys & Games", "Toys and Games"), List.of("Action Figures", "Board Games",
            "Dolls and Accessories", "Educational Toys", "Outdoor Toys", "Puzzles", "Remote Control Toys", "Soft Toys",
            "Baby and Toddler Toys")),
    RET18("ONDC:RET18", List.of("Agriculture"), List.of("Seeds", "Fertilisers", "Pesticides", "Animal Feed",
            "Agricultural Tools and Machinery", "Irrigation Equipment", "Organic Inputs")),
    RET19("ONDC:RET19", List.of("Health & Wellness", "Health and Wellness", "Pharma"), List.of("Pain Relieving Ointments",
            "Nutrition and Supplements", "Personal and Baby Care", "Sexual Wellness", "Gastric and Other Concerns",
            "Covid Essentials", "Diabetes Control", "Health Devices", "Ayurveda", "Homeopathy")),
    RET1A("ONDC:RET1A", List.of("Autoparts & Components", "Auto Components & Accessories"), List.of()),
    RET1B("ONDC:RET1B", List.of("Hardware & Industrial", "Hardware and Industrial Equipment", "Hardware and Industrial"), List.of()),
    RET1C("ONDC:RET1C", List.of("Building & Construction Supplies", "Building and Construction Supplies"), List.of()),
    RET1D("ONDC:RET1D", List.of("Chemicals"), List.of());

    /** How a category names its domain: the domain as a whole, or one sub-category of it. */
    public record Match(RetailDomain domain, boolean wholeDomain) {
    }

    private static final Map<String, Match> BY_NAME = new HashMap<>();

    static {
        for (RetailDomain domain : values()) {
            register(domain.code, new Match(domain, true));
            register(domain.name(), new Match(domain, true));
            domain.names.forEach(name -> register(name, new Match(domain, true)));
            domain.subCategories.forEach(name -> register(name, new Match(domain, false)));
        }
    }

    private final String code;
    private final List<String> names;
    private final List<String> subCategories;

    RetailDomain(String code, List<String> names, List<String> subCategories) {
        this.code = code;
        this.names = names;
        this.subCategories = subCategories;
    }

    private static void register(String name, Match match) {
        if (BY_NAME.put(key(name), match) != null) {
            throw new IllegalStateException("retail category '" + name + "' is listed twice");
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** ONDC's code of the domain, {@code ONDC:RET10}: the form of {@code context.domain} and of {@code domains}. */
    public String code() {
        return code;
    }

    /** The name Setu's API and sellers use first ("Grocery", "F&B"). */
    public String displayName() {
        return names.getFirst();
    }

    public List<String> subCategories() {
        return subCategories;
    }

    /**
     * The domain a category names, by code ({@code ONDC:RET10}, {@code RET10}), name ({@code Grocery}, Setu's
     * {@code F&B}) or sub-category ({@code Fruits and Vegetables}); case does not matter.
     */
    public static Optional<Match> of(String category) {
        return category == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(category)));
    }

    /** The domain whose code ({@code ONDC:RET1A}) this is, exactly as ONDC writes it in {@code context.domain}. */
    public static Optional<RetailDomain> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (RetailDomain domain : values()) {
            if (domain.code.equals(code)) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }

    /** The distinct domain codes of some categories in domain order; unknown categories add none. */
    public static List<String> codesOf(List<String> categories) {
        if (categories == null) {
            return List.of();
        }
        return categories.stream().map(RetailDomain::of).flatMap(Optional::stream).map(Match::domain).distinct()
                .sorted().map(RetailDomain::code).toList();
    }
}
