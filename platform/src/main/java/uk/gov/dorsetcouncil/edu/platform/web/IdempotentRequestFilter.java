package uk.gov.dorsetcouncil.edu.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys;
import uk.gov.dorsetcouncil.edu.platform.idempotency.StoredResponse;

/**
 * The servlet half of {@link IdempotentWrite}: for a write that carries an
 * {@code Idempotency-Key}, reads the body once (so that its fingerprint and the
 * controller see the same bytes) and holds the answer until it is stored, so that an
 * answer is never sent before its retries could get it again.
 * {@link IdempotentWriteInterceptor} decides, with the handler known, whether the key
 * applies.
 */
public class IdempotentRequestFilter extends OncePerRequestFilter {

	/** The request attribute holding the claim of a request that runs. */
	static final String CLAIM = IdempotentRequestFilter.class.getName() + ".claim";

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final IdempotencyKeys keys;

	public IdempotentRequestFilter(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !WRITES.contains(request.getMethod()) || request.getHeader(IdempotencyKeys.HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		BufferedRequest buffered = new BufferedRequest(request);
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		try {
			chain.doFilter(buffered, held);
			IdempotencyKeys.Claim claim = (IdempotencyKeys.Claim) request.getAttribute(CLAIM);
			if (claim != null && held.getStatus() < 400) {
				this.keys.complete(claim,
						new StoredResponse(held.getStatus(), held.getContentType(), held.getContentAsByteArray()));
				stored = true;
			}
		}
		finally {
			IdempotencyKeys.Claim claim = (IdempotencyKeys.Claim) request.getAttribute(CLAIM);
			if (claim != null && !stored) {
				this.keys.release(claim);
			}
		}
		held.copyBodyToResponse();
	}

	/** A request whose body is read whole, once, and served from memory. */
	static final class BufferedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedRequest(HttpServletRequest request) throws IOException {
			super(request);
			this.body = request.getInputStream().readAllBytes();
		}

		byte[] body() {
			return this.body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8";
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
		}

	}

}
