package uk.gov.dorsetcouncil.edu.platform.openapi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.core.util.Json31;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's schema says which fields are always in its JSON and which may be null, as
 * Jackson writes the record.
 */
class RecordSchemasTest {

	enum Colour {

		RED, GREEN

	}

	record Inner(String name) {
	}

	record Sample(String always, @Nullable String maybeNull, int count,
			@JsonInclude(JsonInclude.Include.NON_NULL) String leftOutWhenNull, Optional<String> optional, Colour colour,
			@Nullable Inner inner, List<Inner> inners, @Nullable Colour maybeColour) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Sparse(String a, String b) {
	}

	@Test
	void everyComponentJacksonAlwaysWritesIsRequiredAndNullableOnesMayBeNull() {
		Map<String, Schema> schemas = resolve(Sample.class);
		Schema<?> sample = schemas.get("Sample");
		assertThat(sample.getRequired()).containsExactlyInAnyOrder("always", "maybeNull", "count", "colour", "inner",
				"inners", "maybeColour");
		assertThat(sample.getProperties().get("maybeNull").getTypes()).containsExactlyInAnyOrder("string", "null");
		assertThat(sample.getProperties().get("always").getTypes()).containsExactly("string");
		Schema<?> inner = sample.getProperties().get("inner");
		assertThat(inner.getAnyOf()).hasSize(2);
		assertThat(inner.getAnyOf().get(0).get$ref()).isEqualTo("#/components/schemas/Inner");
		assertThat(((Schema<?>) inner.getAnyOf().get(1)).getTypes()).containsExactly("null");
		assertThat(schemas.get("Inner").getRequired()).containsExactly("name");
	}

	@Test
	void aNullableEnumerationListsNullAmongItsValuesAndAnotherDoesNot() throws Exception {
		Schema<?> sample = resolve(Sample.class).get("Sample");
		assertThat(sample.getProperties().get("maybeColour").getEnum()).containsExactly("RED", "GREEN", null);
		assertThat(sample.getProperties().get("colour").getEnum()).containsExactly("RED", "GREEN");
		assertThat(Json31.mapper().writeValueAsString(sample.getProperties().get("maybeColour")))
			.contains("[\"RED\",\"GREEN\",null]");
	}

	@Test
	void aRecordLeftOutWhenEmptyRequiresNothing() {
		assertThat(resolve(Sparse.class).get("Sparse").getRequired()).isNullOrEmpty();
	}

	@SuppressWarnings("rawtypes")
	private static Map<String, Schema> resolve(Class<?> type) {
		ModelConverters converters = new ModelConverters(true);
		converters.addConverter(new RecordSchemas());
		return converters.readAll(new AnnotatedType(type));
	}

}
