package it.toscana.monitoring.platform.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.quarkus.narayana.jta.QuarkusTransaction;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Runs a bulk call item by item, each in its own transaction: bad items are reported with a
 * problem, good ones land. Items that repeat another item's key in the same call are refused.
 */
@ApplicationScoped
public class BulkExecutor {

    public static final int MAX_ITEMS = 10_000;

    @Inject
    Validator validator;

    /**
     * @param key    the item's natural key (e.g. the ERP's external id), for the duplicate check
     * @param upsert stores one valid item and returns its result (200 updated / 201 created, with id)
     */
    public <T> BulkResult run(List<T> items, Function<T, String> key, Function<T, BulkResult.Item> upsert) {
        if (items == null || items.isEmpty()) {
            throw new ProblemException(400, "Invalid request", "A bulk call needs at least one item.", List.of());
        }
        if (items.size() > MAX_ITEMS) {
            throw new ProblemException(413, "Too many items",
                    "A bulk call takes at most " + MAX_ITEMS + " items; this one has " + items.size() + ".", List.of());
        }
        Map<String, Integer> firstIndexByKey = new HashMap<>();
        List<BulkResult.Item> results = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            results.add(runOne(index, items.get(index), key, upsert, firstIndexByKey));
        }
        return BulkResult.of(results);
    }

    private <T> BulkResult.Item runOne(int index, T item, Function<T, String> key, Function<T, BulkResult.Item> upsert,
            Map<String, Integer> firstIndexByKey) {
        if (item == null) {
            return failed(index, new ProblemException(400, "Invalid item", "The item is null.", List.of()));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(item);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return failed(index, new ProblemException(400, "Invalid item", "The item has invalid fields.", errors));
        }
        Integer first = firstIndexByKey.putIfAbsent(key.apply(item), index);
        if (first != null) {
            return failed(index, new ProblemException(422, "Duplicate item",
                    "Item " + index + " repeats the key " + key.apply(item) + " of item " + first + ".", List.of()));
        }
        try {
            BulkResult.Item result = QuarkusTransaction.requiringNew().call(() -> upsert.apply(item));
            return new BulkResult.Item(index, result.status(), result.id(), null);
        } catch (ProblemException refused) {
            return failed(index, refused);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ProblemException refused) {
                return failed(index, refused);
            }
            throw e;
        }
    }

    private static BulkResult.Item failed(int index, ProblemException refused) {
        Problem problem = new Problem("about:blank", refused.title(), refused.status(), refused.getMessage(), null,
                refused.errors());
        return new BulkResult.Item(index, refused.status(), null, problem);
    }
}
