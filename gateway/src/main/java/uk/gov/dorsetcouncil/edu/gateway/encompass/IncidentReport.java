package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Postcode;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * What a police force tells a school of a domestic abuse incident a child was exposed to
 * (Domestic Abuse Act 2021 s49A; Home Office, Operation Encompass statutory guidance,
 * November 2025): the child as the police hold them, the police reference, when and
 * where, whether the child was present, and what the school needs to know. Every field
 * checked at once; a 400 names each field at fault.
 *
 * @param policeReference the force's own reference for the incident
 * @param incidentAt when it happened
 * @param location where, in words
 * @param child the child as the police hold them
 * @param childPresent whether the child was present
 * @param schoolNeedsToKnow the voice of the child, a welfare note: what the key adult
 * needs to support the child
 */
public record IncidentReport(String policeReference, Instant incidentAt, String location, ChildAsHeld child,
		boolean childPresent, String schoolNeedsToKnow) {

	static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9/_\\-]{3,40}");

	/** How far ahead of the platform's clock an incident's time may be (clock skew). */
	static final Duration SKEW = Duration.ofMinutes(5);

	/**
	 * How old an incident may be: the duty is to notify "as soon as is reasonably
	 * practicable"; a report older than this is a mistake (a wrong year), not a late one.
	 */
	static final Duration OLDEST = Duration.ofDays(90);

	/** Domestic Abuse Act 2021 s49A: a child is under 18. */
	static final int ADULT_AT = 18;

	static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/**
	 * The child as the police hold them.
	 *
	 * @param familyName required
	 * @param givenName required: the notification is for one named child
	 * @param dateOfBirth required
	 * @param address the home address in words, optional
	 * @param postcode the home postcode in its one written form, optional
	 */
	public record ChildAsHeld(String familyName, String givenName, LocalDate dateOfBirth, String address,
			String postcode) {
	}

	/**
	 * The report from what a police system sent (strings as received; null: absent).
	 * @param now the platform's clock
	 * @throws ProblemException (invalid input) naming every field at fault
	 */
	public static IncidentReport of(String policeReference, String incidentAt, String location, String familyName,
			String givenName, String dateOfBirth, String address, String postcode, Boolean childPresent,
			String schoolNeedsToKnow, Instant now) {
		List<Violation> violations = new ArrayList<>();
		if (policeReference == null || !REFERENCE.matcher(policeReference).matches()) {
			violations.add(new Violation("policeReference",
					"the force's reference is required: 3-40 letters, digits, '/', '_' or '-'"));
		}
		Instant at = instant(incidentAt, now, violations);
		String place = required("location", location, TextField.LINE, violations);
		String family = required("child.familyName", familyName, TextField.NAME, violations);
		String given = required("child.givenName", givenName, TextField.NAME, violations);
		LocalDate born = dateOfBirth(dateOfBirth, at, now, violations);
		String home = (address == null) ? null : TextField.LINE.check("child.address", address, violations);
		String code = postcode(postcode, violations);
		if (childPresent == null) {
			violations.add(new Violation("childPresent", "say whether the child was present (true or false)"));
		}
		String note = required("schoolNeedsToKnow", schoolNeedsToKnow, TextField.PARAGRAPHS, violations);
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return new IncidentReport(policeReference, at, place.strip(),
				new ChildAsHeld(family.strip(), given.strip(), born, (home == null) ? null : home.strip(), code),
				childPresent, note.strip());
	}

	private static String required(String field, String value, TextField kind, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation(field, "the " + field + " is required"));
			return null;
		}
		return kind.check(field, value, violations);
	}

	private static Instant instant(String value, Instant now, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations
				.add(new Violation("incidentAt", "when the incident happened is required (2026-12-04T19:30:00Z)"));
			return null;
		}
		Instant at;
		try {
			at = DateBounds.parseInstant("incidentAt", value);
		}
		catch (ProblemException ex) {
			violations.addAll(ex.violations());
			return null;
		}
		if (at.isAfter(now.plus(SKEW))) {
			violations.add(new Violation("incidentAt", "the incident is after the platform's time " + now));
			return null;
		}
		if (at.isBefore(now.minus(OLDEST))) {
			violations.add(new Violation("incidentAt",
					"the incident is more than " + OLDEST.toDays() + " days old; check the date"));
			return null;
		}
		return at;
	}

	private static LocalDate dateOfBirth(String value, Instant at, Instant now, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation("child.dateOfBirth", "the child's date of birth is required (yyyy-MM-dd)"));
			return null;
		}
		LocalDate born = DateBounds.parse("child.dateOfBirth", value, violations);
		if (born == null) {
			return null;
		}
		LocalDate on = (at != null ? at : now).atZone(ENGLAND).toLocalDate();
		if (born.isAfter(on)) {
			violations.add(new Violation("child.dateOfBirth", "the child was born after the incident"));
			return null;
		}
		if (!born.plusYears(ADULT_AT).isAfter(on)) {
			violations.add(new Violation("child.dateOfBirth",
					"the person was 18 or over on the day of the incident: Operation Encompass is for children"));
			return null;
		}
		return born;
	}

	private static String postcode(String value, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Optional<String> problem = Postcode.problemWith(value);
		if (problem.isPresent()) {
			violations.add(new Violation("child.postcode", problem.get()));
			return null;
		}
		return new Postcode(value).value();
	}

}
