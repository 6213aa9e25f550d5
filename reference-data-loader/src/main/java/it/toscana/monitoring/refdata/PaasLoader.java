package it.toscana.monitoring.refdata;

import static it.toscana.monitoring.refdata.Fields.date;
import static it.toscana.monitoring.refdata.Fields.integer;
import static it.toscana.monitoring.refdata.Fields.joinNonNull;
import static it.toscana.monitoring.refdata.Fields.limit;
import static it.toscana.monitoring.refdata.Fields.reference;
import static it.toscana.monitoring.refdata.Fields.text;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import it.toscana.monitoring.client.model.ClosureReason;
import it.toscana.monitoring.client.model.PaasPointRequest;
import it.toscana.monitoring.client.model.PaasPointStatus;
import it.toscana.monitoring.client.model.SiteType;
import it.toscana.monitoring.client.model.UsageReportRequest;
import it.toscana.monitoring.refdata.DocumentDates.Dated;

import it.toscana.monitoring.refdata.GatewayClient.Reply;

/**
 * PAAS points into deployment-service, one per point the booklet counts, each with the status it
 * prints as of the booklet's date; and one usage report per municipality for the dataset's usage
 * period, on its first open point (a figure printed for several points together).
 */
final class PaasLoader extends SectionLoader {

    private static final List<String> SITE_TYPES = List.of("LIBRARY", "YOUTH_CENTRE", "TOWN_HALL", "ASSOCIATION_SEAT");
    private static final String CLOSED = "CLOSED_";

    PaasLoader(Dataset dataset, DocumentDates dates, RecordWriter writer) {
        super(dataset, dates, writer);
    }

    void load(JsonNode paas) {
        for (JsonNode row : paas.path("points")) {
            String municipality = row.path("municipality").asText();
            String istat = dataset.istatOf(municipality);
            JsonNode points = row.path("points");
            String usagePointId = null;
            for (int i = 0; i < points.size(); i++) {
                Reply reply = writer.createOrReplaceListed("paas-point", "paas-point:" + istat + ":" + (i + 1), "/api/v1/paas-points",
                        "municipality=" + istat, point(row, points, i, istat), "name");
                if (reply.ok()) {
                    String community = row.path("communityCode").asText();
                    String resolved = reply.body().path("communityCode").asText(null);
                    if (!community.equals(resolved)) {
                        writer.summary().refuse("paas-point-community", istat + ":" + (i + 1),
                                "deployment-service recorded community " + resolved + " instead of " + community);
                    }
                    if (usagePointId == null && "OPEN".equals(points.path(i).path("status").asText())) {
                        usagePointId = reply.body().path("id").asText();
                    }
                }
            }
            reportUsage(row, paas.path("usageReportPeriod"), istat, usagePointId);
        }
    }

    private PaasPointRequest point(JsonNode row, JsonNode points, int i, String istat) {
        String municipality = row.path("municipality").asText();
        JsonNode point = points.path(i);
        String status = point.path("status").asText();
        ClosureReason closureReason = null;
        if (status.startsWith(CLOSED)) {
            closureReason = ClosureReason.fromValue(status.substring(CLOSED.length()));
            status = "CLOSED";
        }
        String siteType = text(point, "siteType");
        if (siteType != null && !SITE_TYPES.contains(siteType)) {
            siteType = "OTHER";
        }
        String notes = joinNonNull("Status printed: " + text(row, "statusPrinted"), text(row, "note"));
        if (points.size() > 1) {
            notes = joinNonNull(notes, "One of " + points.size() + " points in " + municipality
                    + "; the booklet prints one status line and one users/accesses figure for them all.");
        }
        // The booklet prints each status as it stands on its date, not when the point took it.
        Dated statusSince = dates.documentDate(row.path("source"));
        PaasPointRequest request = new PaasPointRequest().istatCode(istat)
                .name(Objects.requireNonNullElse(text(point, "name"), "PAAS " + municipality + (points.size() > 1 ? " " + (i + 1) : "")))
                .siteType(siteType == null ? null : SiteType.fromValue(siteType)).siteDescription(text(row, "siteTypesPrinted"))
                .associationCount(i == 0 ? integer(row.path("associationsInvolved")) : null)
                .status(PaasPointStatus.fromValue(status)).closureReason(closureReason)
                .statusSince(statusSince.on()).statusSinceSource(statusSince.source()).notes(limit(notes, 4000))
                .source(reference(row.path("source")));
        return request;
    }

    private void reportUsage(JsonNode row, JsonNode period, String istat, String pointId) {
        if (!row.path("registeredUsers").isNumber()) {
            return;
        }
        if (pointId == null) {
            writer.summary().refuse("paas-usage-report", istat, "no open PAAS point to report " + row.path("registeredUsers")
                    + " users on");
            return;
        }
        String notes = joinNonNull(text(row, "partialNote"), text(period, "note"));
        int points = row.path("points").size();
        if (points > 1) {
            notes = joinNonNull("Figures printed for all " + points + " points of " + row.path("municipality").asText()
                    + " together; reported on the first open one.", notes);
        }
        UsageReportRequest report = new UsageReportRequest().periodStart(date(period, "start")).periodEnd(date(period, "end"))
                .registeredUsers(row.path("registeredUsers").asLong()).accesses(row.path("accesses").asLong())
                .partial(row.path("partial").asBoolean()).correction(false).notes(limit(notes, 4000))
                .source(reference(row.path("source")));
        writer.create("paas-usage-report", "paas-usage:" + istat + ":" + text(period, "end"), "/api/v1/paas-points/" + pointId
                + "/usage-reports", report, r -> r.status() == 409);
    }
}
