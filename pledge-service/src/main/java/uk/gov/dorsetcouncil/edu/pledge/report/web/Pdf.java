package uk.gov.dorsetcouncil.edu.pledge.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A report page as PDF, rendered from the same XHTML the browser gets by openhtmltopdf on
 * Apache PDFBox (ADR 0042), so the PDF never says something the page does not. The page
 * has no external resources (styles inline, no images), so no base URI is given and
 * nothing is fetched while rendering.
 */
final class Pdf {

	private Pdf() {
	}

	static byte[] of(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("rendering the PDF failed", ex);
		}
		return out.toByteArray();
	}

}
