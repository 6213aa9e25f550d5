package it.toscana.monitoring.funding.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.funding.AllocationStateV2;
import it.toscana.monitoring.events.funding.AllocationStateV2.Detail;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.funding.api.AllocationRequest;
import it.toscana.monitoring.funding.domain.Allocation;
import it.toscana.monitoring.funding.domain.Payment;
import it.toscana.monitoring.funding.mapping.AllocationMapper;
import it.toscana.monitoring.platform.aggregate.Aggregate;
import it.toscana.monitoring.platform.aggregate.AggregateWriter;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.problem.Problem;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.rest.Etags;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.Listing;
import it.toscana.monitoring.platform.rest.PageParams;
import it.toscana.monitoring.platform.time.BusinessDate;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class AllocationService {

    private static final Listing LISTING = Listing.of(Set.of("externalId", "communityCode", "fundingLineCode", "section",
            "category", "title", "amountAssigned", "amountPaid", "programmePeriod", "assignedOn"), "updatedAt", "id");

    private static final List<String> GROUPABLE = List.of("communityCode", "fundingLineCode", "section", "category",
            "detail", "programmePeriod");

    @Inject
    AggregateWriter writer;

    @Inject
    References references;

    @Inject
    EntityManager entityManager;

    @Inject
    MunicipalitySplit split;

    /** An allocation's event lists its payments and its municipalities' shares: it is read with them. */
    private Aggregate<Allocation> withPayments;
    /** The same for an allocation known to have no payment (a new one, or one being deleted): no query for them. */
    private Aggregate<Allocation> withoutPayments;

    @PostConstruct
    void aggregates() {
        withPayments = aggregate((allocation, version) -> AllocationMapper.toState(allocation, split.of(allocation),
                Payment.list("allocationId", allocation.id), version));
        withoutPayments = aggregate((allocation, version) -> AllocationMapper.toState(allocation, split.of(allocation),
                List.of(), version));
    }

    private static Aggregate<Allocation> aggregate(BiFunction<Allocation, Long, AllocationStateV2> state) {
        return new Aggregate<>(Topics.FUNDING, "allocation", FundingEvents.ALLOCATION_UPSERTED_V2,
                FundingEvents.ALLOCATION_DELETED_V2, allocation -> allocation.version, state);
    }

    @Inject
    TransactionMemo memo;

    /** The transaction's bulk chunk: its external ids, each with its locked allocation or null when new. */
    /** No allocation's id: a new one is compared against every stored allocation. */
    private static final UUID NO_ID = new UUID(0, 0);

    private static final String CHUNK = AllocationService.class.getName() + ".chunk";

    @Transactional
    public Allocation create(AllocationRequest request) {
        check(request);
        if (request.externalId() != null && Allocation.count("externalId", request.externalId()) > 0) {
            throw ProblemException.conflict("An allocation with externalId " + request.externalId() + " exists.");
        }
        requireCupFree(request.cup(), null);
        return insert(request);
    }

    /** A new allocation; the caller has checked the references and that its external id is free. */
    private Allocation insert(AllocationRequest request) {
        Allocation allocation = insertUnflushed(request);
        entityManager.flush();
        return allocation;
    }

    /** As {@link #insert}, leaving the INSERT to the transaction's next flush (a bulk chunk's, batched). */
    private Allocation insertUnflushed(AllocationRequest request) {
        Allocation allocation = new Allocation();
        allocation.id = UUID.randomUUID();
        allocation.createdAt = Instant.now();
        AllocationMapper.apply(request, allocation);
        allocation.persist();
        writer.insertBatched(withoutPayments, allocation); // new: no payments to look up (nor a query to flush the chunk)
        return allocation;
    }

    /**
     * Locks the stored allocations of a bulk chunk's external ids in one query and remembers, for the
     * transaction, which exist: {@link #upsertByExternalId} then asks nothing more, and the chunk's new
     * allocations are flushed together at its end, as JDBC batches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockByExternalIds(List<String> externalIds) {
        Map<String, Allocation> chunk = memo.store(CHUNK, HashMap::new);
        externalIds.forEach(externalId -> chunk.put(externalId, null));
        Allocation.<Allocation>find("externalId in ?1", externalIds).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .forEach(allocation -> chunk.put(allocation.externalId, allocation));
    }

    @Transactional
    public Allocation replace(UUID id, AllocationRequest request, String ifMatch) {
        Allocation allocation = lock(id);
        Etags.checkIfMatch(ifMatch, allocation.version);
        write(allocation, request);
        return allocation;
    }

    /** The ERP's upsert: by external id, created when unknown. */
    @Transactional
    public Upserted<Allocation> upsertByExternalId(AllocationRequest request) {
        ExternalIds.require(request.externalId());
        Map<String, Allocation> chunk = memo.store(CHUNK, HashMap::new);
        boolean prefetched = chunk != null && chunk.containsKey(request.externalId());
        Allocation allocation = prefetched ? chunk.get(request.externalId())
                : Allocation.<Allocation>find("externalId", request.externalId()).withLock(LockModeType.PESSIMISTIC_WRITE)
                        .firstResult();
        if (allocation == null) {
            // just looked up: no second query for the external id (a concurrent insert still meets the unique key)
            check(request);
            requireCupFree(request.cup(), null);
            return new Upserted<>(prefetched ? insertUnflushed(request) : insert(request), true);
        }
        write(allocation, request);
        return new Upserted<>(allocation, false);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Allocation allocation = lock(id);
        Etags.checkIfMatch(ifMatch, allocation.version);
        if (Payment.count("allocationId", id) > 0) {
            throw ProblemException.conflict("Allocation " + id + " has payments; delete them first.");
        }
        writer.delete(withoutPayments, allocation, ifMatch);
    }

    public Allocation get(UUID id) {
        return Allocation.<Allocation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No allocation with id " + id + "."));
    }

    /** Locks the allocation row: payments and amount changes on it run one at a time. */
    Allocation lock(UUID id) {
        Allocation allocation = Allocation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (allocation == null) {
            throw ProblemException.notFound("No allocation with id " + id + ".");
        }
        return allocation;
    }

    /** Publishes the allocation's state with every payment it has: its payments changed, so its state did. */
    void publish(Allocation allocation) {
        writer.published(withPayments, allocation);
    }

    public Page<Allocation> list(AllocationFilter filter, PageParams page) {
        return LISTING.page(entityManager, Allocation.class, filter.conditions(), page);
    }

    /**
     * Counts and sums in the database; {@code groupBy} splits them by one field. Paid and to-pay are not
     * known (null, with the reason) where a LINE_TOTAL allocation is among those summed.
     */
    public AllocationSummary summary(AllocationFilter filter, String groupBy) {
        if (groupBy != null && !GROUPABLE.contains(groupBy)) {
            throw new ProblemException(ProblemType.VALIDATION, "Cannot group by " + groupBy + ".",
                    List.of(new Problem.FieldError("groupBy", "allowed fields: " + String.join(", ", GROUPABLE))));
        }
        Conditions criteria = filter.conditions();
        String sums = "count(*), coalesce(sum(amountAssigned), 0), coalesce(sum(amountPaid), 0),"
                + " count(case when detail = :lineTotal then 1 end)";
        AllocationSummary.Sums total = sums(query("select " + sums + " from Allocation where " + criteria.condition(),
                criteria).getSingleResult(), 0);
        List<AllocationSummary.Group> groups = groupBy == null ? null
                : query("select " + groupBy + ", " + sums + " from Allocation where " + criteria.condition() + " group by "
                        + groupBy + " order by " + groupBy, criteria)
                        .getResultList().stream()
                        .map(row -> new AllocationSummary.Group(row[0] == null ? null : row[0].toString(), sums(row, 1)))
                        .toList();
        return new AllocationSummary(total, groupBy, groups);
    }

    private static AllocationSummary.Sums sums(Object[] row, int from) {
        return AllocationSummary.Sums.of(((Number) row[from]).longValue(), money(row[from + 1]), money(row[from + 2]),
                ((Number) row[from + 3]).longValue());
    }

    private TypedQuery<Object[]> query(String hql, Conditions criteria) {
        TypedQuery<Object[]> query = entityManager.createQuery(hql, Object[].class);
        criteria.parameters().forEach(query::setParameter);
        query.setParameter("lineTotal", Detail.LINE_TOTAL);
        return query;
    }

    private void write(Allocation allocation, AllocationRequest request) {
        check(request);
        if (request.externalId() != null && !request.externalId().equals(allocation.externalId)
                && Allocation.count("externalId = ?1 and id <> ?2", request.externalId(), allocation.id) > 0) {
            throw ProblemException.conflict("Another allocation has externalId " + request.externalId() + ".");
        }
        requireCupFree(request.cup(), allocation.id);
        if (request.amountAssigned().compareTo(allocation.amountPaid) < 0) {
            throw References.unprocessable("amountAssigned", "must not be below the amount paid " + allocation.amountPaid,
                    "Allocation " + allocation.id + " has " + allocation.amountPaid + " paid; it cannot be lowered to "
                            + request.amountAssigned() + ".");
        }
        if (request.detailOrDefault() == Detail.LINE_TOTAL && allocation.hasKnownPayments()
                && Payment.count("allocationId", allocation.id) > 0) {
            throw References.unprocessable("detail", "an allocation with payments cannot become a LINE_TOTAL",
                    "Allocation " + allocation.id + " has payments; a LINE_TOTAL is a summary table's figure, whose "
                            + "payments are not known. Delete the payments first.");
        }
        DateOrder.requireAssignedBeforePayments(allocation.id, request.assignedOnAsGiven());
        AllocationMapper.apply(request, allocation);
        writer.save(withPayments, allocation);
    }

    /** A CUP names one project, and an allocation is one community's project: no other allocation may have it. */
    private static void requireCupFree(String cup, UUID self) {
        if (cup != null && Allocation.count("cup = ?1 and id <> ?2", cup, self == null ? NO_ID : self) > 0) {
            throw ProblemException.conflict("Another allocation has CUP " + cup + ".");
        }
    }

    /** The request's own rules (400 for a date source without its date), then what it points at, then its shares. */
    private void check(AllocationRequest request) {
        BusinessDate assignedOn = request.assignedOnAsGiven();
        references.check()
                .community("communityCode", request.communityCode())
                .fundingLine("fundingLineCode", request.fundingLineCode())
                .members(request.municipalities().isEmpty() ? "municipalityShares" : "municipalityIstatCodes",
                        request.effectiveMunicipalities(), request.communityCode(), assignedOn.date())
                .orRefuse();
        PrintedShares.check(request);
        if (request.commitment() != null && request.commitment().amount().compareTo(request.amountAssigned()) > 0) {
            throw References.unprocessable("commitment.amount", "must not exceed the amount assigned " + request.amountAssigned(),
                    "The commitment of " + request.commitment().amount() + " exceeds the " + request.amountAssigned()
                            + " assigned: committed never exceeds assigned.");
        }
    }

    private static BigDecimal money(Object value) {
        return ((BigDecimal) value).setScale(2);
    }
}
