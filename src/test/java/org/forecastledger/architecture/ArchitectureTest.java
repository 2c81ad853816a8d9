package org.forecastledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house in layers (README, Architecture): plumbing at the bottom, the ledger core on it, features on top; no
 * cycle between the packages; a feature reaches into another only along the few edges named here.
 */
class ArchitectureTest {

    static final String ROOT = "org.forecastledger";
    static final List<String> PLUMBING = List.of("web", "cluster", "account");
    /** Bottom first: transport, HTTP, accounts. */
    static final List<String> PLUMBING_ORDER = List.of("cluster", "web", "account");
    /** Bottom first: each may use the ones before it. The seed file format reads and writes claims, so it is last. */
    static final List<String> CORE = List.of("ledger", "verdict", "document", "claim", "seedformat");
    static final List<String> FEATURES = List.of("comparison", "scoring", "review", "ingest", "health", "export",
            "seed", "backup");
    /** The only edges between features: the dashboard shows the scoreboard; seed files carry health explanations. */
    static final Map<String, Set<String>> FEATURE_EDGES = Map.of("comparison", Set.of("scoring"),
            "seed", Set.of("health"));

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void everyPackageIsInALayer() {
        List<String> packages = classes.stream().map(javaClass -> javaClass.getPackageName())
                .filter(name -> name.startsWith(ROOT + "."))
                .map(name -> name.substring(ROOT.length() + 1).split("\\.")[0])
                .distinct().sorted().toList();
        assertThat(packages).isNotEmpty()
                .allSatisfy(name -> assertThat(PLUMBING.contains(name) || CORE.contains(name)
                        || FEATURES.contains(name)).as("package %s has a layer", name).isTrue());
    }

    @Test
    void noCycleBetweenTopLevelPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void importsPointDownTheLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Plumbing").definedBy(packages(PLUMBING, ROOT))
                .layer("Core").definedBy(packages(CORE))
                .layer("Features").definedBy(packages(FEATURES))
                .whereLayer("Features").mayNotBeAccessedByAnyLayer()
                .whereLayer("Core").mayOnlyBeAccessedByLayers("Features")
                .whereLayer("Plumbing").mayOnlyBeAccessedByLayers("Core", "Features")
                .check(classes);
    }

    @Test
    void theCorePackagesStackInOrder() {
        stackInOrder(CORE, "core");
    }

    @Test
    void plumbingPackagesStackInOrder() {
        stackInOrder(PLUMBING_ORDER, "plumbing");
    }

    /** Each package of {@code order} (bottom first) imports none of the packages after it. */
    private static void stackInOrder(List<String> order, String layer) {
        for (int i = 0; i < order.size() - 1; i++) {
            List<String> above = order.subList(i + 1, order.size());
            noClasses().that().resideInAPackage(ROOT + "." + order.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packages(above))
                    .because(order.get(i) + " sits below " + above + " in the " + layer)
                    .check(classes);
        }
    }

    @Test
    void aFeatureReachesIntoAnotherOnlyAlongTheNamedEdges() {
        for (String feature : FEATURES) {
            List<String> others = FEATURES.stream().filter(other -> !other.equals(feature))
                    .filter(other -> !FEATURE_EDGES.getOrDefault(feature, Set.of()).contains(other)).toList();
            EvaluationResult result = noClasses().that().resideInAPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packages(others))
                    .because("a feature hears of changes through core events, not by calling another feature")
                    .evaluate(classes);
            assertThat(result.hasViolation()).as(String.join("\n", result.getFailureReport().getDetails()))
                    .isFalse();
        }
    }

    private static String[] packages(List<String> names, String... exact) {
        return java.util.stream.Stream.concat(names.stream().map(name -> ROOT + "." + name + ".."),
                java.util.Arrays.stream(exact)).toArray(String[]::new);
    }
}
