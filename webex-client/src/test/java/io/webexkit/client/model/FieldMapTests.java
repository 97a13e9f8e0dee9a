package io.webexkit.client.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldMapTests {

	private final FieldMap inputs = FieldMap.of(Map.of("Name", "Ann", "agree", "TRUE", "age", "42", "score", 7.5,
			"urgent", false, "nested", Map.of("id", "x"), "tags", List.of("a", "b")));

	@Test
	void gettersWhenCardInputsArriveAsStringsThenBooleansAndNumbersStillRead() {
		assertThat(this.inputs.string("Name")).hasValue("Ann");
		assertThat(this.inputs.bool("agree")).hasValue(true);
		assertThat(this.inputs.bool("urgent")).hasValue(false);
		assertThat(this.inputs.number("age")).hasValue(new BigDecimal("42"));
		assertThat(this.inputs.number("score")).hasValue(new BigDecimal("7.5"));
		assertThat(this.inputs.object("nested").flatMap((nested) -> nested.string("id"))).hasValue("x");
	}

	@Test
	void gettersWhenTheMemberIsOfAnotherKindOrAbsentThenEmptyNotAFailure() {
		assertThat(this.inputs.string("age")).hasValue("42");
		assertThat(this.inputs.string("score")).isEmpty();
		assertThat(this.inputs.bool("Name")).isEmpty();
		assertThat(this.inputs.number("Name")).isEmpty();
		assertThat(FieldMap.of(Map.of("n", "NaN")).number("n")).isEmpty();
		assertThat(this.inputs.object("tags")).isEmpty();
		assertThat(this.inputs.string("missing")).isEmpty();
		assertThat(this.inputs.has("missing")).isFalse();
	}

	@Test
	void ofWhenTheSourceChangesLaterThenTheFieldMapDoesNotAndCannotBeChanged() {
		Map<String, Object> source = new HashMap<>(Map.of("Name", "Ann"));
		FieldMap copy = FieldMap.of(source);
		source.put("Name", "Bob");

		assertThat(copy.string("Name")).hasValue("Ann");
		assertThatThrownBy(() -> copy.asMap().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> ((List<?>) this.inputs.asMap().get("tags")).clear())
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void ofWhenNullOrNotJsonThenRejectedAtOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> FieldMap.of(null));
		assertThatIllegalArgumentException().isThrownBy(() -> FieldMap.of(Map.of("when", new Object())));
	}

	@Test
	void toStringWhenValuesArePersonalThenOnlyNamesAreShown() {
		assertThat(FieldMap.of(Map.of("Email", "ann@example.com")).toString()).isEqualTo("FieldMap[Email]")
			.doesNotContain("ann@");
	}

}
