package in.haat.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods a path answers, for the {@code Allow} header a 405 must carry (RFC 9110 15.5.6): RESTEasy Reactive
 * answers 405 without one. Read once from the JAX-RS annotations of the application's resource beans.
 */
@ApplicationScoped
public class AllowedMethods {

    /** {@code {name}} or {@code {name: regex}} in a JAX-RS path template. */
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})*))?}");

    private record Route(Pattern path, String method) {
    }

    private final BeanManager beans;
    private volatile List<Route> routes;

    public AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    /** The value of {@code Allow} for {@code path}, or null when no resource method matches it. */
    public String of(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                allowed.add(route.method());
            }
        }
        if (allowed.isEmpty()) {
            return null;
        }
        // RESTEasy Reactive answers HEAD for every GET and OPTIONS for every path by itself.
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return String.join(", ", allowed);
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verbOf(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        found.add(new Route(compile(join(root.value(), sub == null ? "" : sub.value())), verb));
                    }
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = "/" + root.replaceAll("^/+|/+$", "") + (sub.isEmpty() ? "" : "/" + sub.replaceAll("^/+", ""));
        return path.length() > 1 ? path.replaceAll("/+$", "") : path;
    }

    static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int at = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(at, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).strip()).append(')');
            at = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(at))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
