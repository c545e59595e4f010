package in.haat.api;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Names the field of a constraint violation the way the client wrote it: {@code name} or
 * {@code items[0].contact_email} for a body property (its JSON name, not the Java one) and the parameter's
 * own name for a query, path or header parameter, instead of Hibernate Validator's {@code create.request.name}.
 */
final class ViolationFields {

    private final ObjectMapper mapper;

    ViolationFields(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The client-side name of the violated field; null when the violation is about the whole body. */
    String fieldOf(ConstraintViolation<?> violation, Method resourceMethod) {
        StringBuilder field = new StringBuilder();
        JavaType type = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            switch (kind) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                    // the resource method itself: not something the client sent
                }
                case PARAMETER -> {
                    int index = node.as(Path.ParameterNode.class).getParameterIndex();
                    Parameter parameter = resourceMethod == null || index >= resourceMethod.getParameterCount()
                            ? null
                            : resourceMethod.getParameters()[index];
                    String httpName = parameter == null ? node.getName() : httpParameterName(parameter);
                    if (httpName != null) {
                        field.append(httpName);
                    } else {
                        // the request body: its properties start the path
                        type = mapper.constructType(parameter.getParameterizedType());
                    }
                }
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    if (node.isInIterable()) {
                        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        if (position != null) {
                            field.append('[').append(position).append(']');
                        }
                        type = type == null ? null : type.getContentType();
                    }
                    if (kind == ElementKind.PROPERTY && node.getName() != null) {
                        BeanPropertyDefinition property = propertyOf(type, node.getName());
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(property == null ? node.getName() : property.getName());
                        type = property == null ? null : property.getPrimaryType();
                    }
                }
                default -> {
                    if (node.getName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private BeanPropertyDefinition propertyOf(JavaType type, String javaName) {
        if (type == null) {
            return null;
        }
        try {
            BeanDescription description = mapper.getDeserializationConfig().introspect(type);
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (javaName.equals(property.getInternalName())) {
                    return property;
                }
            }
        } catch (RuntimeException e) {
            // fall back to the Java name: a worse field name is better than no error body
        }
        return null;
    }

    /** The name a query, path, header, form, cookie or matrix parameter has on the wire; null for the body. */
    static String httpParameterName(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = switch (annotation) {
                case QueryParam q -> q.value();
                case PathParam p -> p.value();
                case HeaderParam h -> h.value();
                case FormParam f -> f.value();
                case CookieParam c -> c.value();
                case MatrixParam m -> m.value();
                case RestQuery q -> q.value();
                case RestPath p -> p.value();
                case RestHeader h -> h.value();
                case RestForm f -> f.value();
                default -> null;
            };
            if (name != null) {
                return name.isEmpty() ? parameter.getName() : name;
            }
        }
        return null;
    }
}
