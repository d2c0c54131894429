package org.meritledger.devices.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.meritledger.api.ProblemType;
import org.meritledger.api.Problems;
import org.meritledger.base.InvalidInputException;
import org.meritledger.devices.Accepted;
import org.meritledger.devices.DeviceIntake;
import org.meritledger.devices.DeviceRefusedException;
import org.meritledger.ledger.IntegrityHoldException;

/**
 * A device's buffered results, each checked and recorded in its own transaction, exactly as if
 * sent one by one: one refusal (a replayed nonce after a lost answer, say) does not hold the
 * others back, and each keeps its own device time, which must still be within the window.
 */
@ApplicationScoped
public class DeviceBatch {

    public static final int MAX = 100;

    @Inject
    DeviceIntake intake;

    @Schema(name = "DeviceBatch")
    public static class Doc {
        @Schema(required = true, description = "signed envelopes, as for one result")
        public List<DeviceResultResource.Envelope> results;
    }

    @Schema(
            name = "DeviceBatchOutcome",
            description =
                    "accepted, refused and one item per envelope: index, status, and the submission or the problem")
    public static class Outcome {
        public int accepted;
        public int refused;
        public List<Map<String, Object>> items;
    }

    JsonObject submit(long deviceId, Map<String, Object> body, String instance) {
        Object results = body.get("results");
        if (!(results instanceof List<?> list) || list.isEmpty() || list.size() > MAX || body.size() != 1) {
            throw new InvalidInputException("results", "device.batch.results", MAX);
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        int accepted = 0;
        for (int i = 0; i < list.size(); i++) {
            var item = Json.createObjectBuilder().add("index", i);
            try {
                if (!(list.get(i) instanceof Map<?, ?> m)) {
                    throw new InvalidInputException("results[" + i + "]", "device.submission.notObject");
                }
                @SuppressWarnings("unchecked")
                Accepted a = intake.submit(deviceId, (Map<String, Object>) m);
                item.add("status", 201)
                        .add("submissionId", a.submissionId())
                        .add("sessionId", a.sessionId())
                        .add("resultId", a.resultId())
                        .add("ledgerSeq", a.ledgerSeq());
                accepted++;
            } catch (RuntimeException e) {
                JsonObject problem = problem(unwrap(e), instance);
                item.add("status", problem.getInt("status")).add("problem", problem);
            }
            items.add(item);
        }
        return Json.createObjectBuilder()
                .add("accepted", accepted)
                .add("refused", list.size() - accepted)
                .add("items", items)
                .build();
    }

    private static JsonObject problem(RuntimeException e, String instance) {
        if (e instanceof DeviceRefusedException r) {
            return Problems.object(ProblemType.valueOf(r.reason().name()), r.getMessage(), instance, List.of());
        }
        if (e instanceof InvalidInputException invalid) {
            return Problems.object(ProblemType.VALIDATION, invalid.getMessage(), instance, invalid.problems());
        }
        if (e instanceof IntegrityHoldException) {
            return Problems.object(ProblemType.LEDGER_HOLD, e.getMessage(), instance, List.of());
        }
        throw e;
    }

    /** A transaction boundary may wrap what the intake threw. */
    private static RuntimeException unwrap(RuntimeException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof DeviceRefusedException
                    || c instanceof InvalidInputException
                    || c instanceof IntegrityHoldException) {
                return (RuntimeException) c;
            }
        }
        return e;
    }
}
