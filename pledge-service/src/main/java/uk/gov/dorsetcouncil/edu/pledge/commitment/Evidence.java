package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.time.LocalDate;

/**
 * Evidence of progress on a commitment: documents and pages as links (the platform keeps
 * the link, not the file), or a survey's result.
 *
 * @param kind a document, a link or a survey result
 * @param title what it is
 * @param link where it is (https), for a document or a link; may also point at a survey
 * @param dated the date it describes
 * @param survey the result, for a survey result; null otherwise
 */
public record Evidence(EvidenceKind kind, String title, String link, LocalDate dated, SurveyResult survey) {

}
