package it.toscana.monitoring.platform.openapi;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Money is declared one way everywhere: {@code type: number, format: decimal, multipleOf: 0.01}. Every
 * decimal of this API is a BigDecimal amount in euro to the cent (or a weight given in such amounts), so
 * each number without a format of its own gets it; clients keep cents exact by reading it as a decimal.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class MoneyFormat implements OASFilter {

    public static final String FORMAT = "decimal";
    public static final BigDecimal CENT = new BigDecimal("0.01");

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NUMBER) && schema.getFormat() == null) {
            schema.setFormat(FORMAT);
            if (schema.getMultipleOf() == null) {
                schema.setMultipleOf(CENT);
            }
        }
        return schema;
    }
}
