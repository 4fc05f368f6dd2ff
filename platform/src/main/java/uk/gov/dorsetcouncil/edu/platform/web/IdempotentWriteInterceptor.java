package uk.gov.dorsetcouncil.edu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.MissingCallerException;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys.Begin;
import uk.gov.dorsetcouncil.edu.platform.idempotency.RequestFingerprint;
import uk.gov.dorsetcouncil.edu.platform.idempotency.StoredResponse;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The Spring MVC half of {@link IdempotentWrite}: before an annotated handler runs,
 * claims the key (the handler runs), replays the stored answer (it does not), or refuses
 * the request.
 */
public class IdempotentWriteInterceptor implements HandlerInterceptor {

	/** Marks an answer sent again from the store (as Stripe's API names it). */
	public static final String REPLAYED = "Idempotent-Replayed";

	private final IdempotencyKeys keys;

	public IdempotentWriteInterceptor(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(IdempotentWrite.class)) {
			return true;
		}
		String key = request.getHeader(IdempotencyKeys.HEADER);
		if (key == null) {
			if (method.getMethodAnnotation(IdempotentWrite.class).required()) {
				throw ProblemException.invalid(IdempotencyKeys.HEADER,
						"this write needs an Idempotency-Key, so that a retry cannot apply it twice");
			}
			return true;
		}
		IdempotencyKeys.checkKey(key);
		IdempotentRequestFilter.BufferedRequest buffered = WebUtils.getNativeRequest(request,
				IdempotentRequestFilter.BufferedRequest.class);
		if (buffered == null) {
			throw new IllegalStateException("IdempotentRequestFilter is not installed before this handler");
		}
		Object caller = request.getAttribute(CallerContextFilter.ATTRIBUTE);
		if (!(caller instanceof Caller known)) {
			throw new MissingCallerException("no caller context on this request");
		}
		String target = request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		Begin begin = this.keys.begin(known.organisation().asHeader(), key,
				RequestFingerprint.of(request.getMethod(), target, buffered.body()));
		switch (begin) {
			case Begin.Started started -> {
				request.setAttribute(IdempotentRequestFilter.CLAIM, started.claim());
				return true;
			}
			case Begin.Replay replay -> {
				replay(replay.response(), response);
				return false;
			}
			case Begin.InProgress inProgress -> {
				response.setHeader(HttpHeaders.RETRY_AFTER, "1");
				throw new ProblemException(Problem.CONFLICT,
						"a request with this Idempotency-Key is still being handled; try again shortly",
						java.util.List.of(new Violation(IdempotencyKeys.HEADER, "in use by a request still running")));
			}
			case Begin.Mismatch mismatch -> throw new ProblemException(Problem.CONFLICT,
					"the Idempotency-Key " + key + " was used for a different request (method, path or body); "
							+ "use a new key for a new request",
					java.util.List.of(new Violation(IdempotencyKeys.HEADER, "used for a different request")));
		}
	}

	private static void replay(StoredResponse stored, HttpServletResponse response) throws java.io.IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		response.setHeader(REPLAYED, "true");
		response.getOutputStream().write(stored.body());
	}

}
