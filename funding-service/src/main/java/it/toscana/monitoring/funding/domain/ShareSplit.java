package it.toscana.monitoring.funding.domain;

import java.util.List;

import it.toscana.monitoring.events.funding.AllocationStateV2.MunicipalityShare;
import it.toscana.monitoring.events.funding.AllocationStateV2.ShareRule;

/**
 * How an allocation's money splits over municipalities: the rule and its weights, ordered by ISTAT code
 * (computed by the service's {@code MunicipalitySplit}).
 */
public record ShareSplit(ShareRule rule, List<MunicipalityShare> weights) {
}
