package it.toscana.monitoring.gateway.proxy;

import java.util.Locale;
import java.util.regex.Pattern;

import io.vertx.ext.web.Router;
import it.toscana.monitoring.platform.problem.ProblemType;
import it.toscana.monitoring.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A public path is routed only as it was written: one with dot segments, empty segments or encoded
 * separators could be normalised differently here and in the service it is forwarded to (and so
 * reach a path no route names, such as a service's {@code /q/metrics}), so it is refused with 400.
 * Checked on the raw request line, before the router normalises it.
 */
@ApplicationScoped
public class RoutablePaths {

    /** {@code ..} or {@code .} as a segment, {@code //}, a backslash, or an encoded dot, slash or backslash. */
    private static final Pattern UNROUTABLE = Pattern.compile("(^|/)\\.{1,2}(/|$)|//|\\\\|%2e|%2f|%5c");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String raw = context.request().uri();
            int query = raw.indexOf('?');
            String path = query < 0 ? raw : raw.substring(0, query);
            if (!path.startsWith("/api/") || !UNROUTABLE.matcher(path.toLowerCase(Locale.ROOT)).find()) {
                context.next();
                return;
            }
            Problems.send(context.response(), ProblemType.INVALID_PATH,
                    "Paths with '.' or '..' segments, empty segments ('//') or encoded separators are not routed.", path);
        });
    }
}
