package uk.gov.dorsetcouncil.edu.local;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeSet;

/**
 * The development issuer's sign-in page: instead of a password, the person picks who to
 * be (a persona, and for school and locality personas which school or locality). Plain
 * HTML with labels, a fieldset and an error summary, so that it is usable from the
 * keyboard and by a screen reader. Local run only.
 */
final class PersonaPicker {

	private PersonaPicker() {
	}

	/**
	 * The page for an authorization request; its parameters travel on as hidden fields.
	 * @param request the authorization request's parameters
	 * @param error what was wrong with the last choice, or null
	 */
	static String page(Map<String, String> request, String error) {
		StringBuilder html = new StringBuilder();
		html.append("""
				<!DOCTYPE html>
				<html lang="en">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Sign in (development) - Dorset Education Platform</title></head>
				<body>
				<main>
				<h1>Sign in to the Dorset Education Platform</h1>
				<p>This is the local run's development sign-in: pick who to be. In production the council's own
				sign-in page is shown here.</p>
				""");
		if (error != null) {
			html.append("<div role=\"alert\" aria-labelledby=\"error-summary-title\"><h2 id=\"error-summary-title\">")
				.append("There is a problem</h2><p>")
				.append(escape(error))
				.append("</p></div>\n");
		}
		html.append("<form method=\"post\" action=\"/authorize\">\n");
		for (String name : new String[] { "response_type", "client_id", "redirect_uri", "state", "scope",
				"code_challenge", "code_challenge_method" }) {
			String value = request.get(name);
			if (value != null) {
				html.append("<input type=\"hidden\" name=\"")
					.append(name)
					.append("\" value=\"")
					.append(escape(value))
					.append("\">\n");
			}
		}
		html.append("<fieldset><legend>Who are you signing in as?</legend>\n");
		Persona.ALL.values().stream().sorted(Comparator.comparing(Persona::name)).forEach(persona -> {
			String id = "persona-" + persona.name();
			html.append("<div><input type=\"radio\" required name=\"persona\" id=\"")
				.append(id)
				.append("\" value=\"")
				.append(escape(persona.name()))
				.append("\"")
				.append(persona.name().equals(request.get("persona")) ? " checked" : "")
				.append("> <label for=\"")
				.append(id)
				.append("\">")
				.append(escape(persona.name()))
				.append(": ")
				.append(escape(persona.description()))
				.append("</label></div>\n");
		});
		html.append("</fieldset>\n")
			.append("<p><label for=\"school\">School URN, for a school persona (default ")
			.append(Persona.DEFAULT_SCHOOL_URN)
			.append(")</label><br><input type=\"text\" id=\"school\" name=\"school\" inputmode=\"numeric\" ")
			.append("pattern=\"[0-9]{6}\" autocomplete=\"off\"></p>\n")
			.append("<p><label for=\"locality\">Locality, for a locality persona</label><br>")
			.append("<select id=\"locality\" name=\"locality\"><option value=\"\">")
			.append(Persona.DEFAULT_LOCALITY)
			.append(" (default)</option>");
		for (String locality : new TreeSet<>(Persona.LOCALITIES)) {
			html.append("<option>").append(locality).append("</option>");
		}
		html.append("</select></p>\n<button type=\"submit\">Sign in</button>\n</form>\n</main>\n</body>\n</html>\n");
		return html.toString();
	}

	/** A page that says why the request cannot go back to the client that sent it. */
	static String refusal(String why) {
		return """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>Sign-in refused - Dorset Education Platform</title></head>
				<body><main><h1>This sign-in request cannot be answered</h1><p>%s</p></main></body></html>
				"""
			.formatted(escape(why));
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
