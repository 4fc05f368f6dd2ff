package uk.gov.dorsetcouncil.edu.send.assessment;

/**
 * Who asked for an EHC needs assessment. The parent, the young person and a person acting
 * for the school or post-16 institution may request one (Children and Families Act 2014
 * s36(1)); anyone else, a health visitor or a doctor for example, may bring a child to
 * the LA's attention (s24, SEND Code of Practice 9.15), which the LA then treats as a
 * request.
 */
public enum Requester {

	PARENT, YOUNG_PERSON, SCHOOL, OTHER_PROFESSIONAL

}
