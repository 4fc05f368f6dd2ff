package uk.gov.dorsetcouncil.edu.platform.openapi;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Schema of a Java record says what the record's JSON always holds: every
 * component is {@code required} (Jackson writes each one, null or not), except those
 * annotated {@code @JsonInclude} to be left out when empty; a component annotated
 * JSpecify {@code @Nullable} may be {@code null} (OpenAPI 3.1: {@code "null"} among its
 * types). Without this, every schema springdoc derives from a record has no required
 * list, and a client generated from it treats every field as optional (ADR 0026).
 */
public class RecordSchemas implements ModelConverter {

	private static final String SCHEMAS = "#/components/schemas/";

	@Override
	public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (resolved == null || type.getType() == null) {
			return resolved;
		}
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (!raw.isRecord()) {
			return resolved;
		}
		Schema<?> model = resolved;
		if (resolved.get$ref() != null && resolved.get$ref().startsWith(SCHEMAS)) {
			model = context.getDefinedModels().get(resolved.get$ref().substring(SCHEMAS.length()));
		}
		if (model != null && model.getProperties() != null) {
			describe(raw, model);
		}
		return resolved;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void describe(Class<?> record, Schema<?> model) {
		List<String> required = new ArrayList<>();
		boolean leftOutWhenEmpty = omitted(record);
		for (RecordComponent component : record.getRecordComponents()) {
			String name = jsonName(component);
			Schema property = model.getProperties().get(name);
			if (property == null) {
				continue;
			}
			boolean omitted = leftOutWhenEmpty || omitted(component.getAccessor()) || omitted(field(record, component));
			if (!omitted && !component.getType().equals(java.util.Optional.class)) {
				required.add(name);
			}
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class) && !omitted) {
				model.getProperties().put(name, nullable(property));
			}
		}
		if (!required.isEmpty()) {
			Set<String> all = new LinkedHashSet<>((model.getRequired() != null) ? model.getRequired() : List.of());
			all.addAll(required);
			model.setRequired(new ArrayList<>(all));
		}
	}

	/** The property as it is, or {@code null}. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema nullable(Schema property) {
		if (property.get$ref() != null) {
			Schema either = new Schema<>();
			either.setAnyOf(List.of(property, new Schema<>().typesItem("null")));
			either.setDescription(property.getDescription());
			return either;
		}
		if (property.getTypes() != null && !property.getTypes().isEmpty()) {
			property.typesItem("null");
		}
		else if (property.getType() != null) {
			property.typesItem(property.getType()).typesItem("null");
		}
		if (property.getEnum() != null) {
			// JSON Schema: an enumeration holds every value allowed, so null is listed
			// too
			// (on a copy: the list given may be immutable, refusing even to look for
			// null)
			List values = new ArrayList<>(property.getEnum());
			if (!values.contains(null)) {
				values.add(null);
				property.setEnum(values);
			}
		}
		return property;
	}

	private static String jsonName(RecordComponent component) {
		JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
		if (renamed == null) {
			AnnotatedElement field = field(component.getDeclaringRecord(), component);
			renamed = (field != null) ? field.getAnnotation(JsonProperty.class) : null;
		}
		return (renamed != null && !renamed.value().isEmpty()) ? renamed.value() : component.getName();
	}

	private static AnnotatedElement field(Class<?> record, RecordComponent component) {
		try {
			return record.getDeclaredField(component.getName());
		}
		catch (NoSuchFieldException ex) {
			return null;
		}
	}

	private static boolean omitted(AnnotatedElement element) {
		if (element == null) {
			return false;
		}
		JsonInclude include = element.getAnnotation(JsonInclude.class);
		return include != null && include.value() != JsonInclude.Include.ALWAYS
				&& include.value() != JsonInclude.Include.USE_DEFAULTS;
	}

}
