package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.util.Arrays;
import java.util.List;

/**
 * A school's workforce figures for a term as sent, in JSON or as one CSV row (the columns
 * are these fields, in any order): read by {@link SubmissionRules}. Numbers only, besides
 * the school's URN and the term's code: no field holds free text, so none can carry a
 * person's name (ADR 0046).
 *
 * @param school the school's URN
 * @param term the term's code, for example {@code 2026-27-AUTUMN}
 * @param headcount staff in post on the term's last day (or the day sent)
 * @param fte their full-time equivalent, at most two decimal places
 * @param respondents staff who answered the well-being survey this term (0 when none was
 * run)
 * @param agreeWellbeingGood respondents agreeing:
 * {@link WellbeingStatement#WELLBEING_GOOD}
 * @param agreeSafeAndSupported respondents agreeing:
 * {@link WellbeingStatement#SAFE_AND_SUPPORTED}
 * @param agreeSupportAccessible respondents agreeing:
 * {@link WellbeingStatement#SUPPORT_ACCESSIBLE}
 * @param agreeDevelopmentRelevant respondents agreeing:
 * {@link WellbeingStatement#DEVELOPMENT_RELEVANT}
 * @param agreeGrowthRecognised respondents agreeing:
 * {@link WellbeingStatement#GROWTH_RECOGNISED}
 * @param stressDaysLost working days lost to stress-related absence in the term
 * @param tas teaching assistants in post
 * @param tasInducted of them, those who have completed the central TA induction
 * @param tasCompletedCpd of them, those who completed professional development in the
 * term
 * @param tasCareerProgressed of them, those who took a career step in the term (HLTA,
 * apprenticeship, teacher training)
 * @param tasPayProgressed of them, those who moved up the pay structure in the term
 * @param vacancies posts advertised in the term
 * @param postsFilled of them, those filled
 * @param leavers staff who left in the term
 */
public record SubmissionInput(String school, String term, Long headcount, Double fte, Long respondents,
		Long agreeWellbeingGood, Long agreeSafeAndSupported, Long agreeSupportAccessible, Long agreeDevelopmentRelevant,
		Long agreeGrowthRecognised, Long stressDaysLost, Long tas, Long tasInducted, Long tasCompletedCpd,
		Long tasCareerProgressed, Long tasPayProgressed, Long vacancies, Long postsFilled, Long leavers) {

	/** The fields, in order: the CSV's columns. */
	public static final List<String> FIELDS = Arrays.stream(SubmissionInput.class.getRecordComponents())
		.map(component -> component.getName())
		.toList();

	/** The number agreeing with a statement, as sent. */
	public Long agreeing(WellbeingStatement statement) {
		return switch (statement) {
			case WELLBEING_GOOD -> this.agreeWellbeingGood;
			case SAFE_AND_SUPPORTED -> this.agreeSafeAndSupported;
			case SUPPORT_ACCESSIBLE -> this.agreeSupportAccessible;
			case DEVELOPMENT_RELEVANT -> this.agreeDevelopmentRelevant;
			case GROWTH_RECOGNISED -> this.agreeGrowthRecognised;
		};
	}

}
