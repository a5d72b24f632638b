package vn.nguon;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Inject;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house's floors, held by ArchUnit over the back end ({@code ejb/}, {@code reports/}) and the
 * web tier together (both are on this module's test class path), so that the next feature cannot
 * break them by accident.
 * <pre>
 *   demo                         top floor: may import everything, nothing imports it
 *   features                     notification, documents, devices, reporting, broadcast (and their web/rest)
 *   audit → identity → org       the ground floor every feature may use
 *   shared, kernel               technical helpers; problem types and the one scope rule
 * </pre>
 * A feature imports the ground floor and itself; the three exceptions below are the only feature →
 * feature arrows, each one way.
 */
class ArchitectureTest {

    /** The ground floor: what every feature may import. */
    static final Set<String> GROUND = Set.of("kernel", "shared", "org", "identity", "audit");

    /**
     * Every feature, with the other features it may import and why. Adding a feature means adding
     * it here; an arrow not listed fails {@link #featuresImportOnlyTheGroundFloorAndThemselves}.
     */
    static final Map<String, Set<String>> FEATURES = Map.ofEntries(
            Map.entry("notification", Set.of("reporting", "sources", "feedback")), // observes the features' events to write notices
            Map.entry("documents", Set.of("reporting", "reports")), // a document is a report's official form; rendered by the reports module
            Map.entry("devices", Set.of()),
            Map.entry("reporting", Set.of()),
            Map.entry("broadcast", Set.of("devices")),         // dispatches to devices, implements DeviceBroadcasts
            Map.entry("users", Set.of()),                      // user administration over Keycloak
            Map.entry("sources", Set.of("broadcast")),         // a commune relays a library item as its own bulletin
            Map.entry("feedback", Set.of("broadcast")),        // citizens' feedback; a bulletin answers a group of it on the loudspeakers
            Map.entry("portal", Set.of("broadcast", "feedback")), // the citizens' portal shows what the units published
            Map.entry("dashboard", Set.of("documents")),       // reads the features' tables itself (a read model); signs its statement as a document
            Map.entry("operations", Set.of()));                // the operators' gauges: reads the features' tables itself (a read model)

    /** Every top-level package under vn.nguon, so that a new one is noticed. */
    static final Set<String> KNOWN = new TreeSet<>(List.of("kernel", "shared", "org", "identity", "audit", "demo",
            "web", "reports", "notification", "documents", "devices", "reporting", "broadcast", "users", "sources", "feedback", "portal", "dashboard", "operations"));

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.nguon");
        if (classes.stream().noneMatch(c -> c.getPackageName().startsWith("vn.nguon.reporting"))) {
            throw new IllegalStateException("the back end's classes are not on the class path");
        }
    }

    private static String[] packagesOf(Iterable<String> features) {
        List<String> out = new java.util.ArrayList<>();
        features.forEach(f -> out.add("vn.nguon." + f + ".."));
        return out.toArray(String[]::new);
    }

    @Test
    void everyTopLevelPackageIsKnown() {
        Set<String> found = new TreeSet<>();
        classes.forEach(c -> {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length > 2) {
                found.add(parts[2]);
            }
        });
        found.removeAll(KNOWN);
        if (!found.isEmpty()) {
            throw new AssertionError("new top-level packages " + found + ": add them to ArchitectureTest's floors");
        }
    }

    @Test
    void theKernelImportsNothingOfNguonAndNoJakarta() {
        noClasses().that().resideInAPackage("vn.nguon.kernel..")
                .should().dependOnClassesThat().resideOutsideOfPackages("vn.nguon.kernel..", "java..")
                .because("the kernel is the ground floor: plain Java, no container, no feature")
                .check(classes);
    }

    @Test
    void theGroundFloorImportsNoFeature() {
        Set<String> above = new TreeSet<>(KNOWN);
        above.removeAll(Set.of("kernel", "shared", "org", "identity", "audit"));
        // each floor of the ground only imports the floors below it
        Map<String, Set<String>> below = Map.of(
                "org", Set.of("kernel"),
                "shared", Set.of("kernel", "org"),
                "identity", Set.of("kernel", "shared", "org"),
                "audit", Set.of("kernel", "shared", "org", "identity"));
        below.forEach((floor, allowed) -> {
            Set<String> forbidden = new TreeSet<>(KNOWN);
            forbidden.remove(floor);
            forbidden.removeAll(allowed);
            noClasses().that().resideInAPackage("vn.nguon." + floor + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packagesOf(forbidden))
                    .because(floor + " is ground floor: it may import only " + allowed)
                    .check(classes);
        });
    }

    @Test
    void featuresImportOnlyTheGroundFloorAndThemselves() {
        FEATURES.forEach((feature, exceptions) -> {
            Set<String> forbidden = new TreeSet<>(KNOWN);
            forbidden.removeAll(GROUND);
            forbidden.remove(feature);
            forbidden.removeAll(exceptions);
            forbidden.remove("web"); // the web tier's own kernel (Messages, Times), checked below
            noClasses().that().resideInAPackage("vn.nguon." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packagesOf(forbidden))
                    .because(feature + " may import the ground floor, itself and " + exceptions)
                    .check(classes);
        });
    }

    @Test
    void theWebTiersKernelImportsNoFeature() {
        Set<String> forbidden = new TreeSet<>(FEATURES.keySet());
        forbidden.add("demo");
        noClasses().that().resideInAPackage("vn.nguon.web..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(forbidden))
                .because("vn.nguon.web holds what every page shares (bundles, times, the API's error mapping)")
                .check(classes);
    }

    @Test
    void nothingImportsTheDemoData() {
        noClasses().that().resideOutsideOfPackage("vn.nguon.demo..")
                .should().dependOnClassesThat().resideInAPackage("vn.nguon.demo..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("vn.nguon.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void domainPackagesUseJakartaOnlyForTheirEntitiesMapping() {
        classes().that().resideInAPackage("..domain..")
                .should(useJakartaOnlyForEntityMapping())
                .because("a domain is plain Java: jakarta.persistence only maps entities (@Entity, @Embeddable),"
                        + " nothing else of Jakarta (no EJB, CDI, JMS, JSON, REST) enters it")
                .check(classes);
    }

    private static ArchCondition<JavaClass> useJakartaOnlyForEntityMapping() {
        return new ArchCondition<>("use jakarta.persistence only as an entity's mapping, and nothing else of Jakarta") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean entity = item.isAnnotatedWith(Entity.class) || item.isAnnotatedWith(Embeddable.class);
                item.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().getPackageName().startsWith("jakarta."))
                        .filter(d -> !(entity && d.getTargetClass().getPackageName().startsWith("jakarta.persistence")))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(item, d.getDescription())));
            }
        };
    }

    @Test
    void webViewsDoNotUseRestDtos() {
        noClasses().that().resideInAPackage("..web")
                .should().dependOnClassesThat().resideInAPackage("..rest")
                .because("a page maps its form to the application's commands itself, never through the JSON API's DTOs")
                .check(classes);
    }

    @Test
    void noTransientInjectionInSerialisableScopes() {
        ArchRule rule = fields().that().areAnnotatedWith(Inject.class)
                .should().notHaveModifier(JavaModifier.TRANSIENT)
                .because("a transient injected field is null after a session is passivated or replicated;"
                        + " Weld makes injected session beans and normal-scoped beans serialisable");
        rule.check(classes);
    }
}
