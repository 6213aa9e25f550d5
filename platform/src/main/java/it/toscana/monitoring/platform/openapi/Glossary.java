package it.toscana.monitoring.platform.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A glossary of the OpenAPI documents (descriptions, example values): a UTF-8 properties file on the classpath. */
public final class Glossary {

    private Glossary() {
    }

    public static Properties load(String resource) {
        Properties glossary = new Properties();
        try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            glossary.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glossary;
    }
}
