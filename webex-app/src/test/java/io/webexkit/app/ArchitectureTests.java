package io.webexkit.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The app is the starter's first user, not its insider: it may use only what any host app may use. */
class ArchitectureTests {

	private static final JavaClasses APP = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.webexkit.app");

	@Test
	void appWhenImportedThenUsesOnlyTheStartersPublicApi() {
		noClasses().that()
			.resideInAPackage("io.webexkit.app..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.webexkit.spring.(*)..")
			.because("the starter's public API is the package io.webexkit.spring; its sub-packages are its own")
			.check(APP);
	}

}
