package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A school's workforce figures for a term as received, kept for ever: a resubmission for
 * the same school and term is a later submission that replaces it in the figures, and
 * this one stays in the history (ADR 0046).
 *
 * @param id {@code 991001-2026-27-AUTUMN-000002}: school, term and sequence
 * @param school the school's URN
 * @param term the term's code
 * @param sequence 1 for the first submission of the school and term, then 2 ...
 * @param figures the figures accepted
 * @param receivedAt when
 * @param submittedBy who (the token's subject)
 * @param submittedFor {@code SCHOOL} when the school sent it, {@code LOCAL_AUTHORITY}
 * when the local authority sent it on the school's behalf
 * @param digest SHA-256 of school, term and the figures in a fixed order, in hex: what a
 * school keeps to show what was accepted
 * @param replaces the submission it replaced, or null for the first
 */
public record WorkforceSubmission(String id, String school, String term, int sequence, StaffFigures figures,
		Instant receivedAt, String submittedBy, String submittedFor, String digest, String replaces) {

	public static String id(String school, String term, int sequence) {
		return String.format(java.util.Locale.ROOT, "%s-%s-%06d", school, term, sequence);
	}

	/** The digest of what was accepted. */
	public static String digest(String school, String term, StaffFigures figures) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] hash = sha.digest(("school=" + school + ";term=" + term + ";" + figures.canonical())
				.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform has SHA-256 (Java Security Standard Algorithm Names)
			throw new IllegalStateException(ex);
		}
	}

	public boolean onBehalf() {
		return "LOCAL_AUTHORITY".equals(this.submittedFor);
	}

}
