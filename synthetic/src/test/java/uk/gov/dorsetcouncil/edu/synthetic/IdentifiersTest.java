package uk.gov.dorsetcouncil.edu.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.identifiers.NhsNumber;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.NhsNumbers;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;

import static org.assertj.core.api.Assertions.assertThat;

/** Every identifier at the full dorset scale is valid and unique. */
class IdentifiersTest {

	private static SyntheticEducation dorset;

	private static List<Pupil> pupils;

	@BeforeAll
	static void generate() {
		dorset = SyntheticEducation.generate(2026, Scale.DORSET);
		pupils = dorset.schools().stream().flatMap(s -> dorset.pupils(s).stream()).toList();
	}

	@Test
	void everyUpnIsValidAndUnique() {
		Set<String> seen = new HashSet<>();
		for (Pupil pupil : pupils) {
			assertThat(Upn.problemWith(pupil.upn())).as(pupil.upn()).isEmpty();
			assertThat(seen.add(pupil.upn())).as("duplicate UPN %s", pupil.upn()).isTrue();
		}
		assertThat(seen).hasSize((int) dorset.pupilCount());
	}

	@Test
	void upnsCarryDorsetsCodeSince2019AndTheOldCodesBefore() {
		int startYear = Scale.DORSET.year().startYear();
		for (Pupil pupil : pupils) {
			String la = new Upn(pupil.upn()).issuingLaCode();
			boolean startedBefore2019 = startYear - pupil.yearGroup() <= 2018;
			boolean joinedMidYear = pupil.admissionDate().isAfter(Scale.DORSET.year().start());
			if (!joinedMidYear) {
				if (startedBefore2019) {
					assertThat(la).as(pupil.upn()).isIn("835", "836", "837");
				}
				else {
					assertThat(la).as(pupil.upn()).isEqualTo("838");
				}
			}
		}
		assertThat(pupils).anyMatch(p -> p.upn().substring(1, 4).equals("835"))
			.anyMatch(p -> p.upn().substring(1, 4).equals("838"))
			.anyMatch(p -> p.upn().substring(1, 4).equals("839"));
	}

	@Test
	void everyNhsNumberIsValidAndUnique() {
		Set<String> seen = new HashSet<>();
		for (Pupil pupil : pupils) {
			assertThat(NhsNumber.problemWith(pupil.nhsNumber())).as(pupil.nhsNumber()).isEmpty();
			assertThat(seen.add(pupil.nhsNumber())).as("duplicate NHS number %s", pupil.nhsNumber()).isTrue();
		}
	}

	@Test
	void schoolsHaveUnusedUrnsAndDorsetLaestabs() {
		assertThat(dorset.schools()).allSatisfy(s -> {
			assertThat(s.urn()).matches("99\\d{4}");
			assertThat(s.laestab()).matches("838\\d{4}");
		});
		assertThat(dorset.schools().stream().map(s -> s.urn()).distinct()).hasSize(159);
		assertThat(dorset.schools().stream().map(s -> s.laestab()).distinct()).hasSize(159);
		assertThat(dorset.schools().stream().map(s -> s.name()).distinct()).hasSize(159);
	}

	/** Ordinal 0's payload 999000000 has check digit 10, so it moves to 999000001. */
	@ParameterizedTest
	@CsvSource({ "TEST_RANGE, 0, 9990000018", "TEST_RANGE, 1, 9990000026", "TEST_RANGE, 499999, 9999999980",
			"ENGLAND_DAY, 0, 9000000009", "ENGLAND_DAY, 4500000, 9090000003" })
	void nhsNumbersForOrdinals(NhsNumbers range, long ordinal, String expected) {
		assertThat(range.forOrdinal(ordinal)).isEqualTo(expected);
		assertThat(NhsNumber.problemWith(expected)).isEmpty();
	}

}
