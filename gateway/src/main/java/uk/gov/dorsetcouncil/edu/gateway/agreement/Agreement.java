package uk.gov.dorsetcouncil.edu.gateway.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import uk.gov.dorsetcouncil.edu.gateway.access.Access;
import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * A data-sharing agreement, held as data so that a data protection officer can read,
 * change and revoke it without a release (ICO Data sharing code of practice, 2021: a
 * data-sharing agreement names the parties, purposes, lawful basis, data items and
 * duration).
 *
 * @param id a short code, e.g. {@code DSA-ENCOMPASS-2026}
 * @param title what it is, in words
 * @param parties the organisations that may act under it, in the caller-header form
 * ({@code POLICE:DORSET})
 * @param purposes the purposes it allows, e.g. {@code OPERATION_ENCOMPASS}
 * @param lawfulBasis the UK GDPR Art 6 (and Art 9 where special category) basis
 * @param dataItems what it releases; nothing else is released under it
 * @param start first day in force
 * @param expiry last day in force
 * @param status active, suspended or revoked
 * @param statusReason why it was suspended or revoked (empty when active)
 */
public record Agreement(String id, String title, Set<String> parties, Set<String> purposes, String lawfulBasis,
		Set<DataItem> dataItems, LocalDate start, LocalDate expiry, AgreementStatus status, String statusReason) {

	static final Pattern PARTY = Pattern.compile("(POLICE|HEALTH|PARTNER):[A-Za-z0-9_\\-]{1,64}");

	/** The longest reason for a suspension or revocation: a few sentences. */
	static final int MAX_REASON = 500;

	public Agreement {
		parties = Set.copyOf(parties);
		purposes = Set.copyOf(purposes);
		dataItems = dataItems.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dataItems));
		statusReason = (statusReason == null) ? "" : statusReason;
	}

	/**
	 * An agreement from what an administrator sent, every field checked at once. It
	 * starts under the Data Protection Act 2018 and within a year of {@code today}
	 * ({@link DateBounds#agreementStartProblem}).
	 * @param today the date in England
	 * @throws ProblemException (invalid input) naming each field that is wrong
	 */
	public static Agreement fromSubmission(String id, String title, List<String> parties, List<String> purposes,
			String lawfulBasis, List<String> dataItems, String start, String expiry, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		if (!Access.isCode(id)) {
			violations.add(new Violation("id", "an agreement id is 2-64 capital letters, digits, '-' or '_'"));
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			violations.add(new Violation("title", "a title of 1-200 characters is required"));
		}
		else {
			kept("title", title, KeptText.Form.LINE, violations);
		}
		Set<String> partySet = new TreeSet<>();
		if (parties == null || parties.isEmpty()) {
			violations.add(new Violation("parties", "at least one party is required, e.g. POLICE:DORSET"));
		}
		else {
			for (int i = 0; i < parties.size(); i++) {
				String party = parties.get(i);
				if (party == null || !PARTY.matcher(party).matches()) {
					violations.add(new Violation("parties[" + i + "]",
							"a party is POLICE:<code>, HEALTH:<code> or PARTNER:<code>, not " + quoted(party)));
				}
				else {
					partySet.add(party);
				}
			}
		}
		Set<String> purposeSet = new TreeSet<>();
		if (purposes == null || purposes.isEmpty()) {
			violations.add(new Violation("purposes", "at least one purpose is required, e.g. OPERATION_ENCOMPASS"));
		}
		else {
			for (int i = 0; i < purposes.size(); i++) {
				String purpose = purposes.get(i);
				if (!Access.isCode(purpose)) {
					violations.add(new Violation("purposes[" + i + "]",
							"a purpose is a code of capital letters, digits, '-' or '_', not " + quoted(purpose)));
				}
				else {
					purposeSet.add(purpose);
				}
			}
		}
		if (lawfulBasis == null || lawfulBasis.isBlank() || lawfulBasis.length() > 500) {
			violations.add(new Violation("lawfulBasis",
					"the lawful basis is required (UK GDPR Art 6, and Art 9 for special category data)"));
		}
		else {
			kept("lawfulBasis", lawfulBasis, KeptText.Form.PARAGRAPHS, violations);
		}
		Set<DataItem> items = EnumSet.noneOf(DataItem.class);
		if (dataItems == null || dataItems.isEmpty()) {
			violations.add(new Violation("dataItems", "at least one data item is required"));
		}
		else {
			for (int i = 0; i < dataItems.size(); i++) {
				try {
					items.add(DataItem.valueOf(dataItems.get(i)));
				}
				catch (IllegalArgumentException | NullPointerException ex) {
					violations.add(new Violation("dataItems[" + i + "]", "unknown data item " + quoted(dataItems.get(i))
							+ "; known: " + List.of(DataItem.values())));
				}
			}
		}
		LocalDate from = date("start", start, violations);
		if (from != null) {
			DateBounds.agreementStartProblem(from, today)
				.ifPresent((problem) -> violations.add(new Violation("start", problem)));
		}
		LocalDate to = date("expiry", expiry, violations);
		if (from != null && to != null && to.isBefore(from)) {
			violations
				.add(new Violation("expiry", "the agreement expires (" + to + ") before it starts (" + from + ")"));
		}
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return new Agreement(id, title, partySet, purposeSet, lawfulBasis, items, from, to, AgreementStatus.ACTIVE, "");
	}

	/**
	 * Why an agreement is given a status: required to suspend or revoke (the reason is
	 * told to every partner refused under it, and kept in the audit log), and text that
	 * can be kept as written ({@link KeptText}).
	 * @throws ProblemException (invalid input) naming {@code reason}
	 */
	public static void checkStatusReason(AgreementStatus status, String reason) {
		if (status != AgreementStatus.ACTIVE && (reason == null || reason.isBlank())) {
			throw ProblemException.invalid("reason", "say why the agreement is " + status.name().toLowerCase());
		}
		if (reason == null) {
			return;
		}
		if (reason.length() > MAX_REASON) {
			throw ProblemException.invalid("reason", "a reason is at most " + MAX_REASON + " characters");
		}
		KeptText.problemWith(reason, KeptText.Form.PARAGRAPHS).ifPresent(problem -> {
			throw ProblemException.invalid("reason", "the reason " + problem);
		});
	}

	/**
	 * A value a caller sent, quoted in an answer only when it is short, valid text
	 * ({@link KeptText#quoted}).
	 */
	public static String quoted(String value) {
		return KeptText.quoted(value);
	}

	private static void kept(String field, String value, KeptText.Form form, List<Violation> violations) {
		KeptText.problemWith(value, form)
			.ifPresent(problem -> violations.add(new Violation(field, "the " + field + " " + problem)));
	}

	/** The same agreement with another status, e.g. revoked, and why. */
	public Agreement withStatus(AgreementStatus newStatus, String reason) {
		return new Agreement(this.id, this.title, this.parties, this.purposes, this.lawfulBasis, this.dataItems,
				this.start, this.expiry, newStatus, reason);
	}

	private static LocalDate date(String field, String value, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation(field, "a date (yyyy-MM-dd) is required"));
			return null;
		}
		return DateBounds.parse(field, value, violations);
	}

}
