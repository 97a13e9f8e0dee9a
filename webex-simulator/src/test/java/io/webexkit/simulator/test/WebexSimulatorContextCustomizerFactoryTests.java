package io.webexkit.simulator.test;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.ContextCustomizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class WebexSimulatorContextCustomizerFactoryTests {

	private static final Set<String> DEFAULT_SCOPES = Set.of("spark:people_read", "spark:rooms_read",
			"spark:rooms_write", "spark:messages_read", "spark:messages_write", "spark:memberships_read",
			"spark:memberships_write");

	private final WebexSimulatorContextCustomizerFactory factory = new WebexSimulatorContextCustomizerFactory();

	@Test
	void createWhenAnnotationAbsentThenNoCustomizer() {
		assertThat(customizer(Plain.class)).isNull();
	}

	@Test
	void createWhenAnnotatedThenTheAppsDefaultScopesCallbackAndRegistration() {
		assertThat(customizer(Annotated.class))
			.isEqualTo(new WebexSimulatorContextCustomizer(new TestIntegration(DEFAULT_SCOPES, "/oauth", "webex", "")));
	}

	@Test
	void createWhenMetaAnnotatedThenItsAttributes() {
		Set<String> scopes = new HashSet<>(DEFAULT_SCOPES);
		scopes.add("spark:teams_read");

		assertThat(customizer(MetaAnnotated.class)).isEqualTo(
				new WebexSimulatorContextCustomizer(new TestIntegration(scopes, "/login/webex", "webex-login", "")));
	}

	@Test
	void createWhenInheritedOrOnTheEnclosingClassThenFound() {
		assertThat(customizer(Inheriting.class)).isEqualTo(customizer(Annotated.class));
		assertThat(customizer(Annotated.Inner.class)).isEqualTo(customizer(Annotated.class));
	}

	@Test
	void createWhenTwoClassesAskTheSameThenEqualCustomizersSoOneCachedContext() {
		ContextCustomizer first = customizer(Annotated.class);
		ContextCustomizer second = customizer(AlsoAnnotated.class);

		assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
		assertThat(first).isNotEqualTo(customizer(MetaAnnotated.class));
	}

	@Test
	void createWhenCallbackIsNoPathThenRefusedNamingTheAttribute() {
		assertThatIllegalStateException().isThrownBy(() -> customizer(BadCallback.class))
			.withMessageContaining("callbackPath")
			.withMessageContaining("'oauth'");
	}

	private ContextCustomizer customizer(Class<?> testClass) {
		return this.factory.createContextCustomizer(testClass, List.of());
	}

	static class Plain {

	}

	@AutoConfigureWebexSimulator
	static class Annotated {

		/** As a {@code @Nested} test class is (not annotated here, so that JUnit does not run it). */
		class Inner {

		}

	}

	@AutoConfigureWebexSimulator
	static class AlsoAnnotated {

	}

	static class Inheriting extends Annotated {

	}

	@Retention(RetentionPolicy.RUNTIME)
	@AutoConfigureWebexSimulator(scopes = "spark:teams_read", callbackPath = "/login/webex",
			registrationId = "webex-login")
	@interface WebexLoginTest {

	}

	@WebexLoginTest
	static class MetaAnnotated {

	}

	@AutoConfigureWebexSimulator(callbackPath = "oauth")
	static class BadCallback {

	}

}
