package uk.gov.dorsetcouncil.edu.pledge.commitment;

/**
 * A survey's answer to one question, as aggregates only (never a respondent's answer).
 *
 * @param question the question asked
 * @param respondents how many answered it
 * @param agreedPercent the share who agreed, in percent
 */
public record SurveyResult(String question, int respondents, double agreedPercent) {

}
