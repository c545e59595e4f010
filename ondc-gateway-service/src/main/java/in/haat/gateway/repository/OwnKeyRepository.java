package in.haat.gateway.repository;

import in.haat.persistence.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Our ONDC key pairs made for a database without configured keys ({@code ondc_own_key}), in the caller's transaction. */
@ApplicationScoped
public class OwnKeyRepository {

    /** A stored key pair: the Ed25519 signing key (base64) and the X25519 encryption key (base64 PKCS#8). */
    public record StoredKeys(String signingPrivateKey, String encryptionPrivate) {
    }

    /** The keys stored under {@code uniqueKeyId}, or null. */
    public Uni<StoredKeys> find(String uniqueKeyId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select signing_private_key, encryption_private from ondc_own_key where unique_key_id = ?1",
                        Object[].class)
                .setParameter(1, uniqueKeyId)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : new StoredKeys(Rows.text(rows.get(0)[0]), Rows.text(rows.get(0)[1])));
    }

    /** Stores the keys unless some are stored under {@code uniqueKeyId} already (replicas starting together). */
    public Uni<Integer> insertIfAbsent(String uniqueKeyId, String signingPrivateKey, String encryptionPrivate) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into ondc_own_key (unique_key_id, signing_private_key, encryption_private) "
                        + "values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, uniqueKeyId)
                .setParameter(2, signingPrivateKey)
                .setParameter(3, encryptionPrivate)
                .executeUpdate());
    }
}
