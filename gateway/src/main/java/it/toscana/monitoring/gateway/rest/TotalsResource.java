package it.toscana.monitoring.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.toscana.monitoring.gateway.consume.ProjectionFeed;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.territory.ReplicaCommunity;
import it.toscana.monitoring.platform.territory.TerritoryReplica;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/communities/{code}/totals")
@Tag(name = "Totals")
@Produces(MediaType.APPLICATION_JSON)
public class TotalsResource {

    @Inject
    ProjectionFeed feed;

    @Inject
    TerritoryReplica territory;

    @GET
    @Operation(summary = "Live totals of one community, maintained from the services' events")
    @APIResponse(responseCode = "200", description = "The community's totals")
    @APIResponse(responseCode = "404", description = "No event has announced a community with this code")
    public CommunityTotals get(@PathParam("code") String code) {
        ReplicaCommunity community = territory.community(code)
                .orElseThrow(() -> ProblemException.notFound("No community with code " + code + "."));
        return new CommunityTotals(
                new CommunityTotals.Community(community.code, community.name, community.kind, community.version),
                CommunityTotals.Money.ZERO,
                community.lastEventTime,
                feed.lagByTopic());
    }
}
