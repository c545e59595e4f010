package in.haat.order.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.order.IssueHistory;
import in.haat.order.IssueMove;
import in.haat.order.IssueState;
import in.haat.order.OrderIssue;
import in.haat.order.config.IgmConfig;
import in.haat.order.config.OrderConfig;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Our IGM answers without a running service: the GRO a seller configured (else ours), and who an escalated 1.0.0 issue names. */
class IgmAnswersTest {

    private static final UUID OWN_GRO = UUID.randomUUID();

    private final IgmAnswers answers = new IgmAnswers(igm(), order());

    @Test
    void aSellersOwnGroIsNamedElseOurs() {
        assertEquals("Asha Rao", answers.gro(issue(OWN_GRO)).name());
        assertEquals("Haat grievance officer", answers.gro(issue(UUID.randomUUID())).name());
    }

    @Test
    void aSellersOwnOdrIsNamedElseOurs() {
        assertEquals("Asha's ODR", answers.odr(issue(OWN_GRO)).name());
        assertEquals("Haat ODR", answers.odr(issue(UUID.randomUUID())).name());
    }

    @Test
    void anEscalatedIssueNamesItsGroAndEveryActionOfOurs() {
        OrderIssue issue = issue(OWN_GRO);
        issue.issueType = "GRIEVANCE";
        Instant at = Instant.parse("2026-12-02T10:00:00Z");
        List<IssueHistory> history = List.of(
                IssueHistory.of(issue, IssueMove.OPEN, "C-1", "Complaint created", "Jatin", "m1", at),
                IssueHistory.of(issue, IssueMove.PROCESSING, "R1", "Complaint is being processed", "Haat support", null, at.plusSeconds(1)),
                IssueHistory.of(issue, IssueMove.ESCALATE, "C-2", "Not satisfied", "Jatin", "m2", at.plusSeconds(60)),
                IssueHistory.of(issue, IssueMove.PROCESSING, "R2", "Escalated to Asha Rao", "Asha Rao", null, at.plusSeconds(61)));
        JsonNode message = answers.message(issue, history, false);
        JsonNode ours = message.at("/issue/issue_actions/respondent_actions");
        assertEquals(2, ours.size(), "only the respondent's actions");
        assertEquals("Escalated to Asha Rao", ours.path(1).path("short_desc").asText());
        assertEquals("haat.localhost::ONDC:RET10", ours.path(1).at("/updated_by/org/name").asText());
        JsonNode gro = message.at("/issue/resolution_provider/respondent_info/resolution_support/gros/0");
        assertEquals("Asha Rao", gro.at("/person/name").asText());
        assertEquals("gro@asha.example", gro.at("/contact/email").asText());
        assertEquals("TRANSACTION-COUNTERPARTY-NP-GRO", gro.path("gro_type").asText());
        assertEquals("2026-12-01T05:39:05.893Z", message.at("/issue/created_at").asText(), "as the buyer wrote it");
        assertTrue(message.at("/issue/resolution").isMissingNode(), "not resolved");
    }

    private static OrderIssue issue(UUID sellerId) {
        OrderIssue issue = new OrderIssue();
        issue.id = "ISSUE-1";
        issue.sellerId = sellerId;
        issue.igmVersion = "1.0.0";
        issue.domain = "ONDC:RET10";
        issue.issueType = "ISSUE";
        issue.state = IssueState.PROCESSING;
        issue.responseTime = "PT2H";
        issue.resolutionTime = "P1D";
        issue.document = new ObjectMapper().createObjectNode().put("id", "ISSUE-1").put("created_at", "2026-12-01T05:39:05.893Z");
        issue.raisedAt = Instant.parse("2026-12-01T05:39:05.893Z");
        issue.updatedAt = Instant.parse("2026-12-02T10:01:01Z");
        return issue;
    }

    private static IgmConfig.Officer officer(String name, String phone, String email) {
        return new IgmConfig.Officer() {
            public String name() {
                return name;
            }

            public String phone() {
                return phone;
            }

            public String email() {
                return email;
            }
        };
    }

    private static IgmConfig igm() {
        return new IgmConfig() {
            public Duration responseTime() {
                return Duration.ofHours(2);
            }

            public Duration resolutionTime() {
                return Duration.ofDays(1);
            }

            public Officer respondent() {
                return officer("Haat support", "+919999999999", "support@haat.localhost");
            }

            public Officer gro() {
                return officer("Haat grievance officer", "+919999999998", "gro@haat.localhost");
            }

            public Map<String, Officer> sellerGros() {
                return Map.of(OWN_GRO.toString(), officer("Asha Rao", "+919000000001", "gro@asha.example"));
            }

            public Odr odr() {
                return odrNamed("Haat ODR");
            }

            public Map<String, Odr> sellerOdrs() {
                return Map.of(OWN_GRO.toString(), odrNamed("Asha's ODR"));
            }
        };
    }

    private static IgmConfig.Odr odrNamed(String name) {
        return new IgmConfig.Odr() {
            public String name() {
                return name;
            }

            public String url() {
                return "https://odr.example";
            }

            public String shortDesc() {
                return "mediation";
            }

            public String price() {
                return "0.00";
            }

            public String pricingInfo() {
                return "free";
            }

            public String rating() {
                return "4.5";
            }
        };
    }

    /** Only the bpp_id is read. */
    private static OrderConfig order() {
        return (OrderConfig) Proxy.newProxyInstance(OrderConfig.class.getClassLoader(), new Class<?>[] {OrderConfig.class},
                (proxy, method, args) -> "bppId".equals(method.getName()) ? "haat.localhost" : null);
    }
}
