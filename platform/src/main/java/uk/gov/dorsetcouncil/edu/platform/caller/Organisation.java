package uk.gov.dorsetcouncil.edu.platform.caller;

import java.util.Locale;
import java.util.Objects;

/**
 * The organisation a caller acts for. A school is identified by its URN, a locality by
 * its name, the local authority by its DfE LA code, partners (police, health) by their
 * own code.
 */
public record Organisation(Type type, String id) {

	public enum Type {

		SCHOOL, LOCALITY, LOCAL_AUTHORITY, POLICE, HEALTH, PARTNER, SERVICE;

		static Type parse(String value) {
			try {
				return valueOf(value.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new MissingCallerException("unknown organisation type '" + value + "'");
			}
		}

	}

	public Organisation {
		Objects.requireNonNull(type, "type");
		if (id == null || id.isBlank()) {
			throw new MissingCallerException("organisation id is empty");
		}
	}

	public static Organisation school(String urn) {
		return new Organisation(Type.SCHOOL, urn);
	}

	public static Organisation localAuthority(String laCode) {
		return new Organisation(Type.LOCAL_AUTHORITY, laCode);
	}

	public static Organisation service(String name) {
		return new Organisation(Type.SERVICE, name);
	}

	/** The header form, {@code TYPE:id}. */
	public String asHeader() {
		return this.type.name() + ":" + this.id;
	}

	static Organisation parseHeader(String value) {
		int colon = value.indexOf(':');
		if (colon <= 0 || colon == value.length() - 1) {
			throw new MissingCallerException("organisation must be TYPE:id, got '" + value + "'");
		}
		return new Organisation(Type.parse(value.substring(0, colon)), value.substring(colon + 1).trim());
	}

}
