package org.stancetracker.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read as exactly one JSON value with distinct keys. Jackson by default stops after
 * the first value ({@code {"text":"x"} {"text":"y"}} stored "x") and keeps the last of two equal keys,
 * so a body could mean one thing to the API and another to whatever checked it on the way (a proxy,
 * a filter, a log); both are refused instead, as a 400 problem naming the body.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
