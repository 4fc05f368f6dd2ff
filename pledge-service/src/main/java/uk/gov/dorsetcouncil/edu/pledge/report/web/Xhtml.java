package uk.gov.dorsetcouncil.edu.pledge.report.web;

import org.springframework.web.util.HtmlUtils;

/**
 * What the report pages share: a head that is both HTML for a browser and well-formed
 * XHTML for the PDF renderer (which parses XML, ADR 0042), and escaping to the five XML
 * references only (Spring's {@code HtmlUtils} with the page's encoding, so no HTML-only
 * named entity such as {@code &pound;} reaches the XML parser).
 */
final class Xhtml {

	private static final String STYLE = "@page{size:A4 landscape;margin:1.5cm}"
			+ "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
			+ "td,th{border:1px solid #999;padding:4px;text-align:left;vertical-align:top}"
			+ ".GREEN{background:#cce5cc}.AMBER{background:#ffe0a3}.RED{background:#f5b7b1}"
			+ ".NO_DATA{background:#ddd}";

	private Xhtml() {
	}

	/** The page up to the opening body tag. */
	static StringBuilder page(String title, int capacity) {
		return new StringBuilder(capacity)
			.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"/>")
			.append("<title>")
			.append(e(title))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body>\n");
	}

	static String e(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
