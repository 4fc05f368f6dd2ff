package uk.gov.dorsetcouncil.edu.pledge.commitment;

/**
 * The two pledges of Dorset's Education Strategy 2024 to 2027, each with its number of
 * commitments: the Student Pledge's 10 commitments and the Workforce Pledge's 7 themes.
 */
public enum Pledge {

	STUDENT(10), WORKFORCE(7);

	private final int commitments;

	Pledge(int commitments) {
		this.commitments = commitments;
	}

	public int commitments() {
		return this.commitments;
	}

}
