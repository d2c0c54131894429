package org.meritledger.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.meritledger.base.InvalidInputException;

/**
 * RFC 9457 problem details as the API writes them: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance} (the request path), and for invalid input an {@code errors}
 * extension listing each field with its message key (the same i18n keys the portal's screens
 * translate). Written with JSON-P so the shape never depends on a binding provider's settings.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type, detail, instance, List.of());
    }

    public static Response response(
            ProblemType type, String detail, String instance, List<InvalidInputException.Problem> errors) {
        return Response.status(type.status())
                .type(MEDIA_TYPE)
                .entity(json(type, detail, instance, errors))
                .build();
    }

    static String json(ProblemType type, String detail, String instance, List<InvalidInputException.Problem> errors) {
        return object(type, detail, instance, errors).toString();
    }

    /** The problem as a JSON object, for answers that carry several (a device's batch). */
    public static jakarta.json.JsonObject object(
            ProblemType type, String detail, String instance, List<InvalidInputException.Problem> errors) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("type", type.uri())
                .add("title", type.title())
                .add("status", type.status());
        if (detail != null) {
            o.add("detail", detail);
        }
        if (instance != null) {
            o.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            for (InvalidInputException.Problem p : errors) {
                JsonObjectBuilder e = Json.createObjectBuilder();
                if (p.field() != null) {
                    e.add("field", p.field());
                }
                e.add("message", p.messageKey());
                a.add(e);
            }
            o.add("errors", a);
        }
        return o.build();
    }
}
