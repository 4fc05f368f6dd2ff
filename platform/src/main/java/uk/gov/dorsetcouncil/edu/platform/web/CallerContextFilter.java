package uk.gov.dorsetcouncil.edu.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.caller.MissingCallerException;

/**
 * Refuses REST calls to {@code /api/**} that carry no caller context (401 problem
 * details): services answer only what comes through the gateway. Actuator endpoints stay
 * open to the orchestrator on the service's own port.
 */
public class CallerContextFilter extends OncePerRequestFilter {

	public static final String ATTRIBUTE = Caller.class.getName();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Caller caller;
		try {
			caller = CallerHeaders.fromHeaders(request::getHeader);
		}
		catch (MissingCallerException ex) {
			ServletProblems.write(request, response, ProblemType.NO_CALLER_CONTEXT, HttpServletResponse.SC_UNAUTHORIZED,
					ex.getMessage(), List.of());
			return;
		}
		request.setAttribute(ATTRIBUTE, caller);
		try {
			CurrentCaller.callAs(caller, () -> {
				try {
					chain.doFilter(request, response);
				}
				catch (IOException | ServletException ex) {
					throw new FilterFailure(ex);
				}
				return null;
			});
		}
		catch (FilterFailure failure) {
			failure.rethrow();
		}
	}

	private static final class FilterFailure extends RuntimeException {

		private final Exception cause;

		FilterFailure(Exception cause) {
			super(cause);
			this.cause = cause;
		}

		void rethrow() throws IOException, ServletException {
			if (this.cause instanceof IOException io) {
				throw io;
			}
			throw (ServletException) this.cause;
		}

	}

}
