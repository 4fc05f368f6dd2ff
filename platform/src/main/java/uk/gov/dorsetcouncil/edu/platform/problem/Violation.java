package uk.gov.dorsetcouncil.edu.platform.problem;

/**
 * One thing wrong with a request: which field (a JSON pointer-like path such as
 * {@code marks[3].code}, or a CSV row) and what was wrong with it.
 */
public record Violation(String field, String detail) {

}
