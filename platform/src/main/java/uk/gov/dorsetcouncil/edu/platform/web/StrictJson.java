package uk.gov.dorsetcouncil.edu.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Request bodies read as written (ADR 0020): every service and the gateway read JSON with
 * these rules, so a body is taken exactly or refused with a problem naming the field.
 * <ul>
 * <li>no scalar coercion: a string is not a number, a number is not a boolean or a
 * string, {@code 1.5} is not an integer, {@code ""} is not a number;</li>
 * <li>a field the body's type does not have is refused, naming it, never ignored;</li>
 * <li>a field given twice, and anything after the body's one value, is refused;</li>
 * <li>{@code null} for a number or boolean that must have a value is refused;</li>
 * <li>every string is kept text ({@link KeptText}: valid Unicode, no control characters
 * but tab and line breaks, no bidirectional overrides) of at most
 * {@link TextField#MAX_ANY_STRING} characters; fields with a stricter rule (one line, a
 * name) check it themselves.</li>
 * </ul>
 */
public final class StrictJson {

	private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

	private StrictJson() {
	}

	/** A mapper that reads by these rules, for bodies read outside the web framework. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Reads a body by these rules as the web framework does, for bodies read outside it
	 * and for fuzz tests of a controller's parsing: the value, or the problem the
	 * framework answers.
	 * @throws ProblemException (invalid input) naming the field at fault, or {@code body}
	 * when the body is absent or {@code null}
	 */
	public static <T> T read(byte[] body, Class<T> type) {
		if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
			throw ProblemException.invalid("body", "a body is required");
		}
		T value;
		try {
			value = MAPPER.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw ProblemException.invalid(List.of(violation(ex)));
		}
		if (value == null) {
			throw ProblemException.invalid("body", "a body is required");
		}
		return value;
	}

	/** Applies the rules to a mapper being built (the application's, or another). */
	public static <B extends JsonMapper.Builder> B configure(B builder) {
		builder
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
		for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
				LogicalType.Textual, LogicalType.Enum)) {
			builder.withCoercionConfig(scalar, StrictJson::noCoercion);
		}
		// A whole number is a number: 3 where a fraction may stand is 3.0.
		builder.withCoercionConfig(LogicalType.Float,
				(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert));
		SimpleModule keptText = new SimpleModule("kept-text");
		keptText.addDeserializer(String.class, new KeptTextDeserializer());
		builder.addModule(keptText);
		return builder;
	}

	private static void noCoercion(MutableCoercionConfig config) {
		for (CoercionInputShape shape : CoercionInputShape.values()) {
			config.setCoercion(shape, CoercionAction.Fail);
		}
		config.setAcceptBlankAsEmpty(false);
	}

	/**
	 * What was wrong with a body that could not be read, naming the field at fault
	 * ({@code marks[1].code}) or {@code body} when no field is.
	 */
	public static Violation violation(JacksonException ex) {
		String field = field(ex).orElse("body");
		if (ex instanceof UnkeptText unkept) {
			return new Violation(field, "the " + field + " " + unkept.problem);
		}
		if (ex instanceof PropertyBindingException unknown) {
			String known = (unknown.getKnownPropertyIds() == null) ? ""
					: "; the fields are " + unknown.getKnownPropertyIds()
						.stream()
						.map(String::valueOf)
						.sorted()
						.collect(Collectors.joining(", "));
			return new Violation(field, "unknown field " + KeptText.quoted(unknown.getPropertyName()) + known);
		}
		if (ex instanceof InvalidNullException || (ex instanceof MismatchedInputException mismatch
				&& mismatch.getCurrentToken() == JsonToken.VALUE_NULL)) {
			return new Violation(field, "a value is required, not null");
		}
		if (ex instanceof InvalidFormatException || ex instanceof InputCoercionException
				|| ex instanceof MismatchedInputException) {
			return new Violation(field, "the value " + described(ex) + " is not " + expected(ex));
		}
		if (ex instanceof StreamConstraintsException) {
			return new Violation(field, "the body is beyond what is read: " + firstLine(ex.getOriginalMessage()));
		}
		if (ex instanceof StreamReadException || ex instanceof DatabindException) {
			return new Violation(field, "the JSON cannot be read: " + firstLine(ex.getOriginalMessage()));
		}
		return new Violation(field, "the JSON cannot be read: " + firstLine(ex.getOriginalMessage()));
	}

	private static Optional<String> field(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		if (ex instanceof PropertyBindingException && path.toString().isBlank()) {
			// A field named "" or " " is named by nothing a caller can read: the body.
			return Optional.ofNullable(((PropertyBindingException) ex).getPropertyName())
				.filter((name) -> !name.isBlank());
		}
		return path.toString().isBlank() ? Optional.empty() : Optional.of(path.toString());
	}

	private static String described(JacksonException ex) {
		if (ex instanceof InvalidFormatException format && format.getValue() instanceof String text) {
			return KeptText.quoted(text);
		}
		JsonToken token = null;
		if (ex instanceof MismatchedInputException mismatch) {
			token = mismatch.getCurrentToken();
		}
		else if (ex instanceof InputCoercionException coercion) {
			token = coercion.getInputType();
		}
		if (token == null) {
			return "sent";
		}
		return switch (token) {
			case VALUE_STRING -> "(a string)";
			case VALUE_NUMBER_INT -> "(a whole number)";
			case VALUE_NUMBER_FLOAT -> "(a number with a fraction)";
			case VALUE_TRUE, VALUE_FALSE -> "(a boolean)";
			case VALUE_NULL -> "null";
			case START_ARRAY -> "(a list)";
			case START_OBJECT -> "(an object)";
			default -> "sent";
		};
	}

	private static String expected(JacksonException ex) {
		Class<?> type = (ex instanceof MismatchedInputException mismatch) ? mismatch.getTargetType() : null;
		if (ex instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
			type = coercion.getTargetType();
		}
		if (type == null) {
			return "what this field takes";
		}
		if (type == String.class) {
			return "text (a JSON string)";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "a whole number in range";
		}
		if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (List.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		return "an object of the fields this body takes";
	}

	private static String firstLine(String message) {
		return (message == null) ? "" : message.lines().findFirst().orElse("");
	}

	/**
	 * Every string read is kept text of at most {@link TextField#MAX_ANY_STRING}
	 * characters; the standard reader does the rest (and refuses coercion).
	 */
	static final class KeptTextDeserializer extends StdScalarDeserializer<String> {

		KeptTextDeserializer() {
			super(String.class);
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text == null) {
				return null;
			}
			if (text.length() > TextField.MAX_ANY_STRING) {
				throw new UnkeptText(parser, "is " + text.length() + " characters long; no field takes more than "
						+ TextField.MAX_ANY_STRING);
			}
			Optional<String> unkept = KeptText.problemWith(text, KeptText.Form.PARAGRAPHS);
			if (unkept.isPresent()) {
				throw new UnkeptText(parser, unkept.get());
			}
			return text;
		}

	}

	/** A string that is not text the platform keeps, and why. */
	static final class UnkeptText extends MismatchedInputException {

		private final String problem;

		UnkeptText(JsonParser parser, String problem) {
			super(parser, problem, String.class);
			this.problem = problem;
		}

	}

}
