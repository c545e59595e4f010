package in.haat.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A seller on Haat: the business whose storefronts and catalogue buyers see over ONDC. */
@Entity
@Table(name = "seller")
public class Seller {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** The partner that registered the seller and may act for it; null for sellers older than partner ownership. */
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "legal_entity_name")
    public String legalEntityName;

    @Column(name = "incorporation_type")
    public String incorporationType;

    @Column(name = "gst_number")
    public String gstNumber;

    @Column(name = "pan_number")
    public String panNumber;

    @Column(name = "fssai_number")
    public String fssaiNumber;

    /** JSON array of category names; storefront categories must come from it. */
    @Column(nullable = false)
    public String categories = "[]";

    @Column(name = "bank_account_number")
    public String bankAccountNumber;

    @Column(name = "bank_ifsc_code")
    public String bankIfscCode;

    /** Setu's consent_object, as the partner sent it; null when none was sent. */
    @Column(name = "consent_object")
    public String consentObject;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
