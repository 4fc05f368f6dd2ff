package uk.gov.dorsetcouncil.edu.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The query parameters a handler reads other than through {@code @RequestParam} or a
 * parameter object: on a handler method (it reads them itself), or on a type its own
 * argument resolver reads from the query (a page request's {@code page}, {@code size},
 * {@code sort}). {@link QueryParameterNames} adds them to what the handler takes.
 */
@Target({ ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface QueryParameters {

	/** The parameters' names. */
	String[] value();

}
