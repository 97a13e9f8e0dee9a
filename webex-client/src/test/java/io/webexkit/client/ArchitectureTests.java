package io.webexkit.client;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private static final JavaClasses CLIENT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.webexkit.client");

	@Test
	void clientWhenImportedThenDependsOnNoSpringAtAllNorOnTheApp() {
		noClasses().that()
			.resideInAPackage("io.webexkit.client..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "io.webexkit.app..")
			.check(CLIENT);
	}

	@Test
	void modelWhenImportedThenDependsNotOnTheTransport() {
		noClasses().that()
			.resideInAPackage("io.webexkit.client.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "tools.jackson..", "io.webexkit.client")
			.check(CLIENT);
	}

}
