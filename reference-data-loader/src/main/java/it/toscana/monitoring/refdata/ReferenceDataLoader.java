package it.toscana.monitoring.refdata;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads the curated dataset in {@code reference-data/} through the gateway's public API, the way
 * any client would: territory first ({@link TerritoryLoader}), then money ({@link AllocationLoader}:
 * funding lines, allocations, payments; {@link DeclaredTotalLoader}: printed totals and Scheda
 * headlines), the programme around them ({@link ProgrammeLoader}), then rollout facts
 * ({@link BroadbandLoader}, {@link CartLoader}, {@link PaasLoader}, {@link RolloutLoader}). Every
 * fact carries its business date ({@link DocumentDates}).
 *
 * <p>Idempotent ({@link RecordWriter}): a second run changes nothing. funding-service and
 * deployment-service check codes against their replica of the territory register, fed by events:
 * the loaders wait (bounded) until the replicas know what was just written.
 */
public final class ReferenceDataLoader {

    private ReferenceDataLoader() {
    }

    /**
     * Usage: {@code ReferenceDataLoader [gateway base URL] [dataset folder] [token]}; the writes
     * need a region-admin bearer token, the third argument or else env {@code MONITORING_TOKEN}
     * ({@code bin/local-stack token region-admin} prints one). Exit code 1 when something was refused.
     */
    public static void main(String[] args) throws IOException {
        URI gateway = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        Path dataset = Path.of(args.length > 1 ? args[1] : "reference-data");
        String token = args.length > 2 ? args[2] : System.getenv("MONITORING_TOKEN");
        System.out.println("Loading " + dataset.toAbsolutePath().normalize() + " through " + gateway);
        LoadSummary summary = load(gateway, dataset, token);
        summary.print(System.out);
        if (!summary.refusals().isEmpty()) {
            System.exit(1);
        }
    }

    /** Loads the dataset through the gateway at {@code gateway} with a region-admin {@code token}; never throws for a refused record. */
    public static LoadSummary load(URI gateway, Path folder, String token) throws IOException {
        Instant began = Instant.now();
        LoadSummary summary = new LoadSummary();
        GatewayClient client = new GatewayClient(gateway, Fields.mapper(), token);
        RecordWriter writer = new RecordWriter(client, summary);
        Dataset dataset = new Dataset(folder);
        DocumentDates dates = new DocumentDates(dataset.read("documents.json"));

        new TerritoryLoader(dataset, writer).load();
        new AllocationLoader(dataset, dates, writer).load();
        new DeclaredTotalLoader(dataset, dates, writer).load();
        new ProgrammeLoader(writer).load(dataset.read("co-financing.json"), dataset.read("programme.json"));
        JsonNode deployment = dataset.read("deployment.json");
        new BroadbandLoader(dataset, dates, writer).load(deployment.path("broadband"));
        new CartLoader(dataset, dates, writer).load(deployment.path("cart"));
        new PaasLoader(dataset, dates, writer).load(deployment.path("paas"));
        new RolloutLoader(dataset, dates, writer).load(deployment);
        summary.finish(Duration.between(began, Instant.now()), client.requests());
        return summary;
    }
}
