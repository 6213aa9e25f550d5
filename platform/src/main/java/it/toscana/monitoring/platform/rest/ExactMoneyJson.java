package it.toscana.monitoring.platform.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Money stays exact through JSON trees (merge patches, CSV, idempotent replays): 1000.00 must
 * not become 1E+3, which Jackson's tree model does by default, and a decimal in a request is
 * read as a BigDecimal, never as a binary double.
 */
@Singleton
public class ExactMoneyJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
