package uk.gov.dorsetcouncil.edu.attendance.roll;

/**
 * SEN provision as recorded in the school census: N no special educational need, K SEN
 * support, E an education, health and care plan (Children and Families Act 2014).
 */
public enum SenProvision {

	N("No special educational need"), K("SEN support"), E("Education, health and care plan");

	private final String meaning;

	SenProvision(String meaning) {
		this.meaning = meaning;
	}

	public String meaning() {
		return this.meaning;
	}

}
