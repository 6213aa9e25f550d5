package it.toscana.monitoring.platform.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code Accept: text/csv} for any {@link Page}: one row per item, one column per JSON field
 * (nested objects as {@code parent.child}, arrays joined with {@code ;}), UTF-8, {@code .} decimals.
 * A text cell a spreadsheet would run as a formula is defused (see {@link #defuse}).
 */
@Provider
@Produces(PageCsvWriter.TEXT_CSV)
public class PageCsvWriter implements MessageBodyWriter<Page<?>> {

    public static final String TEXT_CSV = "text/csv";

    @Inject
    ObjectMapper json;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Page<?> page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(page.items().stream().<JsonNode> map(json::valueToTree).toList(), writer);
        writer.flush();
    }

    /** The CSV of these items as a page answers it (the OpenAPI document's CSV examples are written by this too). */
    public static String toCsv(List<JsonNode> items) {
        StringWriter csv = new StringWriter();
        try {
            write(items, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    private static void write(List<JsonNode> items, Writer writer) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode item : items) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten("", item, row);
            columns.addAll(row.keySet());
            rows.add(row);
        }
        writeLine(writer, new ArrayList<>(columns));
        for (Map<String, String> row : rows) {
            writeLine(writer, columns.stream().map(column -> row.getOrDefault(column, "")).toList());
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> row) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(prefix + field.getKey() + ".", field.getValue(), row));
        } else {
            String column = prefix.substring(0, prefix.length() - 1);
            if (node.isArray()) {
                List<String> values = new ArrayList<>();
                node.forEach(element -> values.add(element.isValueNode() ? element.asText() : element.toString()));
                row.put(column, String.join(";", values));
            } else {
                row.put(column, node.isNull() ? "" : node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
            }
        }
    }

    private static void writeLine(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quote(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /** A number as JSON prints it (e.g. -9.90): spreadsheets read it as a number, never as a formula. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /**
     * OWASP's advice against CSV injection: a cell that starts with {@code = + - @}, tab or CR is
     * prefixed with a single quote, so a spreadsheet shows it as text instead of evaluating it.
     */
    static String defuse(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static String quote(String raw) {
        String cell = defuse(raw);
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
