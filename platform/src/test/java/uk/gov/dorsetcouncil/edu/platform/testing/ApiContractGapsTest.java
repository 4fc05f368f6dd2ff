package uk.gov.dorsetcouncil.edu.platform.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's own rules, beyond OpenAPI's: one table row per gap. */
class ApiContractGapsTest {

	static final String COMPLETE = """
			{"openapi": "3.1.0", "info": {"title": "t", "version": "v1"},
			 "paths": {"/things/{id}": {"get": {
			   "responses": {"200": {"description": "OK", "content": {"application/json":
			                   {"schema": {"$ref": "#/components/schemas/Thing"}}}},
			                 "404": {"$ref": "#/components/responses/NotFound"}}}}},
			 "components": {
			   "schemas": {"Thing": {"type": "object", "required": ["id"],
			                         "properties": {"id": {"type": "string"},
			                                        "parts": {"type": "array", "items": {"type": "object", "required": ["n"],
			                                                  "properties": {"n": {"type": "integer"}}}}}},
			               "Problem": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}}}},
			   "responses": {"NotFound": {"description": "none", "content": {"application/problem+json":
			                   {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}
			""";

	@Test
	void aCompleteContractHasNoGaps() {
		assertThat(ApiContractGaps.of(JsonMapper.shared().readTree(COMPLETE))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					no problem answer                | "404": {"$ref": "#/components/responses/NotFound"}  | "300": {"description": "moved"}     | GET /things/{id}: no problem answer
					an error that is not a problem   | "application/problem+json"                          | "application/json"                  | GET /things/{id} 404: not problem details; GET /things/{id}: no problem answer
					no success answer                | "200": {"description": "OK"                         | "301": {"description": "OK"         | GET /things/{id}: no success answer
					a success with no schema         | {"schema": {"$ref": "#/components/schemas/Thing"}}  | {}                                  | GET /things/{id} 200: no schema for the answer
					a schema with no required list   | "required": ["id"],                                 | ''                                  | schema Thing: no required list
					a nested object with none        | "required": ["n"],                                  | ''                                  | schema Thing.parts[]: no required list
					a free-form answer               | {"schema": {"$ref": "#/components/schemas/Thing"}}  | {"schema": {"type": "object"}}      | GET /things/{id} 200: a free-form object
					a map of anything                | {"schema": {"$ref": "#/components/schemas/Thing"}}  | {"schema": {"type": "object", "additionalProperties": {}}} | GET /things/{id} 200: a free-form object
					a free-form part                 | "n": {"type": "integer"}                            | "n": {"type": "object"}             | schema Thing.parts[].n: a free-form object
					""")
	void eachGapIsNamed(String gap, String complete, String broken, String named) {
		String document = COMPLETE.replace(complete, broken);
		assertThat(document).as("the case changes the document").isNotEqualTo(COMPLETE);
		assertThat(ApiContractGaps.of(JsonMapper.shared().readTree(document))).as(gap)
			.containsExactlyInAnyOrder(named.split("; "));
	}

	static final String FORMATTED = """
			{"paths": {"/things": {"post": {"requestBody": {"content": {"application/json":
			   {"schema": {"$ref": "#/components/schemas/ThingBody"}}}}}}},
			 "components": {"schemas": {
			   "ThingBody": {"type": "object", "properties": {
			     "date": {"type": "string", "format": "date", "example": "2026-12-07"},
			     "dueDate": {"type": ["string", "null"], "format": "date", "example": "2026-12-18"},
			     "dateOfBirth": {"type": "string", "format": "date", "example": "2015-04-17"},
			     "urn": {"type": "string", "pattern": "[0-9]{6}", "example": "113000"},
			     "from": {"type": "string"},
			     "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}}}},
			   "Part": {"type": "object", "properties": {"takenAt": {"type": "string", "format": "date-time", "example": "2026-12-07T09:00:00Z"}}},
			   "ThingView": {"type": "object", "properties": {"reviewDate": {"type": "string", "format": "date"}}}}}}
			""";

	@Test
	void datesWithFormatsAndBodiesWithExamplesHaveNoGaps() {
		assertThat(ApiContractGaps.formats(JsonMapper.shared().readTree(FORMATTED))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a date without a format          | "format": "date", "example": "2026-12-07"  | "example": "2026-12-07"                   | schema ThingBody.date: a date without format date
					a nullable date without one      | "format": "date", "example": "2026-12-18"  | "example": "2026-12-18"                   | schema ThingBody.dueDate: a date without format date
					a date of birth without one      | "format": "date", "example": "2015-04-17"  | "example": "2015-04-17"                   | schema ThingBody.dateOfBirth: a date without format date
					an answer's date without one     | "reviewDate": {"type": "string", "format": "date"} | "reviewDate": {"type": "string"} | schema ThingView.reviewDate: a date without format date
					a pattern without an example     | "pattern": "[0-9]{6}", "example": "113000" | "pattern": "[0-9]{6}"                     | schema ThingBody.urn: a pattern without an example
					a format without an example      | "format": "date", "example": "2026-12-07"  | "format": "date"                          | schema ThingBody.date: a format without an example
					a referred part without one      | "format": "date-time", "example": "2026-12-07T09:00:00Z" | "format": "date-time"       | schema Part.takenAt: a format without an example
					""")
	void eachFormatGapIsNamed(String gap, String complete, String broken, String named) {
		String document = FORMATTED.replace(complete, broken);
		assertThat(document).as("the case changes the document").isNotEqualTo(FORMATTED);
		assertThat(ApiContractGaps.formats(JsonMapper.shared().readTree(document))).as(gap)
			.containsExactlyInAnyOrder(named.split("; "));
	}

}
