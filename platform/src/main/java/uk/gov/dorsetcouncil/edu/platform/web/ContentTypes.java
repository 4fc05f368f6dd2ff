package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import uk.gov.dorsetcouncil.edu.platform.input.KeptText;

/**
 * What a request's Content-Type must be before anything reads its body: one concrete
 * media type (RFC 9110 section 8.3). A pattern such as {@code *}{@code /*} or
 * {@code application/*} says what a client accepts, never what it sent; the framework
 * fails on one as on a value that is no media type at all.
 */
public final class ContentTypes {

	private ContentTypes() {
	}

	/** What is wrong with a request's Content-Type, if anything (absent is fine). */
	public static Optional<String> problemWith(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return Optional.empty();
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			return Optional.of("the Content-Type " + KeptText.quoted(contentType)
					+ " is not a media type; send the type the operation reads, usually application/json");
		}
		if (type.isWildcardType() || type.isWildcardSubtype()) {
			return Optional.of("the Content-Type " + KeptText.quoted(contentType)
					+ " is a pattern, not the type of a body; send the type the operation reads, usually "
					+ "application/json");
		}
		if (type.getType().equals("multipart") && type.getParameter("boundary") == null) {
			return Optional.of("the Content-Type " + KeptText.quoted(contentType)
					+ " has no boundary, so its parts cannot be read (RFC 2046 section 5.1.1)");
		}
		return Optional.empty();
	}

}
