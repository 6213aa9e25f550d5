package it.toscana.monitoring.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The bulk call's chunking, against a fake database that refuses chosen items: no broker, no database. */
class ChunkWriterTest {

    /** Refuses the items at {@code refused}; remembers every transaction tried and every item it kept. */
    private static final class FakeDatabase {

        final Set<Integer> refused;
        final List<String> transactions = new ArrayList<>();
        final List<Integer> kept = new ArrayList<>();
        boolean failsOtherwise;

        FakeDatabase(Set<Integer> refused) {
            this.refused = refused;
        }

        BulkResult.Item[] inOneTransaction(List<Integer> chunk) {
            transactions.add("chunk " + chunk);
            if (failsOtherwise) {
                throw new IllegalStateException("a key another call inserted meanwhile");
            }
            for (int position = 0; position < chunk.size(); position++) {
                if (refused.contains(chunk.get(position))) {
                    throw new RuntimeException("the transaction wraps it", new ChunkWriter.Refused(position));
                }
            }
            kept.addAll(chunk);
            return chunk.stream().map(index -> new BulkResult.Item(index, 201, "id-" + index, null)).toArray(BulkResult.Item[]::new);
        }

        BulkResult.Item alone(int index) {
            transactions.add("alone " + index);
            if (refused.contains(index)) {
                return new BulkResult.Item(index, 422, null, null);
            }
            kept.add(index);
            return new BulkResult.Item(index, 201, "id-" + index, null);
        }

        BulkResult.Item[] write(int items, int chunkSize) {
            BulkResult.Item[] results = new BulkResult.Item[items];
            new ChunkWriter(this::inOneTransaction, this::alone, results)
                    .storeAll(IntStream.range(0, items).boxed().toList(), chunkSize);
            return results;
        }
    }

    @Test
    void itemsAreCutIntoConsecutiveChunksOfAtMostTheChunkSize() {
        List<List<Integer>> chunks = ChunkWriter.chunks(IntStream.range(0, 450).boxed().toList(), 200);
        assertEquals(List.of(200, 200, 50), chunks.stream().map(List::size).toList());
        assertEquals(List.of(0, 200, 400), chunks.stream().map(chunk -> chunk.get(0)).toList());
    }

    @Test
    void aChunkWithoutRefusalIsOneTransaction() {
        FakeDatabase database = new FakeDatabase(Set.of());
        BulkResult.Item[] results = database.write(5, 200);
        assertEquals(List.of("chunk [0, 1, 2, 3, 4]"), database.transactions);
        assertEquals(List.of(201, 201, 201, 201, 201), statuses(results));
    }

    @Test
    void aRefusedItemIsAnsweredAloneBetweenTheItemsBeforeAndAfterIt() {
        FakeDatabase database = new FakeDatabase(Set.of(2));
        BulkResult.Item[] results = database.write(5, 200);
        assertEquals(List.of("chunk [0, 1, 2, 3, 4]", "chunk [0, 1]", "alone 2", "chunk [3, 4]"), database.transactions);
        assertEquals(List.of(201, 201, 422, 201, 201), statuses(results));
        assertEquals(List.of(0, 1, 3, 4), database.kept);
    }

    @Test
    void aRefusalFirstInItsChunkTriesNoEmptyTransaction() {
        FakeDatabase database = new FakeDatabase(Set.of(0));
        database.write(3, 200);
        assertEquals(List.of("chunk [0, 1, 2]", "alone 0", "chunk [1, 2]"), database.transactions);
    }

    @Test
    void anyOtherFailureStoresEachItemOfTheChunkAlone() {
        FakeDatabase database = new FakeDatabase(Set.of(1));
        database.failsOtherwise = true;
        BulkResult.Item[] results = database.write(3, 200);
        assertEquals(List.of("chunk [0, 1, 2]", "alone 0", "alone 1", "alone 2"), database.transactions);
        assertEquals(List.of(201, 422, 201), statuses(results));
    }

    @Test
    void whateverIsRefusedEveryOtherItemIsKeptExactlyOnceAndEveryItemAnswered() {
        Random random = new Random(14);
        for (int run = 0; run < 500; run++) {
            int items = 1 + random.nextInt(60);
            Set<Integer> refused = new TreeSet<>();
            IntStream.range(0, items).filter(index -> random.nextInt(5) == 0).forEach(refused::add);
            FakeDatabase database = new FakeDatabase(refused);
            BulkResult.Item[] results = database.write(items, 1 + random.nextInt(20));

            List<Integer> expectedKept = IntStream.range(0, items).filter(index -> !refused.contains(index)).boxed().toList();
            assertEquals(expectedKept, database.kept.stream().sorted().toList(), "refused " + refused);
            for (int index = 0; index < items; index++) {
                assertEquals(refused.contains(index) ? 422 : 201, results[index].status(), "item " + index + ", refused " + refused);
            }
        }
    }

    private static List<Integer> statuses(BulkResult.Item[] results) {
        return Arrays.stream(results).map(BulkResult.Item::status).toList();
    }
}
