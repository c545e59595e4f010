package in.haat.catalogue.mapping;

import in.haat.ondc.RetailDomain;
import java.util.Set;

/** The Indian identifier formats Setu's API states, shared by sellers, storefronts and catalogue items. */
public final class Formats {

    /** GSTIN: state code, the holder's PAN, entity number, Z, check character. */
    public static final String GSTIN = "^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$";
    public static final String PAN = "^[A-Z]{5}[0-9]{4}[A-Z]$";
    public static final String IFSC = "^[A-Z]{4}0[A-Z0-9]{6}$";
    /** FSSAI licence and registration numbers are 14 digits. */
    public static final String FSSAI = "^[0-9]{14}$";
    public static final String ACCOUNT_NUMBER = "^[0-9]{9,18}$";
    /** Setu's phone pattern, anchored: an Indian number with an optional +91 or 91. */
    public static final String PHONE = "^(\\+91)?(-)?\\s*?(91)?\\s*?(\\d{3})-?\\s*?(\\d{3})-?\\s*?(\\d{4})$";
    public static final String PINCODE = "^[1-9][0-9]{5}$";
    public static final String TIME_OF_DAY = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$";

    /** Domains whose sellers must hold an FSSAI licence (Setu: "mandatory for F&B or Grocery"), in any of their names. */
    public static final Set<String> FOOD_DOMAINS = Set.of(RetailDomain.RET10.code(), RetailDomain.RET11.code());

    private Formats() {
    }
}
