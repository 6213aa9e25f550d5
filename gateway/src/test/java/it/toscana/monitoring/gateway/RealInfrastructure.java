package it.toscana.monitoring.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import it.toscana.monitoring.testsupport.JwtTestResource;
import it.toscana.monitoring.testsupport.KafkaTestResource;
import it.toscana.monitoring.testsupport.PostgresTestResource;

/** Every test of this module runs against a real broker and a fresh PostgreSQL database. */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
