package uk.gov.dorsetcouncil.edu.synthetic.register;

/** The two registration sessions of a school day (SI 2024/208 reg 10(1)). */
public enum Session {

	AM, PM

}
