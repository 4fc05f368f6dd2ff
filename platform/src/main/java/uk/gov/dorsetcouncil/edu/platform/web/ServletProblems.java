package uk.gov.dorsetcouncil.edu.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import uk.gov.dorsetcouncil.edu.platform.correlation.RequestIds;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Writes a problem answer from where no controller advice reaches: a servlet filter, or
 * the server's own error report ({@link ProblemErrorReportValve}).
 */
final class ServletProblems {

	private ServletProblems() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, int status,
			String detail, List<Violation> violations) throws IOException {
		String requestId = RequestIds.current()
			.orElseGet(() -> RequestIds.from(request.getHeader(RequestIds.HEADER),
					request.getHeader(RequestIds.TRACEPARENT)));
		response.setStatus(status);
		response.setContentType(ProblemDocument.MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader(RequestIds.HEADER, requestId);
		byte[] body = ProblemDocument
			.json(ProblemDocument.of(type, status, detail, request.getRequestURI(), violations, requestId));
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

}
