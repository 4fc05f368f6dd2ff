package uk.gov.dorsetcouncil.edu.synthetic.measures;

/**
 * DfE absence measures for a group of enrolments (domain-rules 2): rates are percentages
 * of possible sessions; persistent absentees miss 10% or more of their own possible
 * sessions, severe absentees 50% or more. Unrounded; round for display.
 */
public record Figures(long enrolments, long possibleSessions, double attendance, double overallAbsence,
		double authorisedAbsence, double unauthorisedAbsence, double persistentAbsence, double severeAbsence) {

	static Figures of(long enrolments, long possible, long attended, long authorised, long unauthorised,
			long persistent, long severe) {
		if (possible == 0) {
			return new Figures(enrolments, 0, 0, 0, 0, 0, 0, 0);
		}
		double p = possible;
		return new Figures(enrolments, possible, 100 * attended / p, 100 * (authorised + unauthorised) / p,
				100 * authorised / p, 100 * unauthorised / p, 100.0 * persistent / enrolments,
				100.0 * severe / enrolments);
	}

}
