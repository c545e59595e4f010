package in.haat.buyer;

import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/** Who the buyer app signs as: its subscriber id, the unique key id of its registry entry, and the Ed25519 key. */
public record BuyerIdentity(String subscriberId, String uniqueKeyId, Ed25519PrivateKeyParameters key) {

    /**
     * The demo buyer app {@code ./haat up} trusts: its key is ONDC's published signing test vector, public knowledge,
     * so only local runs may ever trust it.
     */
    public static final BuyerIdentity DEMO = of("buyer.haat.localhost", "demo-buyer-1",
            "lP3sHA+9gileOkXYJXh4Jg8tK0gEEMbf9yCPnFpbldhrAY+NErqL9WD+Vav7TE5tyVXGXBle9ONZi2W7o144eQ==");

    /** What a gateway must be told to trust this buyer: {@code subscriber|key id|public key} (HAAT_ONDC_KNOWN_SUBSCRIBERS). */
    public String knownSubscriberEntry() {
        return subscriberId + "|" + uniqueKeyId + "|" + Base64.getEncoder().encodeToString(key.generatePublicKey().getEncoded());
    }

    /** {@code privateKey} is base64 of the 32-byte seed or libsodium's 64-byte seed and public key. */
    public static BuyerIdentity of(String subscriberId, String uniqueKeyId, String privateKey) {
        return new BuyerIdentity(subscriberId, uniqueKeyId, new Ed25519PrivateKeyParameters(Base64.getDecoder().decode(privateKey), 0));
    }
}
