package uk.gov.dorsetcouncil.edu.send.sen2;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age groups SEN2 counts plans in, by the child's age on 31 August before the census
 * (the start of the academic year, as the school census counts age); {@link #UNKNOWN}
 * when the plan gives no date of birth.
 */
public enum AgeGroup {

	UNDER_5(0, 4), AGED_5_TO_10(5, 10), AGED_11_TO_15(11, 15), AGED_16_TO_19(16, 19), AGED_20_TO_25(20, 25),
	UNKNOWN(-1, -1);

	private final int youngest;

	private final int oldest;

	AgeGroup(int youngest, int oldest) {
		this.youngest = youngest;
		this.oldest = oldest;
	}

	/**
	 * The group of a child born on {@code bornOn} for the census on {@code censusDate}.
	 */
	public static AgeGroup of(LocalDate bornOn, LocalDate censusDate) {
		if (bornOn == null) {
			return UNKNOWN;
		}
		LocalDate yearStart = LocalDate.of(censusDate.getYear() - 1, 8, 31);
		int age = yearStart.isBefore(bornOn) ? 0 : Period.between(bornOn, yearStart).getYears();
		for (AgeGroup group : values()) {
			if (age >= group.youngest && age <= group.oldest) {
				return group;
			}
		}
		return AGED_20_TO_25;
	}

}
