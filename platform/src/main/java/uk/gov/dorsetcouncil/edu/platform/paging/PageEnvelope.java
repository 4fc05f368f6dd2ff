package uk.gov.dorsetcouncil.edu.platform.paging;

/**
 * An answer that is one page of a list and also says something about the whole list (the
 * day it was computed for, its basis, the summary it was cut from). Its page is written
 * with the page's own fields at the answer's top level (annotate the record component
 * {@code @JsonUnwrapped}), so that every list keeps the one shape of {@link Page}, and it
 * leaves with the page's {@code Link} header as a bare {@link Page} does.
 */
public interface PageEnvelope {

	/** The page this answer carries. */
	Page<?> contents();

}
