package uk.gov.dorsetcouncil.edu.platform.web;

import java.io.IOException;
import java.util.List;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report as a problem answer: what Tomcat refuses before any filter or
 * controller sees the request (a query name with {@code [}, a malformed path, an encoded
 * slash or NUL) leaves as {@code application/problem+json} of the status's type, not as
 * Tomcat's HTML page. Nothing of the server is named in it.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	public ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			response.resetBuffer();
			ServletProblems.write(request, response, ProblemType.ofStatus(status), status, detail(status), List.of());
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the answer is under way: nothing more to say.
		}
	}

	static String detail(int status) {
		return switch (status) {
			case 400 -> "the request could not be read: its request line, path, query or headers are malformed";
			case 404 -> "nothing is served at this path";
			case 405 -> "this method is not allowed at this path";
			case 413 -> "the request is larger than the server reads";
			case 414 -> "the request line is longer than the server reads";
			case 431 -> "the request's headers are larger than the server reads";
			case 503 -> "the service is not answering; try again later";
			default -> (status >= 500) ? "the service could not handle this request"
					: "the request could not be served as sent";
		};
	}

}
