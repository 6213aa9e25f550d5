package it.toscana.monitoring.funding.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import it.toscana.monitoring.events.funding.AllocationState.Category;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.events.funding.AllocationStateV2.Detail;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.QueryValues;
import jakarta.ws.rs.QueryParam;

/**
 * Query filters shared by the allocation list and its summary; every one is optional. Enum filters
 * are read as text so that an unknown value is a 400 naming the parameter, not a 404.
 */
public class AllocationFilter {

    @QueryParam("communityCode")
    public String communityCode;

    @QueryParam("fundingLineCode")
    public String fundingLineCode;

    @QueryParam("section")
    @Parameter(schema = @Schema(implementation = Section.class))
    public String section;

    @QueryParam("category")
    @Parameter(schema = @Schema(implementation = Category.class))
    public String category;

    @QueryParam("detail")
    @Parameter(description = "PROJECT or LINE_TOTAL (a summary table's line total, whose payments are not known)",
            schema = @Schema(implementation = Detail.class))
    public String detail;

    /** ISTAT code of a participating municipality. */
    @QueryParam("municipality")
    public String municipality;

    @QueryParam("programmePeriod")
    public String programmePeriod;

    @QueryParam("externalId")
    public String externalId;

    Conditions conditions() {
        return new Conditions()
                .equal("communityCode", communityCode)
                .equal("fundingLineCode", fundingLineCode)
                .equal("section", QueryValues.enumValue("section", section, Section.class))
                .equal("category", QueryValues.enumValue("category", category, Category.class))
                .equal("detail", QueryValues.enumValue("detail", detail, Detail.class))
                .memberOf("municipalityIstatCodes", municipality)
                .equal("programmePeriod", programmePeriod)
                .equal("externalId", externalId);
    }
}
