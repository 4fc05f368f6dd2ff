package uk.gov.dorsetcouncil.edu.transport.eligibility;

/**
 * The grounds on which a child of compulsory school age is eligible (Education Act 1996
 * s508B and Schedule 35B; statutory guidance "Travel to school for children of compulsory
 * school age", 2024; domain-rules 6), in the order a decision tries them, and the
 * continuation of a lapsed eligibility to the end of the year.
 */
public enum EligibilityRule {

	STATUTORY_WALKING_DISTANCE(
			"beyond statutory walking distance (2 miles under 8, 3 miles from 8) of the nearest suitable school",
			"Education Act 1996 Sch 35B paras 2 and 5, s444(5)"),

	SEN_DISABILITY_MOBILITY(
			"cannot reasonably be expected to walk to the nearest suitable school because of SEN, disability or mobility",
			"Education Act 1996 Sch 35B paras 3 and 6"),

	UNSAFE_ROUTE("within walking distance, but the walking route to the nearest suitable school is assessed unsafe",
			"Education Act 1996 Sch 35B paras 4 and 7"),

	EXTENDED_RIGHTS_NEAREST("low income, aged 8 to 10: the nearest suitable school more than 2 miles away",
			"Education Act 1996 Sch 35B paras 9-12"),

	EXTENDED_RIGHTS_THREE_NEAREST(
			"low income, aged 11 to 16: one of the three nearest suitable schools, more than 2 and not more than 6 miles away",
			"Education Act 1996 Sch 35B para 13; guidance para 34"),

	EXTENDED_RIGHTS_RELIGION_OR_BELIEF(
			"low income, aged 11 to 16: the nearest suitable school preferred on grounds of religion or belief, more than 2 and not more than 15 miles away",
			"Education Act 1996 Sch 35B para 14; guidance para 34"),

	CONTINUED_TO_END_OF_YEAR(
			"eligible earlier this academic year; eligibility that lapses mid-year continues to the end of the year",
			"statutory guidance 2024 para 35");

	private final String meaning;

	private final String source;

	EligibilityRule(String meaning, String source) {
		this.meaning = meaning;
		this.source = source;
	}

	public String meaning() {
		return this.meaning;
	}

	public String source() {
		return this.source;
	}

}
