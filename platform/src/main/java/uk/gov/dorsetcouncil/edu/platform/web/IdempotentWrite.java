package uk.gov.dorsetcouncil.edu.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a REST write idempotent by its {@code Idempotency-Key} header: the first request
 * with a key runs and its answer (status, content type, body) is stored; a retry with the
 * same key and the same request (method, path and query, body) gets that answer again,
 * marked {@code Idempotent-Replayed: true}, without running; the same key with another
 * request is a 409 problem; a retry while the first still runs is a 409 problem with
 * {@code Retry-After}. Keys belong to the caller's organisation and expire
 * ({@code dorset.idempotency.keep}). Only answers below 400 are stored: a refused or
 * failed request stored nothing, so its retry runs again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IdempotentWrite {

	/** Whether a request without the header is refused (400) rather than run as usual. */
	boolean required() default false;

}
