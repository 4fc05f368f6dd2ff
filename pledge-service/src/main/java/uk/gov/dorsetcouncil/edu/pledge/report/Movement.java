package uk.gov.dorsetcouncil.edu.pledge.report;

/** How a commitment's status moved since the previous report. */
public enum Movement {

	FIRST_REPORT, IMPROVED, UNCHANGED, WORSENED, NO_DATA;

	static Movement between(Rag previous, Rag now) {
		if (previous == null) {
			return FIRST_REPORT;
		}
		if (previous == Rag.NO_DATA || now == Rag.NO_DATA) {
			return (previous == now) ? UNCHANGED : NO_DATA;
		}
		int moved = Integer.compare(now.ordinal(), previous.ordinal());
		return (moved < 0) ? IMPROVED : (moved == 0) ? UNCHANGED : WORSENED;
	}

}
