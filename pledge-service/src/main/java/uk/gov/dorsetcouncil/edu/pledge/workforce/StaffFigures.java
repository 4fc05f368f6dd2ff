package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.util.EnumMap;
import java.util.Map;

/**
 * A school's workforce figures for a term as accepted: whole numbers, every part within
 * its whole (ADR 0046). Aggregates of the school's staff, never a person.
 *
 * @param headcount staff in post
 * @param fte their full-time equivalent
 * @param respondents staff who answered the well-being survey
 * @param agreeing respondents agreeing with each statement
 * @param stressDaysLost working days lost to stress-related absence
 * @param tas teaching assistants in post
 * @param tasInducted TAs who have completed the central induction
 * @param tasCompletedCpd TAs who completed professional development in the term
 * @param tasCareerProgressed TAs who took a career step in the term
 * @param tasPayProgressed TAs who moved up the pay structure in the term
 * @param vacancies posts advertised
 * @param postsFilled posts filled
 * @param leavers staff who left
 */
public record StaffFigures(long headcount, double fte, long respondents, Map<WellbeingStatement, Long> agreeing,
		long stressDaysLost, long tas, long tasInducted, long tasCompletedCpd, long tasCareerProgressed,
		long tasPayProgressed, long vacancies, long postsFilled, long leavers) {

	public StaffFigures {
		Map<WellbeingStatement, Long> copy = new EnumMap<>(WellbeingStatement.class);
		copy.putAll(agreeing);
		agreeing = Map.copyOf(copy);
	}

	public long agreeing(WellbeingStatement statement) {
		return this.agreeing.getOrDefault(statement, 0L);
	}

	/**
	 * The figures as one line of {@code field=value} in a fixed order: what the receipt's
	 * digest is taken of.
	 */
	public String canonical() {
		StringBuilder line = new StringBuilder();
		line.append("headcount=").append(this.headcount).append(";fte=").append(this.fte);
		line.append(";respondents=").append(this.respondents);
		for (WellbeingStatement statement : WellbeingStatement.values()) {
			line.append(';').append(statement.field()).append('=').append(agreeing(statement));
		}
		line.append(";stressDaysLost=").append(this.stressDaysLost).append(";tas=").append(this.tas);
		line.append(";tasInducted=").append(this.tasInducted).append(";tasCompletedCpd=").append(this.tasCompletedCpd);
		line.append(";tasCareerProgressed=").append(this.tasCareerProgressed);
		line.append(";tasPayProgressed=").append(this.tasPayProgressed).append(";vacancies=").append(this.vacancies);
		line.append(";postsFilled=").append(this.postsFilled).append(";leavers=").append(this.leavers);
		return line.toString();
	}

}
