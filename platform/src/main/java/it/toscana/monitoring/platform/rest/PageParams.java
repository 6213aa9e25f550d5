package it.toscana.monitoring.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=0&size=50&sort=field,-other} on every collection; use with {@code @BeanParam @Valid}.
 * A value that is not a whole number in range is refused before conversion by {@link PageQueryCheck}.
 */
public class PageParams {

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
    @QueryParam("sort")
    public String sort;

    /** Never overflows: page ≤ {@link #MAX_PAGE} and size ≤ {@link #MAX_SIZE}. */
    public int offset() {
        return page * size;
    }
}
