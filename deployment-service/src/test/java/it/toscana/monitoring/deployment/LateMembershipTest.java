package it.toscana.monitoring.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.deployment.domain.RolloutFact;
import it.toscana.monitoring.deployment.service.FactKind;
import it.toscana.monitoring.deployment.service.FactKinds;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.testsupport.TopicReader;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

/**
 * Territory events and deployment facts arrive in any order: a fact recorded for a municipality
 * whose membership has not reached the replica yet gets its community, as a new version with its
 * event, as soon as the membership arrives, so the gateway's per-community totals count it.
 */
@QuarkusTest
class LateMembershipTest {

    @Inject
    EntityManager entityManager;

    /** A fact entity missing from FactKinds.all() would keep its missing community for ever. */
    @Test
    void everyKindOfFactIsInTheRegistryOnce() {
        Set<Class<?>> entities = entityManager.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType)
                .filter(type -> RolloutFact.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers()))
                .collect(Collectors.toSet());
        List<Class<?>> registered = FactKinds.all().stream().<Class<?>>map(FactKind::type).toList();
        assertEquals(entities, Set.copyOf(registered));
        assertEquals(registered.size(), Set.copyOf(registered).size(), "a kind is registered twice: " + registered);
    }

    @Test
    void factsRecordedBeforeTheMembershipArrivesGetTheirCommunityWhenItDoes() {
        TerritoryFixture.Community community = TerritoryFixture.community("late-members", 0);
        String municipality = TerritoryFixture.municipalityWithoutCommunity("Comune in arrivo");
        String point = given().contentType(ContentType.JSON)
                .body("{\"istatCode\": \"%s\", \"status\": \"OPEN\", \"siteType\": \"LIBRARY\"}".formatted(municipality))
                .post("/api/v1/paas-points").then().statusCode(201).body("communityCode", nullValue())
                .extract().path("id");
        given().contentType(ContentType.JSON).body("{\"coverage\": \"NOT_COVERED\", \"unservableUsers\": 12}")
                .put("/api/v1/broadband/" + municipality).then().statusCode(201).body("communityCode", nullValue());
        String node = given().contentType(ContentType.JSON).body("""
                {"istatCode": "%s", "hostEntity": "Comune in arrivo", "hostEntityType": "MUNICIPALITY",
                 "status": "ACTIVE"}""".formatted(municipality))
                .post("/api/v1/nal-nodes").then().statusCode(201).body("communityCode", nullValue())
                .extract().path("id");
        assertTrue(DeploymentTopic.eventOf(point, 0).at("/data/communityCode").isNull());

        TerritoryFixture.join(municipality, community.code(), 0);

        given().get("/api/v1/paas-points/" + point).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("communityCode", equalTo(community.code()));
        given().get("/api/v1/broadband/" + municipality).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("communityCode", equalTo(community.code()));
        given().get("/api/v1/broadband/" + municipality + "/history").then().body("version", contains(0, 1));
        given().get("/api/v1/nal-nodes/" + node).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("communityCode", equalTo(community.code()));
        assertEquals(community.code(), DeploymentTopic.eventOf(point, 1).at("/data/communityCode").asText());
        assertEquals(community.code(), DeploymentTopic.eventOf(municipality, 1).at("/data/communityCode").asText());
        assertEquals(community.code(), DeploymentTopic.eventOf(node, 1).at("/data/communityCode").asText());
        given().queryParam("community", community.code()).get("/api/v1/paas-points")
                .then().body("items.id", contains(point));
    }

    @Test
    void factsRecordedAfterTheMembershipKeepTheirCommunityAndAreNotRepublished() {
        TerritoryFixture.Community community = TerritoryFixture.community("early-members", 1);
        String municipality = community.municipality(0);
        String point = given().contentType(ContentType.JSON)
                .body("{\"istatCode\": \"%s\", \"status\": \"OPEN\", \"siteType\": \"LIBRARY\"}".formatted(municipality))
                .post("/api/v1/paas-points").then().statusCode(201).body("communityCode", equalTo(community.code()))
                .extract().path("id");
        assertEquals(community.code(), DeploymentTopic.eventOf(point, 0).at("/data/communityCode").asText());

        // a newer version of the same membership: nothing to resolve, so no new version of the point
        TerritoryFixture.join(municipality, community.code(), 1);
        String marker = given().contentType(ContentType.JSON)
                .body("{\"communityCode\": \"%s\", \"entity\": \"CM\", \"status\": \"PLANNED\"}".formatted(community.code()))
                .post("/api/v1/voip-installations").then().statusCode(201).extract().path("id");
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Topics.DEPLOYMENT,
                record -> marker.equals(record.key()), Duration.ofSeconds(30));
        assertTrue(records.stream().noneMatch(record -> point.equals(record.key())
                && record.value().contains("\"version\":1")));
        given().get("/api/v1/paas-points/" + point).then().header("ETag", equalTo("\"0\""))
                .body("communityCode", equalTo(community.code()));
    }
}
