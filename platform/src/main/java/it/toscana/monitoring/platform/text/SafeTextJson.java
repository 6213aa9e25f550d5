package it.toscana.monitoring.platform.text;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Every JSON string and object key read into a request is checked against {@link ControlCharacters}
 * once, here, so no service stores (or hands PostgreSQL) a NUL or another control character.
 */
@Singleton
public class SafeTextJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("safe-text");
        module.addDeserializer(String.class, new SafeStrings());
        module.addKeyDeserializer(String.class, new SafeKeys());
        mapper.registerModule(module);
    }

    private static final class SafeStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && ControlCharacters.present(text)) {
                throw new ControlCharacterException(parser);
            }
            return text;
        }
    }

    private static final class SafeKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (ControlCharacters.present(key)) {
                throw new ControlCharacterException(context.getParser());
            }
            return key;
        }
    }
}
