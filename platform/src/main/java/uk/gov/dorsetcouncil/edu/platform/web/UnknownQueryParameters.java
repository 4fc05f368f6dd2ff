package uk.gov.dorsetcouncil.edu.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import uk.gov.dorsetcouncil.edu.platform.input.QueryString;

/**
 * Refuses an API request carrying a query parameter its handler does not take, naming
 * each one and what the path takes (a misspelt {@code sise} or an unsupported
 * {@code sort} would otherwise be ignored, and the caller would read an answer to another
 * question). The names a handler takes come from its declaration
 * ({@link QueryParameterNames}).
 */
public class UnknownQueryParameters implements HandlerInterceptor {

	private final QueryParameterNames names = new QueryParameterNames();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)
				|| !request.getRequestURI().startsWith("/api/")) {
			return true;
		}
		Object parsed = request.getAttribute(StrictRequestFilter.ATTRIBUTE);
		QueryString query = (parsed instanceof QueryString read) ? read : QueryString.parse(request.getQueryString());
		this.names.of(method).ifPresent(query::requireOnly);
		return true;
	}

}
