package uk.gov.dorsetcouncil.edu.attendance.register;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static uk.gov.dorsetcouncil.edu.attendance.register.CodeCategory.ADMINISTRATIVE;
import static uk.gov.dorsetcouncil.edu.attendance.register.CodeCategory.APPROVED_EDUCATIONAL_ACTIVITY;
import static uk.gov.dorsetcouncil.edu.attendance.register.CodeCategory.AUTHORISED;
import static uk.gov.dorsetcouncil.edu.attendance.register.CodeCategory.PRESENT;
import static uk.gov.dorsetcouncil.edu.attendance.register.CodeCategory.UNABLE_TO_ATTEND;
import static uk.gov.dorsetcouncil.edu.attendance.register.CodeCategory.UNAUTHORISED;

/**
 * The attendance register codes in force from 19 August 2024: School Attendance (Pupil
 * Registration) (England) Regulations 2024 (SI 2024/208) reg 10, with the statistical
 * treatment of the DfE absence methodology. The table is data: one row per code, pinned
 * by a test to domain-rules.md 1.1.
 *
 * <p>
 * Each code also has one storage character, so that a session's mark packs into one
 * character of a pupil's year of marks (see ADR 0004).
 */
public enum AttendanceCode {

	PRESENT_AM("/", '/', "Present at morning registration", PRESENT, true),
	PRESENT_PM("\\", '\\', "Present at afternoon registration", PRESENT, true),
	LATE_BEFORE_REGISTER_CLOSED("L", 'L', "Late, arrived before the register closed", PRESENT, true),
	LA_ARRANGED_PROVISION("K", 'K',
			"Education provision arranged by the local authority (s19 EA 1996; s42/s61 CFA 2014) away from the school",
			APPROVED_EDUCATIONAL_ACTIVITY, true),
	EDUCATIONAL_VISIT("V", 'V', "Educational visit or trip run by or for the school", APPROVED_EDUCATIONAL_ACTIVITY,
			true),
	SPORTING_ACTIVITY("P", 'P', "Approved sporting activity", APPROVED_EDUCATIONAL_ACTIVITY, true),
	WORK_EXPERIENCE("W", 'W', "Work experience", APPROVED_EDUCATIONAL_ACTIVITY, true),
	OTHER_APPROVED_ACTIVITY("B", 'B',
			"Other approved off-site educational activity, supervised by a suitably qualified person",
			APPROVED_EDUCATIONAL_ACTIVITY, true),
	DUAL_REGISTERED("D", 'D', "Dual registered, attending the other school", ADMINISTRATIVE, false),
	LEAVE_PERFORMANCE_OR_EMPLOYMENT_ABROAD("C1", 'c',
			"Leave for a regulated performance or regulated employment abroad", AUTHORISED, true),
	LEAVE_MEDICAL_OR_DENTAL("M", 'M', "Leave for a medical or dental appointment", AUTHORISED, true),
	LEAVE_INTERVIEW("J1", 'j', "Leave for an interview for employment or admission to another educational institution",
			AUTHORISED, true),
	LEAVE_EXAM_STUDY("S", 'S', "Leave to study for a public examination", AUTHORISED, true),
	BELOW_COMPULSORY_SCHOOL_AGE("X", 'X', "Below compulsory school age, not required to attend", ADMINISTRATIVE, false),
	LEAVE_PART_TIME_TIMETABLE("C2", 'p', "Leave for a compulsory-school-age pupil on a part-time timetable", AUTHORISED,
			true),
	LEAVE_EXCEPTIONAL_CIRCUMSTANCES("C", 'C', "Leave in exceptional circumstances", AUTHORISED, true),
	MOBILE_CHILD("T", 'T', "Parent travelling for occupational purposes", AUTHORISED, true),
	RELIGIOUS_OBSERVANCE("R", 'R', "Religious observance", AUTHORISED, true),
	ILLNESS("I", 'I', "Illness (not medical or dental appointments)", AUTHORISED, true),
	EXCLUDED_NO_PROVISION("E", 'E', "Suspended or permanently excluded, no alternative provision made", AUTHORISED,
			true),
	HOLIDAY_NOT_GRANTED("G", 'G', "Holiday not granted by the school", UNAUTHORISED, true),
	REASON_NOT_YET_ESTABLISHED("N", 'N', "Reason not yet established", UNAUTHORISED, true),
	OTHER_UNAUTHORISED("O", 'O', "Absent in other or unknown circumstances", UNAUTHORISED, true),
	ARRIVED_AFTER_REGISTER_CLOSED("U", 'U', "Arrived after the register closed", UNAUTHORISED, true),
	NO_ACCESS_ARRANGEMENTS("Q", 'Q', "Lack of access arrangements", UNABLE_TO_ATTEND, false),
	TRANSPORT_NOT_AVAILABLE("Y1", '1', "Transport normally provided not available", UNABLE_TO_ATTEND, false),
	WIDESPREAD_TRAVEL_DISRUPTION("Y2", '2', "Widespread disruption to travel", UNABLE_TO_ATTEND, false),
	PART_OF_PREMISES_CLOSED("Y3", '3', "Part of the school premises closed", UNABLE_TO_ATTEND, false),
	SCHOOL_UNEXPECTEDLY_CLOSED("Y4", '4', "Whole school site unexpectedly closed", UNABLE_TO_ATTEND, false),
	CRIMINAL_JUSTICE_DETENTION("Y5", '5', "In criminal justice detention", UNABLE_TO_ATTEND, false),
	PUBLIC_HEALTH("Y6", '6', "In line with public health guidance or law", UNABLE_TO_ATTEND, false),
	OTHER_UNAVOIDABLE_CAUSE("Y7", '7', "Any other unavoidable cause", UNABLE_TO_ATTEND, false),
	PROSPECTIVE_PUPIL("Z", 'Z', "Prospective pupil not yet on the admission register", ADMINISTRATIVE, false),
	PLANNED_CLOSURE("#", '#', "Planned whole-school closure", ADMINISTRATIVE, false);

	/** Codes withdrawn when the 2024 Regulations replaced the 2006 ones. */
	static final Set<String> WITHDRAWN = Set.of("H", "J", "Y");

	private static final Map<String, AttendanceCode> BY_SYMBOL = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(AttendanceCode::symbol, Function.identity()));

	private static final AttendanceCode[] BY_STORAGE = new AttendanceCode[128];

	static {
		for (AttendanceCode code : values()) {
			if (BY_STORAGE[code.storage] != null) {
				throw new IllegalStateException("two codes share storage character " + code.storage);
			}
			BY_STORAGE[code.storage] = code;
		}
	}

	/** The present mark of each session. */
	private static final Map<Session, AttendanceCode> PRESENT_IN = Map.of(Session.AM, PRESENT_AM, Session.PM,
			PRESENT_PM);

	private final String symbol;

	private final char storage;

	private final String meaning;

	private final CodeCategory category;

	private final boolean possibleSession;

	AttendanceCode(String symbol, char storage, String meaning, CodeCategory category, boolean possibleSession) {
		this.symbol = symbol;
		this.storage = storage;
		this.meaning = meaning;
		this.category = category;
		this.possibleSession = possibleSession;
	}

	/**
	 * The code for a register symbol.
	 * @throws IllegalArgumentException for a withdrawn or unknown symbol, saying which
	 */
	public static AttendanceCode fromSymbol(String symbol) {
		AttendanceCode code = (symbol == null) ? null : BY_SYMBOL.get(symbol);
		if (code != null) {
			return code;
		}
		if (symbol != null && WITHDRAWN.contains(symbol)) {
			throw new IllegalArgumentException("code '" + symbol
					+ "' was withdrawn on 19 August 2024 (School Attendance (Pupil Registration) (England) Regulations 2024)");
		}
		throw new IllegalArgumentException("'" + symbol + "' is not an attendance code in force since 19 August 2024");
	}

	/**
	 * The code for a register symbol marked in {@code session}: {@code /} is the
	 * morning's present mark and {@code \} the afternoon's (SI 2024/208 reg 10 table, DfE
	 * codes guidance), so each is refused in the other session, where it would say the
	 * pupil was present at a registration that was not taken then.
	 * @throws IllegalArgumentException for a withdrawn or unknown symbol, or a present
	 * mark of the other session, saying which
	 */
	public static AttendanceCode fromSymbol(String symbol, Session session) {
		AttendanceCode code = fromSymbol(symbol);
		Session only = code.onlyIn();
		if (only != null && session != null && only != session) {
			throw new IllegalArgumentException("code '" + symbol + "' is the present mark of the " + only
					+ " session; the " + session + " session's is '" + PRESENT_IN.get(session).symbol + "'");
		}
		return code;
	}

	/** The one session this code is marked in, or null when it is marked in either. */
	public Session onlyIn() {
		return PRESENT_IN.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == this)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	/** The code stored as this character, or null for an empty session. */
	public static AttendanceCode fromStorage(char storage) {
		return (storage < BY_STORAGE.length) ? BY_STORAGE[storage] : null;
	}

	public String symbol() {
		return this.symbol;
	}

	public char storage() {
		return this.storage;
	}

	public String meaning() {
		return this.meaning;
	}

	public CodeCategory category() {
		return this.category;
	}

	/**
	 * Whether a session with this code counts in the pupil's possible sessions (D, X, Q,
	 * Y1 to Y7, Z and # do not).
	 */
	public boolean possibleSession() {
		return this.possibleSession;
	}

}
