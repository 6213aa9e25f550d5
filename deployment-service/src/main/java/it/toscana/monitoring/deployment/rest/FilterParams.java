package it.toscana.monitoring.deployment.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import it.toscana.monitoring.deployment.service.FactFilter;
import it.toscana.monitoring.platform.rest.Codes;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** {@code ?community=&municipality=&status=} on every collection; use with {@code @BeanParam @Valid}. */
public class FilterParams {

    @QueryParam("community")
    @Parameter(description = "Community code; matches facts recorded for it and facts about its current members")
    @Pattern(regexp = Codes.COMMUNITY, message = Codes.COMMUNITY_MESSAGE)
    public String community;

    @QueryParam("municipality")
    @Parameter(description = "ISTAT code of the municipality")
    @Pattern(regexp = Codes.ISTAT, message = Codes.ISTAT_MESSAGE)
    public String municipality;

    @QueryParam("status")
    @Parameter(description = "Status of the fact (for broadband: the citizens' coverage)")
    public String status;

    public FactFilter toFilter() {
        return toFilter(Map.of());
    }

    /** With the values asked of the kind's own filters, which are not parameters here: every collection shares these. */
    public FactFilter toFilter(Map<String, String> own) {
        return new FactFilter(community, municipality, status, own);
    }
}
