package org.meritledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meritledger.base.InvalidInputException;

class ProblemsTest {

    @Test
    void writesTheRfc9457MembersAndFieldErrors() {
        String json = Problems.json(
                ProblemType.VALIDATION,
                "bad",
                "/api/v1/me/results",
                List.of(new InvalidInputException.Problem("limit", "api.param.range", 1, 500)));
        assertEquals(
                "{\"type\":\"urn:merit-ledger:problem:validation\",\"title\":\"The request's values are not valid\","
                        + "\"status\":422,\"detail\":\"bad\",\"instance\":\"/api/v1/me/results\","
                        + "\"errors\":[{\"field\":\"limit\",\"message\":\"api.param.range\"}]}",
                json);
    }

    @Test
    void everyTypeHasItsOwnUri() {
        assertEquals(
                ProblemType.values().length,
                java.util.Arrays.stream(ProblemType.values())
                        .map(ProblemType::uri)
                        .distinct()
                        .count());
    }
}
