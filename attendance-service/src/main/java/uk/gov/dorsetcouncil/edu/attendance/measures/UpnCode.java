package uk.gov.dorsetcouncil.edu.attendance.measures;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A UPN as one {@code long}, so that the read model holds millions of pupils in primitive
 * arrays rather than as strings. A UPN's check letter follows from its other twelve
 * characters (DfE "Unique pupil numbers"), so only those are kept: eleven digits and a
 * last character that is a digit or one of the 23 check letters (a temporary UPN).
 */
final class UpnCode {

	/** The letters a UPN may end in, as {@link Upn} checks them (no I, O or S). */
	private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

	private static final int LAST_KINDS = 10 + LETTERS.length();

	private UpnCode() {
	}

	static long of(Upn upn) {
		String value = upn.value();
		long digits = 0;
		for (int i = 1; i < 12; i++) {
			digits = digits * 10 + (value.charAt(i) - '0');
		}
		char last = value.charAt(12);
		int lastKind = (last >= '0' && last <= '9') ? last - '0' : 10 + LETTERS.indexOf(last);
		return digits * LAST_KINDS + lastKind;
	}

	static Upn upn(long code) {
		int lastKind = (int) (code % LAST_KINDS);
		long digits = code / LAST_KINDS;
		char[] twelve = new char[12];
		for (int i = 10; i >= 0; i--) {
			twelve[i] = (char) ('0' + digits % 10);
			digits /= 10;
		}
		twelve[11] = (lastKind < 10) ? (char) ('0' + lastKind) : LETTERS.charAt(lastKind - 10);
		String last12 = new String(twelve);
		return new Upn(Upn.checkLetter(last12) + last12);
	}

}
