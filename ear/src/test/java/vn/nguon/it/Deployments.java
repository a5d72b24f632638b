package vn.nguon.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.Arrays;
import java.util.Objects;

/**
 * The one place that builds test deployments, from what the build really produced
 * ({@code target/nguon}, the EAR's working directory): never a hand-picked list of classes.
 */
public final class Deployments {

    private Deployments() {
    }

    private static File earDir() {
        return new File(Objects.requireNonNull(System.getProperty("nguon.ear.dir"), "nguon.ear.dir"));
    }

    /**
     * The back end (the EJB module and the EAR's libraries) in a WAR with the given test classes,
     * for tests that run inside the server and call the services directly.
     */
    public static WebArchive backend(String name, Class<?>... testClasses) {
        File dir = earDir();
        File[] libs = Objects.requireNonNull(new File(dir, "lib").listFiles((d, n) -> n.endsWith(".jar")));
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(new File(dir, "nguon-ejb.jar"))
                .addAsLibraries(libs)
                .addClasses(testClasses)
                .addClass(Deployments.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                          <deployment><dependencies>
                            <module name="org.wildfly.security.elytron-http-oidc"/>
                          </dependencies></deployment>
                        </jboss-deployment-structure>"""), "jboss-deployment-structure.xml");
        Arrays.stream(testClasses).forEach(c -> war.addPackage(c.getPackage()));
        return war;
    }

    /** The real application, as built. */
    public static EnterpriseArchive application() {
        File ear = new File(Objects.requireNonNull(System.getProperty("nguon.ear"), "nguon.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
