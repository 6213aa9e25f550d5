package it.toscana.monitoring.deployment.mapping;

import it.toscana.monitoring.deployment.api.InterProRequest;
import it.toscana.monitoring.deployment.domain.InterProStatus;
import it.toscana.monitoring.events.deployment.InterProStateV2;

public final class InterProMapper {

    private InterProMapper() {
    }

    public static void apply(InterProRequest request, InterProStatus interPro) {
        interPro.communityCode = request.communityCode();
        interPro.istatCode = request.istatCode();
        interPro.entity = request.entity().strip();
        interPro.entityType = request.entityType();
        interPro.status = request.status();
        interPro.messagesExchanged = request.messagesExchanged();
        interPro.messagesPeriod = request.messagesPeriod();
        Provenance.copy(request.notes(), request.source(), interPro);
    }

    public static InterProRequest toRequest(InterProStatus interPro) {
        return new InterProRequest(interPro.communityCode, interPro.istatCode, interPro.entity, interPro.entityType,
                interPro.status, interPro.messagesExchanged, interPro.messagesPeriod, interPro.notes,
                Provenance.source(interPro), interPro.resolvedSince(), interPro.sinceSource);
    }

    /** The event counts no messages where none were reported. */
    public static InterProStateV2 toState(InterProStatus interPro, long version) {
        return new InterProStateV2(interPro.id, interPro.communityCode, interPro.entity, interPro.istatCode,
                interPro.status, interPro.messagesExchanged == null ? 0 : interPro.messagesExchanged,
                interPro.messagesPeriod, interPro.resolvedSince(), interPro.sinceSource, version);
    }
}
