package uk.gov.dorsetcouncil.edu.belonging.measure;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Belonging Strategy and Plan 2024's 19 measures of success ("How we will measure our
 * success"), in its words and order, each with whether the platform computes it from data
 * it holds or holds values recorded with their evidence (ADR 0036).
 */
public enum BelongingMeasure {

	SCHOOL_PLACES(1, "Every child of compulsory school age has a school place", Basis.COMPUTED),
	ATTENDANCE_TOP_FIFTH(2,
			"Dorset's attendance is in the top 20% of all local authorities, including for specific "
					+ "groups such as children eligible for free school meals, with a social worker, with SEN",
			Basis.RECORDED),
	EXCLUSIONS_LOWEST_FIFTH(3, "Dorset's exclusion and suspension rates are in the lowest 20% of all local authorities",
			Basis.COMPUTED),
	PART_TIME_TIMETABLES(4,
			"There is a reduction in the use of part-time timetables and the length of time that "
					+ "children and young people are on them",
			Basis.COMPUTED),
	NEET(5, "There is a reduction in the number of children and young people Not in Employment, Education or "
			+ "Training (NEET)", Basis.COMPUTED),
	INCLUSIVE_SCHOOLS(6, "Children and young people tell us schools and settings are inclusive, that they have a "
			+ "sense of belonging, they feel part of the school or setting irrespective of background, needs or culture",
			Basis.RECORDED),
	CURRICULUM(7,
			"Children, young people and staff in education settings can say how and where the curriculum "
					+ "addresses all aspects of inclusion and belonging",
			Basis.RECORDED),
	PHASE_TRANSFER(8,
			"Children, young people and their families tell us phase transfer has been a positive "
					+ "experience irrespective of background, needs or culture",
			Basis.RECORDED),
	RESOURCES(9,
			"Resources are deployed equitably and transparently and are used to optimum effect, leading to a "
					+ "reduction in the High Needs Block (HNB) deficit",
			Basis.RECORDED),
	POSITIVE_EXPERIENCES(10,
			"Children, young people and their families tell us they have had positive experiences "
					+ "when working with schools, settings and other partners",
			Basis.RECORDED),
	COMMUNITIES(11,
			"Children, young people and their families tell us they have a sense of belonging in their "
					+ "communities",
			Basis.RECORDED),
	TRANSPORT(12, "Children, young people and families tell us that transport has improved", Basis.RECORDED),
	PARTICIPATION(13,
			"Analysis of participation in activities shows high take up amongst all cohorts, including "
					+ "children with SEN and children eligible for free school meals",
			Basis.RECORDED),
	EXTERNAL_AP(14, "There is a reduction in the need for external alternative provision", Basis.COMPUTED),
	AP_TIME_AND_REINTEGRATION(15, "There is reduction in the length of time children and young people access "
			+ "alternative provision and more children and young people reintegrate into mainstream education (where "
			+ "this is appropriate)", Basis.COMPUTED),
	AP_AWAY_FROM_COMMUNITY(16,
			"There is a reduction in the need for alternative provision and other specialist "
					+ "provision away from the child or young person's local community",
			Basis.COMPUTED),
	AP_QUALITY(17,
			"Where alternative provision is commissioned, it is of high quality, is outcome focused, enables "
					+ "children and young people to successfully re-integrate to school where appropriate",
			Basis.RECORDED),
	AP_OUTCOMES(18, "Children and young people accessing alternative provision achieve their outcomes", Basis.RECORDED),
	AP_VALUE(19, "Alternative provision provides value for money leading to a reduction in the High Needs Block "
			+ "(HNB) spend on such provision", Basis.RECORDED);

	/** Computed here from data the platform holds, or recorded with evidence. */
	public enum Basis {

		COMPUTED, RECORDED

	}

	private final int number;

	private final String text;

	private final Basis basis;

	BelongingMeasure(int number, String text, Basis basis) {
		this.number = number;
		this.text = text;
		this.basis = basis;
	}

	public int number() {
		return this.number;
	}

	public String text() {
		return this.text;
	}

	public Basis basis() {
		return this.basis;
	}

	public static Optional<BelongingMeasure> numbered(int number) {
		return Arrays.stream(values()).filter(m -> m.number == number).findFirst();
	}

}
