package it.toscana.monitoring.platform.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * How a bulk call's valid items are stored, given a way to store several items in one transaction and a way
 * to store one alone; what {@link BulkExecutor} describes, without the transactions, so it is testable alone.
 * <ul>
 * <li>The items go in chunks of at most {@code chunkSize}, one transaction per chunk.</li>
 * <li>When the transaction refuses the item at some position ({@link Refused}), it stored nothing: the items
 * before it are stored again in one transaction, the refused one alone (which answers its problem exactly as a
 * one-item call would), and the chunk goes on after it.</li>
 * <li>Any other failure sends the chunk through one transaction per item.</li>
 * </ul>
 */
final class ChunkWriter {

    /** Thrown by the chunk's transaction: the item at {@code position} of the chunk was refused; nothing was kept. */
    static final class Refused extends RuntimeException {

        final int position;

        Refused(int position) {
            super(null, null, false, false);
            this.position = position;
        }
    }

    private final Function<List<Integer>, BulkResult.Item[]> inOneTransaction;
    private final IntFunction<BulkResult.Item> alone;
    private final BulkResult.Item[] results;

    /**
     * @param inOneTransaction stores the items at these indexes in one transaction and answers their results in
     *                         order, or throws {@link Refused} (possibly as a cause)
     * @param alone            stores the item at this index in its own transaction: its result or its refusal
     * @param results          filled in at the items' indexes
     */
    ChunkWriter(Function<List<Integer>, BulkResult.Item[]> inOneTransaction, IntFunction<BulkResult.Item> alone,
            BulkResult.Item[] results) {
        this.inOneTransaction = inOneTransaction;
        this.alone = alone;
        this.results = results;
    }

    /** Stores the items at {@code indexes}, in chunks of {@code chunkSize}. */
    void storeAll(List<Integer> indexes, int chunkSize) {
        chunks(indexes, chunkSize).forEach(this::store);
    }

    /** {@code indexes} cut into consecutive runs of at most {@code size}. */
    static List<List<Integer>> chunks(List<Integer> indexes, int size) {
        List<List<Integer>> chunks = new ArrayList<>();
        for (int start = 0; start < indexes.size(); start += size) {
            chunks.add(indexes.subList(start, Math.min(start + size, indexes.size())));
        }
        return chunks;
    }

    private void store(List<Integer> indexes) {
        int from = 0;
        while (from < indexes.size()) {
            List<Integer> chunk = indexes.subList(from, indexes.size());
            try {
                BulkResult.Item[] stored = inOneTransaction.apply(chunk);
                for (int position = 0; position < chunk.size(); position++) {
                    results[chunk.get(position)] = stored[position];
                }
                return;
            } catch (RuntimeException e) {
                Refused refused = BulkExecutor.find(e, Refused.class);
                if (refused == null) {
                    chunk.forEach(index -> results[index] = alone.apply(index));
                    return;
                }
                if (refused.position > 0) {
                    store(chunk.subList(0, refused.position));
                }
                int index = chunk.get(refused.position);
                results[index] = alone.apply(index);
                from += refused.position + 1;
            }
        }
    }
}
