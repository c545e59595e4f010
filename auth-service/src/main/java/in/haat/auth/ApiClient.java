package in.haat.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A registered API client with its hashed secret, its kind and what it may be granted. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Convert(converter = KindColumn.class)
    @Column(nullable = false)
    public ClientKind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "seller_id")
    public UUID sellerId;

    /** Space-separated, as OAuth writes scope. */
    @Column(nullable = false)
    public String scopes;

    /** One per line. */
    @Column(name = "redirect_uris", nullable = false)
    public String redirectUris = "";

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(nullable = false)
    public String status = "active";

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "secret_rotated_at", nullable = false)
    public Instant secretRotatedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public boolean active() {
        return "active".equals(status);
    }

    public Set<String> scopeSet() {
        return new LinkedHashSet<>(Arrays.asList(scopes.split(" ")));
    }

    public List<String> redirectUriList() {
        return redirectUris.isEmpty() ? List.of() : List.of(redirectUris.split("\n"));
    }

    /** Stores the kind as its wire name. */
    @Converter
    public static class KindColumn implements AttributeConverter<ClientKind, String> {
        @Override
        public String convertToDatabaseColumn(ClientKind kind) {
            return kind == null ? null : kind.wireName();
        }

        @Override
        public ClientKind convertToEntityAttribute(String value) {
            return value == null ? null : ClientKind.fromWire(value);
        }
    }
}
