package it.toscana.monitoring.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=50&sort=field,-other} on every collection; use with {@code @BeanParam @Valid}. */
public class PageParams {

    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    public int size;

    /** Comma-separated field names, {@code -} for descending; each collection says which fields it sorts by. */
    @QueryParam("sort")
    public String sort;

    public int offset() {
        return page * size;
    }
}
