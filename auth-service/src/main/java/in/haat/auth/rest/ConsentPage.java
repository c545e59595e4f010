package in.haat.auth.rest;

import in.haat.auth.ApiClient;
import in.haat.auth.mapping.AuthorizationRequest;
import java.util.Set;

/** The minimal HTML a seller sees at the authorization endpoint; every value is escaped. */
final class ConsentPage {

    private ConsentPage() {
    }

    static String consent(ApiClient app, Set<String> scopes, AuthorizationRequest request, String message) {
        StringBuilder html = new StringBuilder(head("Authorise " + app.name));
        html.append("<h1>").append(escape(app.name)).append(" wants to act for your shop</h1>");
        if (message != null) {
            html.append("<p class=error>").append(escape(message)).append("</p>");
        }
        html.append("<p>It asks for:</p><ul>");
        for (String scope : scopes) {
            html.append("<li>").append(escape(scope)).append("</li>");
        }
        html.append("</ul><form method=post action=\"/oauth2/authorize\">");
        hidden(html, "response_type", request.responseType);
        hidden(html, "client_id", request.clientId);
        hidden(html, "redirect_uri", request.redirectUri);
        hidden(html, "scope", String.join(" ", scopes));
        hidden(html, "state", request.state);
        hidden(html, "code_challenge", request.codeChallenge);
        hidden(html, "code_challenge_method", request.codeChallengeMethod);
        html.append("<p><label>Seller client id <input name=seller_client_id autocomplete=username></label></p>")
                .append("<p><label>Seller client secret <input name=seller_client_secret type=password autocomplete=current-password></label></p>")
                .append("<button name=decision value=approve>Approve</button> ")
                .append("<button name=decision value=deny>Decline</button></form></body></html>");
        return html.toString();
    }

    static String error(String message) {
        return head("Authorisation failed") + "<h1>This request cannot be authorised</h1><p class=error>" + escape(message)
                + "</p></body></html>";
    }

    private static String head(String title) {
        return "<!doctype html><html lang=en><head><meta charset=utf-8><title>" + escape(title)
                + "</title><style>body{font-family:sans-serif;max-width:32em;margin:2em auto}.error{color:#b00}</style></head><body>";
    }

    private static void hidden(StringBuilder html, String name, String value) {
        if (value != null) {
            html.append("<input type=hidden name=").append(name).append(" value=\"").append(escape(value)).append("\">");
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
