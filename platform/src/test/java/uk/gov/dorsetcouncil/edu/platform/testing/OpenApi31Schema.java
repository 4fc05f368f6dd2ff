package uk.gov.dorsetcouncil.edu.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether an OpenAPI document is a valid OpenAPI 3.1 document, as the OpenAPI
 * Initiative's own JSON Schema for 3.1 says ({@code schema-base/2022-10-07}: the
 * document's structure and every Schema Object in the OpenAPI dialect), checked by
 * networknt's json-schema-validator (ADR 0026). The schemas are read from this jar
 * ({@code openapi-3.1/}), never fetched: the build reaches no web site.
 */
public final class OpenApi31Schema {

	static final String BASE = "https://spec.openapis.org/oas/3.1/schema-base/2022-10-07";

	private static final Map<String, String> PUBLISHED = Map.of(BASE, "schema-base-2022-10-07.json",
			"https://spec.openapis.org/oas/3.1/schema/2022-10-07", "schema-2022-10-07.json",
			"https://spec.openapis.org/oas/3.1/dialect/base", "dialect-base.json",
			"https://spec.openapis.org/oas/3.1/meta/base", "meta-base.json");

	private static final Schema SCHEMA = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(registry) -> registry.schemas(PUBLISHED.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> read(entry.getValue())))::get))
		.getSchema(SchemaLocation.of(BASE));

	private OpenApi31Schema() {
	}

	/**
	 * Each way the document breaks the OpenAPI 3.1 schema, as "where: what", empty when
	 * it is valid.
	 */
	public static List<String> problems(JsonNode document) {
		return SCHEMA.validate(document).stream().map(OpenApi31Schema::describe).toList();
	}

	/** The same for a document as text. */
	public static List<String> problems(String document) {
		return problems(JsonMapper.shared().readTree(document));
	}

	private static String describe(Error error) {
		return error.getInstanceLocation() + ": " + error.getMessage();
	}

	private static String read(String file) {
		try (InputStream in = OpenApi31Schema.class.getResourceAsStream("/openapi-3.1/" + file)) {
			if (in == null) {
				throw new IllegalStateException("openapi-3.1/" + file + " is missing from the platform's test jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
