package in.haat.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which bearer values the edge answers 401 before quarkus-oidc sees them: only those that cannot be a JWS at all. */
class BearerTokenShapeTest {

    /** The rule as a regular expression, as it was written before the scan replaced it. */
    private static final Pattern JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    @Test
    void aTokenOfThreeBase64UrlPartsPasses() {
        assertFalse(BearerTokenShape.malformedBearer("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_"));
        assertFalse(BearerTokenShape.malformedBearer("bearer  a.b.c "));
        assertFalse(BearerTokenShape.malformedBearer("Basic dXNlcjpwYXNz"), "not a bearer value: left to the mechanism");
    }

    @Test
    void anythingElseIsMalformed() {
        for (String value : new String[] {"Bearer", "Bearer .", "Bearer a..b", "Bearer a.b", "Bearer a.b.", "Bearer .a.b",
                "Bearer a.b.c.d", "Bearer a.b.c=", "Bearer a+b.c.d", "Bearer a.b.c d", "Bearer a.b.\u00e9"}) {
            assertTrue(BearerTokenShape.malformedBearer(value), value);
        }
    }

    @Test
    void theScanAgreesWithTheRegularExpression() {
        char[] alphabet = {'A', 'z', '0', '9', '_', '-', '.', '.', '=', '+', '/', ' ', '\u00e9'};
        Random random = new Random(42);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(JWS.matcher(s).matches(), BearerTokenShape.jws(s.toString()), s::toString);
        }
    }
}
