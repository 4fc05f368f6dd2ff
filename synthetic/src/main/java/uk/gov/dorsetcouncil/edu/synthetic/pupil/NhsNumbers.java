package uk.gov.dorsetcouncil.edu.synthetic.pupil;

import uk.gov.dorsetcouncil.edu.platform.identifiers.NhsNumber;

/**
 * Gives each pupil ordinal its own valid NHS number, never one whose Modulus 11 check
 * digit would be 10 (NHS Data Dictionary). Ordinal k takes payload 2k, or 2k + 1 when 2k
 * has no valid check digit: the two sums differ by 2 (weight 2 on the ninth digit), so at
 * most one of them is invalid, and distinct ordinals never share a payload.
 */
public enum NhsNumbers {

	/**
	 * 999 000 000x to 999 999 999x: the range NHS England keeps for testing, never issued
	 * to a person (unverified: from general knowledge). Room for 500,000 pupils.
	 */
	TEST_RANGE("999", 6),

	/**
	 * 900 000 000x upwards, for England's millions (assumption: numbers beginning 90 and
	 * 91 are not issued in England, whose ranges start 4 and 6). Room for 50 million.
	 */
	ENGLAND_DAY("9", 8);

	private final String prefix;

	private final int width;

	NhsNumbers(String prefix, int width) {
		this.prefix = prefix;
		this.width = width;
	}

	public long capacity() {
		return (long) Math.pow(10, this.width) / 2;
	}

	public String forOrdinal(long ordinal) {
		if (ordinal < 0 || ordinal >= capacity()) {
			throw new IllegalArgumentException("NHS number ordinal " + ordinal + " outside 0.." + (capacity() - 1));
		}
		String nine = payload(2 * ordinal);
		int check = NhsNumber.checkDigit(nine);
		if (check == 10) {
			nine = payload(2 * ordinal + 1);
			check = NhsNumber.checkDigit(nine);
		}
		return nine + check;
	}

	private String payload(long value) {
		String digits = Long.toString(value);
		return this.prefix + "0".repeat(this.width - digits.length()) + digits;
	}

}
