package org.meritledger.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.meritledger.ledger.core.jcs.JcsException;
import org.meritledger.ledger.core.jcs.JsonParseException;
import org.meritledger.ledger.core.jcs.JsonParser;

/**
 * Reads a JSON request body: at most {@link ApiSettings#maxBodyBytes()} bytes (413 beyond, also
 * for chunked bodies without a length), strict UTF-8, then the ledger core's strict I-JSON parser
 * (no duplicate names, no lone surrogates): what is parsed here is exactly what RFC 8785 can
 * canonicalise, which device signatures need. Malformed is 400; a body that is not an object 422.
 */
@ApplicationScoped
public class JsonBodies {

    @Inject
    ApiSettings settings;

    public Map<String, Object> object(InputStream in) {
        String text = utf8(read(in, settings.maxBodyBytes()));
        Object v;
        try {
            v = JsonParser.parse(text);
        } catch (JsonParseException | JcsException e) {
            throw new ApiProblemException(ProblemType.MALFORMED_JSON, e.getMessage());
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new org.meritledger.base.InvalidInputException(null, "api.body.notObject");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) m;
        return out;
    }

    static byte[] read(InputStream in, int max) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > max) {
                    throw new ApiProblemException(
                            ProblemType.PAYLOAD_TOO_LARGE, "the body is larger than " + max + " bytes");
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ApiProblemException(ProblemType.BAD_REQUEST, "the body could not be read");
        }
        return out.toByteArray();
    }

    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ApiProblemException(ProblemType.MALFORMED_JSON, "the body is not UTF-8");
        }
    }
}
