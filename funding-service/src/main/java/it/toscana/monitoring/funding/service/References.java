package it.toscana.monitoring.funding.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import it.toscana.monitoring.funding.domain.FundingLine;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.territory.ReplicaMembership;
import it.toscana.monitoring.platform.territory.TerritoryReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks what a write points at: communities and municipalities in the local territory replica,
 * funding lines in this service. Collects every broken reference, then refuses with one 422.
 */
@ApplicationScoped
public class References {

    @Inject
    TerritoryReplica territory;

    @Inject
    KnownReferences known;

    public Check check() {
        return new Check();
    }

    public final class Check {

        private final List<Problem.FieldError> errors = new ArrayList<>();

        public Check community(String field, String code) {
            if (code != null && !known.exists("community", code, c -> territory.community(c).isPresent())) {
                errors.add(new Problem.FieldError(field, "unknown community " + code));
            }
            return this;
        }

        public Check fundingLine(String field, String code) {
            if (code != null && !known.exists("funding-line", code, c -> FundingLine.findById(c) != null)) {
                errors.add(new Problem.FieldError(field, "unknown funding line " + code));
            }
            return this;
        }

        /** Each municipality must exist and belong to the community (on {@code date} when given). */
        public Check members(String field, List<String> istatCodes, String communityCode, LocalDate date) {
            for (int i = 0; i < istatCodes.size(); i++) {
                String istatCode = istatCodes.get(i);
                String name = field + "[" + i + "]";
                if (territory.municipality(istatCode).isEmpty()) {
                    errors.add(new Problem.FieldError(name, "unknown municipality " + istatCode));
                } else if (!isMember(istatCode, communityCode, date)) {
                    errors.add(new Problem.FieldError(name, "municipality " + istatCode + " is not a member of "
                            + communityCode + (date == null ? "" : " on " + date)));
                }
            }
            return this;
        }

        public void orRefuse() {
            if (!errors.isEmpty()) {
                throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, "The request refers to something this service "
                        + "does not know.", errors);
            }
        }

        private boolean isMember(String istatCode, String communityCode, LocalDate date) {
            if (date != null) {
                return territory.communityOf(istatCode, date).map(communityCode::equals).orElse(false);
            }
            return ReplicaMembership.count("istatCode = ?1 and communityCode = ?2", istatCode, communityCode) > 0;
        }
    }

    /** A 422 naming one field, for business rules on a single value. */
    public static ProblemException unprocessable(String field, String message, String detail) {
        return new ProblemException(ProblemType.BUSINESS_RULE, detail, List.of(new Problem.FieldError(field, message)));
    }
}
