package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.Versioned;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.funding.AllocationState;
import it.toscana.monitoring.events.funding.AllocationStateV2;
import it.toscana.monitoring.events.funding.PaymentState;
import it.toscana.monitoring.events.territory.MunicipalityState;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.events.territory.CommunityKind;
import it.toscana.monitoring.events.territory.CommunityState;
import it.toscana.monitoring.events.territory.TerritoryEvents;
import it.toscana.monitoring.testsupport.TopicReader;

/** Writes events into the real topics as the services would, and waits until the gateway applied them. */
final class EventFeed {

    static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);
    private static final String MARKERS = "zz-markers";

    private EventFeed() {
    }

    /** An event as its owning service writes it (the gateway drops events whose source is not their topic's owner). */
    static CloudEvent event(String type, Versioned state, Instant time) {
        String source = Topics.OWNERS.values().stream().filter(owner -> type.startsWith(owner.typePrefix())).findFirst()
                .orElseThrow().source();
        CloudEvent event = CloudEvent.of(source, type, state.aggregateId(), EventJson.mapper().valueToTree(state));
        return new CloudEvent(event.specversion(), event.id(), event.source(), event.type(), event.subject(),
                time == null ? event.time() : time, event.datacontenttype(), event.data());
    }

    static void send(String topic, CloudEvent event) {
        TopicReader.send(topic, event.subject(), json(event));
    }

    /** Sends the events to one partition as one record batch, so that the gateway applies them in one transaction. */
    static void sendAsOneBatch(String topic, CloudEvent... events) {
        TopicReader.sendAsOneBatch(topic, 0, Stream.of(events).map(event -> Map.entry(event.subject(), json(event))).toList());
    }

    static CloudEvent community(String code, String name, long version) {
        CloudEvent event = event(TerritoryEvents.COMMUNITY_UPSERTED,
                new CommunityState(code, name, CommunityKind.COMUNITA_MONTANA, List.of("GR"), null, null, null, version), null);
        send(Topics.TERRITORY, event);
        return event;
    }

    static void awaitCommunity(String code) {
        await().atMost(VISIBLE_WITHIN).until(() -> given().get("/api/v1/communities/" + code + "/totals").statusCode() == 200);
    }

    /**
     * Sends a marker to every partition of the topic behind what was sent before, and waits until
     * all of them are visible: partitions are applied in order, so everything before them was too.
     * Each call marks a community of its own, so markers replayed by a rebuild cannot be mistaken for its own.
     */
    static void settle(String topic) {
        String markers = MARKERS + "-" + UUID.randomUUID().toString().substring(0, 8);
        community(markers, "Markers", 0);
        awaitCommunity(markers);
        for (int partition = 0; partition < Topics.PARTITIONS; partition++) {
            CloudEvent marker = marker(topic, markers);
            TopicReader.send(topic, partition, marker.subject(), json(marker));
        }
        await().atMost(VISIBLE_WITHIN).until(() -> markerCount(topic, markers) == Topics.PARTITIONS);
    }

    private static CloudEvent marker(String topic, String markers) {
        String id = "marker-" + UUID.randomUUID();
        return switch (topic) {
            case Topics.FUNDING -> event(FundingEvents.ALLOCATION_UPSERTED, allocation(id, markers, "VOIP",
                    AllocationState.Section.LOCAL_PROGRAMME, "0.00", "0.00", 0), null);
            case Topics.DEPLOYMENT -> event(DeploymentEvents.PAAS_POINT_UPSERTED, paasPoint(id, markers, "000000", 0, 0,
                    PaasPointState.Status.OPEN, 0), null);
            default -> throw new IllegalArgumentException(topic);
        };
    }

    private static long markerCount(String topic, String markers) {
        String path = Topics.FUNDING.equals(topic) ? "money.allocations" : "paas.points";
        Long count = given().get("/api/v1/communities/" + markers + "/totals").then().extract().jsonPath()
                .getObject(path, Long.class);
        return count == null ? 0 : count; // no marker yet: not known, i.e. none
    }

    static AllocationState allocation(String id, String community, String line, AllocationState.Section section,
            String assigned, String paid, long version) {
        BigDecimal assignedAmount = new BigDecimal(assigned);
        BigDecimal paidAmount = new BigDecimal(paid);
        return new AllocationState(id, null, community, line, "Project " + id, section,
                AllocationState.Category.INFRASTRUCTURE, assignedAmount, paidAmount, assignedAmount.subtract(paidAmount),
                true, List.of(), List.of("Deliberazione GR 916/06"), "2007-2010", null, null, null, version);
    }

    /** A v2 allocation dated by its act, with dated payments; equal shares over the municipalities it names. */
    static AllocationStateV2 allocationV2(String id, String community, AllocationStateV2.Detail detail, String assigned,
            LocalDate assignedOn, List<String> municipalities, long version, AllocationStateV2.PaymentEntry... payments) {
        BigDecimal assignedAmount = new BigDecimal(assigned);
        BigDecimal paid = List.of(payments).stream().map(AllocationStateV2.PaymentEntry::amount)
                .reduce(BigDecimal.valueOf(0, 2), BigDecimal::add);
        boolean lineTotal = detail == AllocationStateV2.Detail.LINE_TOTAL;
        return new AllocationStateV2(id, null, community, "VOIP", "Project " + id, AllocationState.Section.LOCAL_PROGRAMME,
                AllocationState.Category.INFRASTRUCTURE, detail, assignedAmount, lineTotal ? null : paid,
                lineTotal ? null : assignedAmount.subtract(paid), true, municipalities,
                municipalities.isEmpty() ? AllocationStateV2.ShareRule.NONE : AllocationStateV2.ShareRule.EQUAL,
                municipalities.stream().map(code -> new AllocationStateV2.MunicipalityShare(code, BigDecimal.ONE)).toList(),
                List.of(), "2007-2010", assignedOn, DateSource.STATED, List.of(payments), null, null, version, null, null);
    }

    /** {@code a} with a commitment (impegno). */
    static AllocationStateV2 withCommitment(AllocationStateV2 a, String amount, LocalDate on) {
        return new AllocationStateV2(a.id(), a.externalId(), a.communityCode(), a.fundingLineCode(), a.title(), a.section(),
                a.category(), a.detail(), a.amountAssigned(), a.amountPaid(), a.amountToPay(), a.communityParticipates(),
                a.municipalityIstatCodes(), a.shareRule(), a.municipalityShares(), a.legalActs(), a.programmePeriod(),
                a.assignedOn(), a.assignedOnSource(), a.payments(), a.notes(), a.source(), a.version(), a.cup(),
                new AllocationStateV2.Commitment("Decreto di impegno 1380/07", on, new BigDecimal(amount)));
    }

    static AllocationStateV2.PaymentEntry payment(String id, String amount, LocalDate on) {
        return new AllocationStateV2.PaymentEntry(id, on, DateSource.STATED, new BigDecimal(amount),
                PaymentState.Kind.TRANCHE);
    }

    static void municipality(String istatCode, String name, String province) {
        CloudEvent event = event(TerritoryEvents.MUNICIPALITY_UPSERTED,
                new MunicipalityState(istatCode, name, province, 1000, null, List.of(), 0), null);
        send(Topics.TERRITORY, event);
    }

    static PaasPointState paasPoint(String id, String community, String istat, long users, long accesses,
            PaasPointState.Status status, long version) {
        return new PaasPointState(id, community, istat, "PAAS " + id, PaasPointState.SiteType.LIBRARY, List.of(), status,
                null, null, users, accesses, false, null, version);
    }

    static String json(CloudEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
