package uk.gov.dorsetcouncil.edu.attendance.support;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Valid UPNs for tests: issued by Dorset (838), establishment 2001, in 2016. */
public final class TestUpns {

	private TestUpns() {
	}

	public static String upn(int serial) {
		return Upn.withCheckLetter("838200116" + String.format("%03d", serial)).value();
	}

}
