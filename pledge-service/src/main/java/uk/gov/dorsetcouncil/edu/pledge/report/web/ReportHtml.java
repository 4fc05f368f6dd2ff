package uk.gov.dorsetcouncil.edu.pledge.report.web;

import java.time.Instant;
import java.util.Locale;

import uk.gov.dorsetcouncil.edu.pledge.commitment.Evidence;
import uk.gov.dorsetcouncil.edu.pledge.report.FigureAsOf;
import uk.gov.dorsetcouncil.edu.pledge.report.MeasureLine;
import uk.gov.dorsetcouncil.edu.pledge.report.web.ReportView.LineView;

/**
 * A Board report as one self-contained HTML page, every text escaped: each commitment
 * with its status (and an override's reason), its movement since the previous report, and
 * each measure with its value, target, status, change and the source and as-of time of
 * the figure. Well-formed XHTML as well, so that the same page is the PDF (ADR 0042).
 */
final class ReportHtml {

	private ReportHtml() {
	}

	static String of(ReportView report) {
		StringBuilder html = Xhtml.page(report.title() + ": the pledges", 16_384)
			.append("<h1>")
			.append(e(report.title()))
			.append(": the Student and Workforce Pledges</h1>\n<p>Made ")
			.append(e(report.asOf().toString()))
			.append(" by ")
			.append(e(report.producedBy()))
			.append(" (version ")
			.append(report.version())
			.append("). Compared with the report to the meeting of ")
			.append((report.previousMeeting() != null) ? e(report.previousMeeting().toString()) : "none (the first)")
			.append(".</p>\n<p>Statuses: ");
		report.statuses().forEach((rag, count) -> html.append(e(rag.name())).append(' ').append(count).append("; "));
		html.append("</p>\n<p>Rules: ").append(e(report.rules().source())).append("</p>\n");
		for (LineView line : report.commitments()) {
			html.append("<h2 class=\"")
				.append(line.status().name())
				.append("\">")
				.append(e(line.key()))
				.append(" ")
				.append(e(line.title()))
				.append(": ")
				.append(e(line.status().name()))
				.append("</h2>\n<p>Derived ")
				.append(e(line.derived().name()))
				.append("; previously ")
				.append((line.previous() != null) ? e(line.previous().name()) : "not reported")
				.append(" (")
				.append(e(line.movement().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
				.append("). Owner: ")
				.append((line.owner() != null) ? e(line.owner().name()) : "not named")
				.append("; working group: ")
				.append(e(line.workingGroup().name()))
				.append("; its keepers say ")
				.append(e(line.ownerStatus()))
				.append(".</p>\n");
			if (line.override() != null) {
				html.append("<p>Overridden to ")
					.append(e(line.override().rag().name()))
					.append(" by ")
					.append(e(line.override().by()))
					.append(" at ")
					.append(e(line.override().at().toString()))
					.append(": ")
					.append(e(line.override().reason()))
					.append("</p>\n");
			}
			if (!line.measures().isEmpty()) {
				html.append("<table><tr><th>Measure</th><th>Value</th><th>Target</th><th>Status</th><th>Change</th>"
						+ "<th>Source</th><th>As of</th></tr>\n");
				line.measures().forEach(measure -> measureRow(html, measure, report.asOf()));
				html.append("</table>\n");
			}
			if (!line.evidence().isEmpty()) {
				html.append("<ul>");
				line.evidence().forEach(evidence -> evidenceItem(html, evidence));
				html.append("</ul>\n");
			}
		}
		return html.append("</body></html>\n").toString();
	}

	private static void measureRow(StringBuilder html, MeasureLine line, Instant reportAsOf) {
		var reading = line.reading();
		String source;
		if (reading.platform() != null) {
			source = reading.platform().service() + ": " + reading.platform().query() + "; "
					+ ((reading.platform().basis() != null) ? reading.platform().basis() + "; " : "") + "as of "
					+ reading.platform().asOf()
					+ ((reading.platform().detail() != null) ? " (" + reading.platform().detail() + ")" : "");
		}
		else if (reading.recorded() != null) {
			source = "recorded by " + reading.recorded().recordedBy() + " at " + reading.recorded().recordedAt()
					+ " for " + reading.recorded().period() + " (" + reading.recorded().evidence().size()
					+ " pieces of evidence)";
		}
		else {
			source = "nothing recorded: " + reading.measure().source().description();
		}
		html.append("<tr><td>")
			.append(e(reading.measure().name()))
			.append("</td><td class=\"figure\">")
			.append((reading.value() != null) ? e(reading.value() + " " + reading.measure().unit())
					: e(reading.state().name()))
			.append("</td><td>")
			.append(e(reading.measure().target() + " ("
					+ reading.measure().direction().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"))
			.append("</td><td class=\"")
			.append(line.rag().name())
			.append("\">")
			.append(e(line.rag().name()))
			.append("</td><td>")
			.append((line.change() != null) ? e(String.format(Locale.ROOT, "%+.1f", line.change())) : "")
			.append("</td><td>")
			.append(e(source))
			.append("</td><td class=\"figure\">")
			.append(e(FigureAsOf.of(reading, reportAsOf)))
			.append("</td></tr>\n");
	}

	private static void evidenceItem(StringBuilder html, Evidence evidence) {
		html.append("<li>").append(e(evidence.kind().name())).append(": ");
		if (evidence.link() != null) {
			html.append("<a href=\"")
				.append(e(evidence.link()))
				.append("\">")
				.append(e(evidence.title()))
				.append("</a>");
		}
		else {
			html.append(e(evidence.title()));
		}
		if (evidence.survey() != null) {
			html.append(" (")
				.append(e(evidence.survey().question()))
				.append(": ")
				.append(evidence.survey().agreedPercent())
				.append("% of ")
				.append(evidence.survey().respondents())
				.append(")");
		}
		html.append(", ").append(e(evidence.dated().toString())).append("</li>");
	}

	private static String e(String text) {
		return Xhtml.e(text);
	}

}
