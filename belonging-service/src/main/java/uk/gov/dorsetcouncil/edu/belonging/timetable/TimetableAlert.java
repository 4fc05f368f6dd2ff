package uk.gov.dorsetcouncil.edu.belonging.timetable;

/**
 * What an officer or school should look at about part-time timetables, each with the rule
 * or practice it comes from.
 */
public enum TimetableAlert {

	/** Longer than six weeks, to its end date or, with none, to today. */
	OVER_SIX_WEEKS("DfE, Working together to improve school attendance (2024): a part-time timetable is temporary "
			+ "and time-limited; Dorset looks again at any over six weeks"),

	/** Fewer reviews done than review dates passed, while it runs. */
	REVIEW_OVERDUE("DfE, Working together to improve school attendance (2024): it is reviewed regularly with the "
			+ "pupil and parents"),

	/** No end date set. */
	NO_END_DATE("DfE, Working together to improve school attendance (2024): it has a time limit by which the "
			+ "pupil is expected to attend full time"),

	/** It has run a week or more and the register holds no {@code C2} mark in it. */
	NO_C2_MARKS("School Attendance (Pupil Registration) (England) Regulations 2024: a pupil on an agreed "
			+ "part-time timetable is marked C2 in the sessions they are not expected to attend"),

	/** {@code C2} marks at a school on days no agreed part-time timetable covers. */
	C2_WITHOUT_TIMETABLE("School Attendance (Pupil Registration) (England) Regulations 2024: C2 records leave of "
			+ "absence for a pupil of compulsory school age on a part-time timetable agreed with the school");

	/** The register code for leave of absence on an agreed part-time timetable. */
	public static final String C2 = "C2";

	private final String rule;

	TimetableAlert(String rule) {
		this.rule = rule;
	}

	public String rule() {
		return this.rule;
	}

}
