package it.toscana.monitoring.refdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The files of {@code reference-data/}, read with exact decimals, and the territory names they use. */
final class Dataset {

    private final Path folder;
    private final ObjectMapper json = Fields.mapper();
    private final Map<String, String> istatByName = new LinkedHashMap<>();
    private final Map<String, List<String>> membersByCommunity = new LinkedHashMap<>();
    private final Map<String, String> communityNames = new LinkedHashMap<>();

    Dataset(Path folder) throws IOException {
        this.folder = folder;
        for (JsonNode c : read("communities.json")) {
            communityNames.put(c.path("code").asText(), c.path("name").asText());
        }
        for (JsonNode m : read("municipalities.json")) {
            istatByName.put(m.path("name").asText(), m.path("istatCode").asText());
            membersByCommunity.computeIfAbsent(m.path("communityCode").asText(), k -> new ArrayList<>())
                    .add(m.path("istatCode").asText());
        }
    }

    JsonNode read(String file) throws IOException {
        return json.readTree(Files.readAllBytes(folder.resolve(file)));
    }

    /** The ISTAT code of a municipality named in the dataset; a name it does not know is a dataset error. */
    String istatOf(String municipality) {
        String istat = istatByName.get(municipality);
        if (istat == null) {
            throw new IllegalStateException("reference-data names a municipality not in municipalities.json: " + municipality);
        }
        return istat;
    }

    boolean isMunicipality(String name) {
        return istatByName.containsKey(name);
    }

    String communityName(String code) {
        return communityNames.get(code);
    }

    Set<String> communityCodes() {
        return communityNames.keySet();
    }

    List<String> membersOf(String community) {
        return membersByCommunity.getOrDefault(community, List.of());
    }
}
