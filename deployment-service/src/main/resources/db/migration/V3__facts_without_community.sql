-- Every change to a municipality or membership in the territory replica looks for facts about that
-- municipality still waiting for their community (see MissingCommunities): small partial indexes,
-- since nearly every fact has its community.
CREATE INDEX broadband_without_community ON broadband (istat_code) WHERE community_code IS NULL;
CREATE INDEX nal_node_without_community ON nal_node (istat_code) WHERE community_code IS NULL;
CREATE INDEX interpro_status_without_community ON interpro_status (istat_code) WHERE community_code IS NULL;
CREATE INDEX paas_point_without_community ON paas_point (istat_code) WHERE community_code IS NULL;
CREATE INDEX telecentre_without_community ON telecentre (istat_code) WHERE community_code IS NULL;
CREATE INDEX voip_installation_without_community ON voip_installation (istat_code) WHERE community_code IS NULL;
CREATE INDEX fore_gov_adhesion_without_community ON fore_gov_adhesion (istat_code) WHERE community_code IS NULL;
CREATE INDEX justice_office_without_community ON justice_office (istat_code) WHERE community_code IS NULL;
