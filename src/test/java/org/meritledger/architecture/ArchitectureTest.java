package org.meritledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure the README's Layout describes, checked on every build (ArchUnit, Apache-2.0: the
 * usual library for this, rules as plain Java). Rules that today's code does not yet meet
 * everywhere are frozen: the known violations are listed in {@code src/test/resources/archunit-store}
 * and only new ones fail; a fixed one drops out of the list.
 */
class ArchitectureTest {

    private static final String[] FEATURES = {
        "org.meritledger.personnel..",
        "org.meritledger.career..",
        "org.meritledger.record..",
        "org.meritledger.training..",
        "org.meritledger.rewards..",
        "org.meritledger.devices..",
        "org.meritledger.api.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.meritledger");
    }

    /** The ledger core is what an independent verifier needs: no framework, no database, no UI. */
    @Test
    void theLedgerCoreIsPure() {
        noClasses()
                .that()
                .resideInAPackage("org.meritledger.ledger.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta..",
                        "javax.persistence..",
                        "com.vaadin..",
                        "org.hibernate..",
                        "java.sql..",
                        "org.meritledger.ledger",
                        "org.meritledger.ledger.jpa..",
                        "org.meritledger.ledger.ui..",
                        "org.meritledger.base..",
                        "org.meritledger.security..")
                .because("the standalone verifier ships the core alone")
                .check(classes);
    }

    /** The award rule replay ships in the standalone verifier too: Java and the ledger core only. */
    @Test
    void theRuleReplayIsPure() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("org.meritledger.rewards.rules.replay..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.meritledger.rewards.rules.replay..", "org.meritledger.ledger.core..")
                .because("the standalone verifier replays the rules with the core and this package alone")
                .check(classes);
    }

    /** The shell, security and the ledger serve every feature and so may know none. */
    @Test
    void sharedPackagesKnowNoFeature() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage("org.meritledger.base..", "org.meritledger.security..", "org.meritledger.ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .because("features plug into the shell through @Menu, ShellBanner and ports, not the reverse");
        // no known exceptions left (security's LoginAccounts, PasswordChange, LocalePreference ports): not frozen
        rule.check(classes);
    }

    /** Views read models from application services; persistence stays behind them. */
    @Test
    void viewsDoNotTouchPersistence() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "..jpa..", "java.sql..")
                .because("a view calls its feature's application service and gets read models back")
                .check(classes);
    }

    /** Features talk through domain events, so no two top-level parts depend on each other in a circle. */
    @Test
    void topLevelPartsHaveNoCycles() {
        FreezingArchRule.freeze(
                        slices().matching("org.meritledger.(*)..").should().beFreeOfCycles())
                .check(classes);
    }

    /** The concepts inside training and rewards stand on their own or on each other one way. */
    @Test
    void conceptsInsideAFeatureHaveNoCycles() {
        FreezingArchRule.freeze(slices().matching("org.meritledger.training.(*)..")
                        .should()
                        .beFreeOfCycles())
                .check(classes);
        slices().matching("org.meritledger.rewards.(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }
}
