package uk.gov.dorsetcouncil.edu.belonging.pupil;

/**
 * Who commissioned an alternative provision placement: a school (off-site direction,
 * sixth-day provision for a suspension) or the local authority (s19 EA 1996).
 */
public enum Commissioner {

	SCHOOL, LOCAL_AUTHORITY, NOT_RECORDED

}
