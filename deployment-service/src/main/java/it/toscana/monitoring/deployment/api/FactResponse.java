package it.toscana.monitoring.deployment.api;

import java.io.IOException;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;

import it.toscana.monitoring.deployment.domain.RolloutFact;

/**
 * A rollout fact as served: its id, version (also the ETag) and last change, then the same
 * fields the client writes, with {@code communityCode} as resolved when it was written. Each kind
 * serves its own subclass, which names its schema in the OpenAPI document as these three fields and
 * its request's: {@code @Schema(allOf = TelecentreRequest.class, description = FactResponse.AS_SERVED)}.
 */
@JsonSerialize(using = FactResponse.Json.class)
public abstract class FactResponse<Q> {

    public static final String AS_SERVED =
            "As served: id, version (also the ETag) and last change, then the fields the client writes";

    @Schema(required = true)
    public final String id;

    @Schema(required = true)
    public final long version;

    @Schema(required = true)
    public final Instant updatedAt;

    /** Written unwrapped, after the three above; the subclass's {@code allOf} documents them. */
    @Schema(hidden = true)
    public final Q fields;

    protected FactResponse(RolloutFact fact, Q fields) {
        this.id = fact.id;
        this.version = fact.version;
        this.updatedAt = fact.updatedAt;
        this.fields = fields;
    }

    /**
     * The JSON: what {@code @JsonUnwrapped} on {@code fields} would write, written here because the
     * OpenAPI scanner would list the unwrapped fields again beside the subclass's {@code allOf}.
     */
    static final class Json extends StdSerializer<FactResponse<?>> {

        @SuppressWarnings("unchecked")
        Json() {
            super((Class<FactResponse<?>>) (Class<?>) FactResponse.class);
        }

        @Override
        public void serialize(FactResponse<?> response, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            json.writeStartObject(response);
            json.writeStringField("id", response.id);
            json.writeNumberField("version", response.version);
            provider.defaultSerializeField("updatedAt", response.updatedAt, json);
            provider.findValueSerializer(response.fields.getClass()).unwrappingSerializer(NameTransformer.NOP)
                    .serialize(response.fields, json, provider);
            json.writeEndObject();
        }
    }
}
