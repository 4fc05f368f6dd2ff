package uk.gov.dorsetcouncil.edu.gateway.problem;

import java.util.Arrays;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.ProblemType;

/**
 * The page each problem type's URI names ({@code /problems/invalid-input}), and the list
 * of them all ({@code /problems}): what the type means and what to do about it, from the
 * one table of types ({@link ProblemType}). Open to anyone, as the API description is.
 */
@RestController
@Hidden
class ProblemPages {

	private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

	@GetMapping(ProblemType.PATH + "{slug}")
	ResponseEntity<String> page(@PathVariable String slug) {
		ProblemType type = ProblemType.ofSlug(slug)
			.orElseThrow(() -> ProblemException.notFound("there is no problem type " + slug + "; see /problems"));
		return html(type.title(), "<p><code>" + type.uri() + "</code>, HTTP status " + type.status() + "</p>\n<p>"
				+ HtmlUtils.htmlEscape(type.description()) + "</p>\n"
				+ "<p>Every problem answer also carries a <code>requestId</code>, which is in the platform's "
				+ "logs: quote it when asking about an answer. <a href=\"/problems\">All problem types</a></p>");
	}

	@GetMapping("/problems")
	ResponseEntity<String> index() {
		StringBuilder list = new StringBuilder("<ul>\n");
		Arrays.stream(ProblemType.values())
			.forEach((type) -> list.append("<li><a href=\"")
				.append(type.uri())
				.append("\">")
				.append(type.status())
				.append(" ")
				.append(HtmlUtils.htmlEscape(type.title()))
				.append("</a></li>\n"));
		return html("Problem types", "<p>Every error from the platform is an RFC 9457 problem answer of one of "
				+ "these types.</p>\n" + list + "</ul>");
	}

	private static ResponseEntity<String> html(String title, String body) {
		String escaped = HtmlUtils.htmlEscape(title);
		return ResponseEntity.ok()
			.contentType(HTML)
			.cacheControl(CacheControl.noCache())
			.body("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escaped
					+ "</title></head>\n<body><h1>" + escaped + "</h1>\n" + body + "\n</body></html>\n");
	}

}
