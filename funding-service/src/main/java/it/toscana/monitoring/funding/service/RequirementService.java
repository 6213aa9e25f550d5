package it.toscana.monitoring.funding.service;

import it.toscana.monitoring.funding.api.RequirementRequest;
import it.toscana.monitoring.funding.api.RequirementStatusRequest;
import it.toscana.monitoring.funding.domain.MandatoryRequirement;
import it.toscana.monitoring.funding.domain.RequirementStatus;
import it.toscana.monitoring.funding.mapping.RequirementMapper;
import it.toscana.monitoring.platform.aggregate.Upserted;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.rest.Page;
import it.toscana.monitoring.platform.rest.Conditions;
import it.toscana.monitoring.platform.rest.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class RequirementService {

    @Inject
    KeyedStore store;

    @Inject
    References references;

    @Transactional
    public Upserted<MandatoryRequirement> put(String code, RequirementRequest request, String ifMatch) {
        return store.put(RequirementMapper.REQUIREMENT, code, ifMatch, () -> new MandatoryRequirement(code),
                requirement -> {
                    requirement.description = request.description().strip();
                    requirement.source = request.source();
                });
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        MandatoryRequirement requirement = store.lock(RequirementMapper.REQUIREMENT, code);
        if (RequirementStatus.count("requirementCode", code) > 0) {
            throw ProblemException.conflict("Communities have a status against requirement " + code + ".");
        }
        store.delete(RequirementMapper.REQUIREMENT, requirement, ifMatch);
    }

    public MandatoryRequirement get(String code) {
        return store.get(RequirementMapper.REQUIREMENT, code);
    }

    public Page<MandatoryRequirement> list(PageParams page) {
        return store.page(RequirementMapper.REQUIREMENT, new Conditions(), page);
    }

    @Transactional
    public Upserted<RequirementStatus> putStatus(String communityCode, String requirementCode,
            RequirementStatusRequest request, String ifMatch) {
        references.check().community("communityCode", communityCode).orRefuse();
        if (MandatoryRequirement.findById(requirementCode) == null) {
            throw References.unprocessable("requirementCode", "unknown mandatory requirement " + requirementCode,
                    "No mandatory requirement has code " + requirementCode + ".");
        }
        return store.put(RequirementMapper.STATUS, RequirementStatus.idOf(communityCode, requirementCode), ifMatch,
                () -> new RequirementStatus(communityCode, requirementCode), status -> {
                    status.met = request.met();
                    status.assessedOn = request.assessedOn();
                    status.note = request.note();
                    status.source = request.source();
                });
    }

    @Transactional
    public void deleteStatus(String communityCode, String requirementCode, String ifMatch) {
        RequirementStatus status = store.lock(RequirementMapper.STATUS, RequirementStatus.idOf(communityCode,
                requirementCode));
        store.delete(RequirementMapper.STATUS, status, ifMatch);
    }

    public RequirementStatus getStatus(String communityCode, String requirementCode) {
        return store.get(RequirementMapper.STATUS, RequirementStatus.idOf(communityCode, requirementCode));
    }

    public Page<RequirementStatus> statuses(String communityCode, String requirementCode, Boolean met, PageParams page) {
        return store.page(RequirementMapper.STATUS, new Conditions().equal("communityCode", communityCode)
                .equal("requirementCode", requirementCode).equal("met", met), page);
    }
}
