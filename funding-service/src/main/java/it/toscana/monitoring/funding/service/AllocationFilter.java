package it.toscana.monitoring.funding.service;

import it.toscana.monitoring.events.funding.AllocationState.Category;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import jakarta.ws.rs.QueryParam;

/** Query filters shared by the allocation list and its summary; every one is optional. */
public class AllocationFilter {

    @QueryParam("communityCode")
    public String communityCode;

    @QueryParam("fundingLineCode")
    public String fundingLineCode;

    @QueryParam("section")
    public Section section;

    @QueryParam("category")
    public Category category;

    /** ISTAT code of a participating municipality. */
    @QueryParam("municipality")
    public String municipality;

    @QueryParam("programmePeriod")
    public String programmePeriod;

    @QueryParam("externalId")
    public String externalId;

    Criteria criteria() {
        return new Criteria()
                .equal("communityCode", communityCode)
                .equal("fundingLineCode", fundingLineCode)
                .equal("section", section)
                .equal("category", category)
                .memberOf("municipalityIstatCodes", municipality)
                .equal("programmePeriod", programmePeriod)
                .equal("externalId", externalId);
    }
}
