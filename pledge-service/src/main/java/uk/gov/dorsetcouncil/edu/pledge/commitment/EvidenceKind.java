package uk.gov.dorsetcouncil.edu.pledge.commitment;

/**
 * What a piece of evidence is: a document or a page held elsewhere, or a survey's result.
 */
public enum EvidenceKind {

	DOCUMENT, LINK, SURVEY_RESULT

}
