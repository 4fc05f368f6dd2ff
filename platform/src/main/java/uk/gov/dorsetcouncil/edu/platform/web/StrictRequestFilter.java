package uk.gov.dorsetcouncil.edu.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.gov.dorsetcouncil.edu.platform.input.QueryString;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Reads every API request's query and Content-Type strictly before the server and the
 * framework do, where they would drop a parameter, put U+FFFD in its place or fail deep
 * inside (a 500):
 * <ul>
 * <li>the query ({@link QueryString}): malformed percent-encoding, bytes that are not
 * UTF-8 and control characters are a 400 problem naming the parameter; the parameters
 * read are kept on the request for the check of unknown names
 * ({@link UnknownQueryParameters});</li>
 * <li>the Content-Type ({@link ContentTypes}): a value that is not one media type (a
 * wildcard such as {@code *}{@code /*}, or not a media type at all) is a 415
 * problem.</li>
 * </ul>
 */
public class StrictRequestFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = QueryString.class.getName();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		QueryString query;
		try {
			query = QueryString.parse(request.getQueryString());
		}
		catch (ProblemException ex) {
			ServletProblems.write(request, response, ProblemType.INVALID_INPUT, 400, ex.getMessage(), ex.violations());
			return;
		}
		Optional<String> contentType = ContentTypes.problemWith(request.getContentType());
		if (contentType.isPresent()) {
			ServletProblems.write(request, response, ProblemType.UNSUPPORTED_MEDIA_TYPE, 415, contentType.get(),
					List.of(new Violation("Content-Type", contentType.get())));
			return;
		}
		request.setAttribute(ATTRIBUTE, query);
		chain.doFilter(request, response);
	}

}
