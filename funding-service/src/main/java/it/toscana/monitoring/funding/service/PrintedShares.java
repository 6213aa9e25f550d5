package it.toscana.monitoring.funding.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import it.toscana.monitoring.funding.api.AllocationRequest;
import it.toscana.monitoring.funding.domain.PrintedShare;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;

/**
 * The split a document prints must be a split of this allocation: each municipality once and among
 * those it names (the shares name them when it names none), the amounts adding up to the amount assigned.
 */
final class PrintedShares {

    private static final String FIELD = "municipalityShares";

    private PrintedShares() {
    }

    static void check(AllocationRequest request) {
        List<PrintedShare> shares = request.printedShares();
        if (shares.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            String istatCode = shares.get(i).istatCode();
            String field = FIELD + "[" + i + "].istatCode";
            if (!seen.add(istatCode)) {
                errors.add(new Problem.FieldError(field, "municipality " + istatCode + " has a share already"));
            } else if (!request.effectiveMunicipalities().contains(istatCode)) {
                errors.add(new Problem.FieldError(field, "municipality " + istatCode + " is not in municipalityIstatCodes"));
            }
            sum = sum.add(shares.get(i).amount());
        }
        if (sum.compareTo(request.amountAssigned()) != 0) {
            errors.add(new Problem.FieldError(FIELD, "the shares add up to " + sum.setScale(2) + ", not to the amount assigned "
                    + request.amountAssigned().setScale(2)));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.BUSINESS_RULE,
                    "The printed municipality shares are not a split of this allocation.", errors);
        }
    }
}
