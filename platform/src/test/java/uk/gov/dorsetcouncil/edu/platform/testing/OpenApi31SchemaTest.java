package uk.gov.dorsetcouncil.edu.platform.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI Initiative's schema, read from this jar, tells a valid 3.1 document from
 * the mistakes a generator trips on, each named where it is.
 */
class OpenApi31SchemaTest {

	static final String VALID = """
			{"openapi": "3.1.0", "info": {"title": "t", "version": "v1"},
			 "paths": {"/things/{id}": {"get": {
			   "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
			                  {"name": "X-Purpose", "in": "header", "schema": {"type": "string"}}],
			   "responses": {"200": {"description": "OK", "content": {"application/json":
			       {"schema": {"type": "object", "properties": {"id": {"type": ["string", "null"]}}}}}}}}}}}
			""";

	@Test
	void aValidDocumentHasNoProblems() {
		assertThat(OpenApi31Schema.problems(VALID)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a header parameter without a schema | "header", "schema": {"type": "string"}}]       | "header"}]                    | /paths/~1things~1{id}/get/parameters/1
					an OpenAPI 3.0 version              | "openapi": "3.1.0"                              | "openapi": "3.0.3"            | /openapi
					a response without a description    | "description": "OK",                            | ''                            | /paths/~1things~1{id}/get/responses/200
					a type JSON Schema does not know    | "type": ["string", "null"]                      | "type": "text"                | /paths/~1things~1{id}/get/responses/200/content/application~1json/schema/properties/id/type
					no info                             | "info": {"title": "t", "version": "v1"},        | ''                            | ''
					""")
	void eachMistakeIsNamedWhereItIs(String mistake, String valid, String broken, String where) {
		String document = VALID.replace(valid, broken);
		assertThat(document).as("the case changes the document").isNotEqualTo(VALID);
		assertThat(OpenApi31Schema.problems(document)).as(mistake)
			.isNotEmpty()
			.anySatisfy((problem) -> assertThat(problem).startsWith(where));
	}

}
