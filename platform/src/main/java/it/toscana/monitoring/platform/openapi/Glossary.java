package it.toscana.monitoring.platform.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Loads an OpenAPI glossary: a UTF-8 properties file on the class path ({@code openapi/*.properties}). */
public final class Glossary {

    private Glossary() {
    }

    /** The glossary at {@code resource}; a missing one is a packaging error. */
    public static Properties load(String resource) {
        Properties glossary = new Properties();
        try (InputStream in = open(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            glossary.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glossary;
    }

    /** From this class's loader, else the thread's: the glossary may sit in the service's own resources. */
    private static InputStream open(String resource) {
        InputStream in = Glossary.class.getClassLoader().getResourceAsStream(resource);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return in != null || context == null ? in : context.getResourceAsStream(resource);
    }
}
