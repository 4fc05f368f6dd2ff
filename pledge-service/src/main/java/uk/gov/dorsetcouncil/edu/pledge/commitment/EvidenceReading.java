package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.EvidenceInput;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.SurveyInput;

/**
 * Reads evidence as sent, for a commitment or a value recorded by hand: a document or a
 * link needs an https link, a survey result its question, respondents and share; every
 * piece is dated, not after today.
 */
public final class EvidenceReading {

	static final int MOST = 50;

	private EvidenceReading() {
	}

	public static List<Evidence> read(Fields fields, String field, List<EvidenceInput> inputs, LocalDate today) {
		List<Evidence> evidence = new ArrayList<>();
		if (inputs == null) {
			return evidence;
		}
		if (inputs.size() > MOST) {
			fields.reject(field, "holds at most " + MOST + " pieces of evidence");
			return evidence;
		}
		for (int i = 0; i < inputs.size(); i++) {
			String at = field + "[" + i + "]";
			EvidenceInput input = inputs.get(i);
			if (input == null) {
				fields.reject(at, "is a piece of evidence, not null");
				continue;
			}
			EvidenceKind kind = fields.oneOf(at + ".kind", input.kind(), EvidenceKind.class, true);
			String title = fields.text(at + ".title", input.title(), TextField.LINE, true);
			LocalDate dated = fields.date(at + ".dated", input.dated(), true);
			if (dated != null && dated.isAfter(today)) {
				fields.reject(at + ".dated", "is not after today");
			}
			String link = fields.link(at + ".link", input.link(), kind != null && kind != EvidenceKind.SURVEY_RESULT);
			SurveyResult survey = null;
			if (kind == EvidenceKind.SURVEY_RESULT) {
				survey = survey(fields, at + ".survey", input.survey());
			}
			else if (input.survey() != null) {
				fields.reject(at + ".survey", "is only for a SURVEY_RESULT");
			}
			if (kind != null && title != null && dated != null) {
				evidence.add(new Evidence(kind, title, link, dated, survey));
			}
		}
		return evidence;
	}

	private static SurveyResult survey(Fields fields, String at, SurveyInput input) {
		if (input == null) {
			fields.reject(at, "is required for a SURVEY_RESULT: question, respondents, agreedPercent");
			return null;
		}
		String question = fields.text(at + ".question", input.question(), TextField.LINE, true);
		Integer respondents = input.respondents();
		if (respondents == null || respondents < 1) {
			fields.reject(at + ".respondents", "is a whole number of respondents, at least 1");
		}
		Double agreed = fields.number(at + ".agreedPercent", input.agreedPercent(), true);
		if (agreed != null && !MeasureUnit.PERCENT.holds(agreed)) {
			fields.reject(at + ".agreedPercent", "is a percentage " + MeasureUnit.PERCENT.range());
			agreed = null;
		}
		return (question != null && respondents != null && respondents >= 1 && agreed != null)
				? new SurveyResult(question, respondents, agreed) : null;
	}

}
