package it.toscana.monitoring.platform.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=0&size=50&sort=field,-other&updatedSince=…} on every collection; use with {@code @BeanParam @Valid},
 * and page with {@link Listing}. A page or size that is not a whole number in range is refused before
 * conversion by {@link PageQueryCheck}.
 */
public class PageParams {

    public static final String SORT = "sort";
    public static final String UPDATED_SINCE = "updatedSince";
    public static final int MAX_SIZE = 500;
    /** The last page at the largest size whose offset still fits an int: past it, {@code page * size} would overflow. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    public int size;

    /** Comma-separated field names, {@code -} for descending; each collection says which fields it sorts by. */
    @QueryParam(SORT)
    public String sort;

    /** Read as text so that a malformed instant is a 400 naming the parameter (see {@link QueryValues#instant}). */
    @QueryParam(UPDATED_SINCE)
    @Parameter(description = "Only the items changed at or after this ISO-8601 instant (e.g. 2026-11-28T06:00:00Z),"
            + " oldest change first unless sort says otherwise: for a full resync, page through from the instant of"
            + " the previous one. Deletions are not listed; the change feed and the events carry them.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    /** These parameters with {@code sort} where the caller gave none: for a collection listed newest first, say. */
    public PageParams sortedByDefault(String sort) {
        if (this.sort == null || this.sort.isBlank()) {
            this.sort = sort;
        }
        return this;
    }

    /** Never overflows: page ≤ {@link #MAX_PAGE} and size ≤ {@link #MAX_SIZE}. */
    public int offset() {
        return page * size;
    }
}
