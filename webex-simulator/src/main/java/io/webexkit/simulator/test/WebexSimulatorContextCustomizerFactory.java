package io.webexkit.simulator.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Finds {@link AutoConfigureWebexSimulator} on a test class (directly, as a meta-annotation, inherited, or on an
 * enclosing class of a {@code @Nested} one). Registered in {@code META-INF/spring.factories}.
 */
class WebexSimulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureWebexSimulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureWebexSimulator.class);
		return (annotation != null) ? new WebexSimulatorContextCustomizer(TestIntegration.of(annotation)) : null;
	}

}
