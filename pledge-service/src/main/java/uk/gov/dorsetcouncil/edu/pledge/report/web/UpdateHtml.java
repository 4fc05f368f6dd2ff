package uk.gov.dorsetcouncil.edu.pledge.report.web;

import java.util.List;

import uk.gov.dorsetcouncil.edu.pledge.report.StakeholderUpdate;
import uk.gov.dorsetcouncil.edu.pledge.report.StakeholderUpdate.Figure;
import uk.gov.dorsetcouncil.edu.pledge.report.StakeholderUpdate.Item;

/**
 * The summer-term stakeholder update as one page in plain language: each pledge's
 * commitments with what was promised, how it is going, each figure in words with its aim
 * and as-of time, what has been done and what comes next. Well-formed XHTML, so that the
 * same page is the PDF (ADR 0042).
 */
final class UpdateHtml {

	private UpdateHtml() {
	}

	static String of(StakeholderUpdate update) {
		StringBuilder html = Xhtml.page(update.title(), 16_384)
			.append("<h1>")
			.append(e(update.title()))
			.append("</h1>\n<p>Each summer term we tell children and young people, parents and staff how we are doing ")
			.append("on the promises in the Student Pledge and the Workforce Pledge. This update comes from the report ")
			.append("to the Dorset Education Board meeting of ")
			.append(e(update.meeting().toString()))
			.append(", made ")
			.append(e(update.asOf().toString()))
			.append(". Every figure says the date it is from.</p>\n");
		String pledge = null;
		for (Item item : update.items()) {
			if (!item.pledge().equals(pledge)) {
				pledge = item.pledge();
				html.append("<h2>")
					.append("STUDENT".equals(pledge) ? "The Student Pledge" : "The Workforce Pledge")
					.append("</h2>\n");
			}
			html.append("<h3 class=\"")
				.append(item.status().name())
				.append("\">")
				.append(e(item.title()))
				.append("</h3>\n<p>What we promised: ")
				.append(e(item.promise()))
				.append("</p>\n<p>How it is going: ")
				.append(e(item.howItIsGoing()))
				.append("</p>\n");
			if (!item.figures().isEmpty()) {
				html.append("<ul>");
				for (Figure figure : item.figures()) {
					html.append("<li>")
						.append(e(figure.measure()))
						.append(": ")
						.append(e(figure.text()))
						.append(" (our aim: ")
						.append(e(figure.aim()))
						.append("), as of ")
						.append(e(figure.asOf()))
						.append("</li>");
				}
				html.append("</ul>\n");
			}
			list(html, "What we have done", item.done());
			list(html, "What comes next", item.next());
		}
		return html.append("</body></html>\n").toString();
	}

	private static void list(StringBuilder html, String heading, List<String> entries) {
		if (entries.isEmpty()) {
			return;
		}
		html.append("<p>").append(heading).append(":</p><ul>");
		entries.forEach(entry -> html.append("<li>").append(e(entry)).append("</li>"));
		html.append("</ul>\n");
	}

	private static String e(String text) {
		return Xhtml.e(text);
	}

}
