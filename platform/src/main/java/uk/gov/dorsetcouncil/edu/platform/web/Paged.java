package uk.gov.dorsetcouncil.edu.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a list endpoint's {@link uk.gov.dorsetcouncil.edu.platform.paging.PageRequest}
 * parameter may be sorted. Without it, the list has one fixed order and a {@code sort}
 * parameter is refused.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Paged {

	/** The fields the list may be sorted by. */
	String[] sort() default {};

	/** The order when none is asked, in the {@code sort} parameter's form. */
	String defaultSort() default "";

}
