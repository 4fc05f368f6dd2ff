package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.util.Optional;
import java.util.regex.Pattern;

import uk.gov.dorsetcouncil.edu.gateway.access.Access;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Bulk listing is purposeful (issue 12, part 8; UK GDPR Art. 5(1)(b) and (c), purpose
 * limitation and data minimisation): a caller acting county-wide names why it lists a
 * whole school's roll, and the purpose is recorded with every child the list released. A
 * school listing its own roll, or a locality officer their schools', needs none: the roll
 * is theirs to keep.
 */
public final class ListPurpose {

	/** A school's roll, a page at a time (names, dates of birth, safeguarding flags). */
	private static final Pattern ROLL = Pattern.compile("/api/v1/attendance/schools/[^/]+/pupils/?");

	private ListPurpose() {
	}

	/** Whether this read of {@code path} by {@code caller} must name a purpose. */
	public static boolean required(Caller caller, String path) {
		return caller.actsCountyWide() && ROLL.matcher(path).matches();
	}

	/**
	 * What is wrong with the purpose named for this read where one is required: absent,
	 * or not a code as agreements name purposes.
	 */
	public static Optional<String> problem(Caller caller, String path, String purpose) {
		if (!required(caller, path)) {
			return Optional.empty();
		}
		if (purpose == null || purpose.isBlank()) {
			return Optional.of("listing a whole roll county-wide needs a purpose: name it (X-Dorset-Purpose header "
					+ "or purpose parameter), e.g. CHILDREN_MISSING_EDUCATION");
		}
		if (!Access.isCode(purpose)) {
			return Optional.of("a purpose is named by its code, 2-64 capital letters, digits, '-' or '_'");
		}
		return Optional.empty();
	}

	/** The purpose to record: a code, or none. */
	public static String recorded(String purpose) {
		return Access.isCode(purpose) ? purpose : null;
	}

}
