package uk.gov.dorsetcouncil.edu.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.gov.dorsetcouncil.edu.platform.correlation.RequestIds;

/**
 * Gives every request its correlation id ({@link RequestIds}): in the MDC for every log
 * line written while it is handled, in the {@code X-Request-Id} of the answer, and in
 * every problem answer. The first filter, so that nothing is logged without it.
 */
public class RequestIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = RequestIds.from(request.getHeader(RequestIds.HEADER), request.getHeader(RequestIds.TRACEPARENT));
		response.setHeader(RequestIds.HEADER, id);
		MDC.put(RequestIds.MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(RequestIds.MDC_KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
