package it.toscana.monitoring.deployment.mapping;

import it.toscana.monitoring.deployment.api.JusticeOfficeRequest;
import it.toscana.monitoring.deployment.domain.JusticeOffice;
import it.toscana.monitoring.events.deployment.JusticeOfficeStateV2;

public final class JusticeOfficeMapper {

    private JusticeOfficeMapper() {
    }

    public static void apply(JusticeOfficeRequest request, JusticeOffice office) {
        office.communityCode = request.communityCode();
        office.istatCode = request.istatCode();
        office.office = request.office().strip();
        office.status = request.status();
        office.activation = request.activation();
        office.magistrates = request.magistrates();
        office.lawyers = request.lawyers();
        office.accesses = request.accesses();
        office.accessesSince = request.accessesSince();
        office.target = request.target();
        Provenance.copy(request.notes(), request.source(), office);
    }

    public static JusticeOfficeRequest toRequest(JusticeOffice office) {
        return new JusticeOfficeRequest(office.communityCode, office.istatCode, office.office, office.status,
                office.activation, office.magistrates, office.lawyers, office.accesses, office.accessesSince,
                office.target, office.notes, Provenance.source(office), office.resolvedSince(), office.sinceSource);
    }

    public static JusticeOfficeStateV2 toState(JusticeOffice office, long version) {
        return new JusticeOfficeStateV2(office.id, office.communityCode, office.istatCode, office.office, office.status,
                office.activation, office.magistrates, office.lawyers, office.accesses, office.accessesSince,
                office.target, office.notes, Provenance.source(office), office.resolvedSince(), office.sinceSource,
                version);
    }
}
