package it.toscana.monitoring.refdata;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run did, per kind of record: created, updated (a PUT that replaced), unchanged (the
 * gateway replayed the first answer for the Idempotency-Key, or the record already existed) and
 * refused (with the problem the service gave).
 */
public final class LoadSummary {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REFUSED
    }

    /** A record the services did not accept. */
    public record Refusal(String kind, String key, String problem) {
    }

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private Duration elapsed = Duration.ZERO;
    private int requests;

    void record(String kind, Outcome outcome) {
        counts.computeIfAbsent(kind, k -> new int[Outcome.values().length])[outcome.ordinal()]++;
    }

    void refuse(String kind, String key, String problem) {
        record(kind, Outcome.REFUSED);
        refusals.add(new Refusal(kind, key, problem));
    }

    void finish(Duration elapsed, int requests) {
        this.elapsed = elapsed;
        this.requests = requests;
    }

    public int count(String kind, Outcome outcome) {
        int[] row = counts.get(kind);
        return row == null ? 0 : row[outcome.ordinal()];
    }

    /** Records of this kind the run handled, whatever the outcome. */
    public int total(String kind) {
        int[] row = counts.get(kind);
        int total = 0;
        if (row != null) {
            for (int n : row) {
                total += n;
            }
        }
        return total;
    }

    public int total(Outcome outcome) {
        return counts.values().stream().mapToInt(row -> row[outcome.ordinal()]).sum();
    }

    public List<String> kinds() {
        return List.copyOf(counts.keySet());
    }

    public List<Refusal> refusals() {
        return Collections.unmodifiableList(refusals);
    }

    public Duration elapsed() {
        return elapsed;
    }

    public int requests() {
        return requests;
    }

    public void print(PrintStream out) {
        out.printf("  %-24s %8s %8s %9s %8s%n", "kind", "created", "updated", "unchanged", "refused");
        counts.forEach((kind, row) -> out.printf("  %-24s %8d %8d %9d %8d%n", kind, row[0], row[1], row[2], row[3]));
        out.printf("  %d records: %d created, %d updated, %d unchanged, %d refused; %d requests in %.1fs%n",
                counts.values().stream().mapToInt(row -> row[0] + row[1] + row[2] + row[3]).sum(), total(Outcome.CREATED),
                total(Outcome.UPDATED), total(Outcome.UNCHANGED), total(Outcome.REFUSED), requests, elapsed.toMillis() / 1000.0);
        for (Refusal refusal : refusals) {
            out.printf("  REFUSED %s %s: %s%n", refusal.kind(), refusal.key(), refusal.problem());
        }
    }
}
