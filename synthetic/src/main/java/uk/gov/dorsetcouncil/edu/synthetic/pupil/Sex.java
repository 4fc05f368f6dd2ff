package uk.gov.dorsetcouncil.edu.synthetic.pupil;

/** Sex as the school census and the platform's roll record it. */
public enum Sex {

	F, M

}
