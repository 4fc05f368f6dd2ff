package uk.gov.dorsetcouncil.edu.attendance.measures;

import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;

/**
 * The attendance code table as the read model's loops read it: a mark is one byte (the
 * code's storage character, 0 for no mark), and its DfE category is one array look-up.
 */
final class Codes {

	static final byte NONE = 0;

	/** Categories as small numbers, for counting in arrays. */
	static final int PRESENT = 0;

	static final int EDUCATIONAL = 1;

	static final int AUTHORISED = 2;

	static final int UNAUTHORISED = 3;

	/** A mark that is not a possible session (D, X, Q, Y1 to Y7, Z, #). */
	static final int NOT_POSSIBLE = 4;

	/** No mark. */
	static final int UNMARKED = 5;

	private static final int[] CATEGORY = new int[128];

	static {
		java.util.Arrays.fill(CATEGORY, UNMARKED);
		for (AttendanceCode code : AttendanceCode.values()) {
			CATEGORY[code.storage()] = switch (code.category()) {
				case PRESENT -> PRESENT;
				case APPROVED_EDUCATIONAL_ACTIVITY -> EDUCATIONAL;
				case AUTHORISED -> AUTHORISED;
				case UNAUTHORISED -> UNAUTHORISED;
				case UNABLE_TO_ATTEND, ADMINISTRATIVE -> NOT_POSSIBLE;
			};
		}
	}

	private Codes() {
	}

	static int category(byte mark) {
		return CATEGORY[mark & 127];
	}

	/** The byte for a packed session character ({@link YearMarks#NO_MARK}: none). */
	static byte of(char storage) {
		return (storage == YearMarks.NO_MARK) ? NONE : (byte) storage;
	}

	static char storage(byte mark) {
		return (mark == NONE) ? YearMarks.NO_MARK : (char) mark;
	}

}
