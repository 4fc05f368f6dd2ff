package uk.gov.dorsetcouncil.edu.local;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

	private final DemoData data = new DemoData(838);

	@Test
	void theSameSeedGivesTheSameData() {
		DemoData again = new DemoData(838);
		assertThat(again.pupils()).isEqualTo(this.data.pupils());
		DemoData.School school = this.data.schools().get(3);
		LocalDate day = LocalDate.of(2026, 10, 7);
		assertThat(again.register(school, day, true)).isEqualTo(this.data.register(school, day, true));
		assertThat(new DemoData(839).pupils()).isNotEqualTo(this.data.pupils());
	}

	@Test
	void everyLocalityHasSchoolsAndEveryPupilAValidUniqueUpn() {
		assertThat(this.data.schools()).extracting(DemoData.School::locality)
			.containsOnly("NORTH", "CHESIL", "DORCHESTER", "WEST", "EAST", "PURBECK")
			.hasSize(12);
		assertThat(this.data.pupils()).hasSizeBetween(300, 600);
		assertThat(this.data.pupils()).allSatisfy(p -> assertThat(Upn.problemWith(p.upn())).isEmpty());
		assertThat(this.data.pupils().stream().map(DemoData.Pupil::upn).distinct()).hasSize(this.data.pupils().size());
		assertThat(this.data.pupils()).extracting(p -> p.upn().substring(1, 4)).contains("835", "838");
	}

	@Test
	void registersMarkOnlyPupilsOnRollThatDay() {
		DemoData.School school = this.data.schools().get(0);
		DemoData.Pupil joiner = this.data.pupilsOf(school.urn()).get(5);
		DemoData.Pupil leaver = this.data.pupilsOf(school.urn()).get(7);
		assertThat(joiner.admissionDate()).isEqualTo(LocalDate.of(2026, 10, 5));
		assertThat(leaver.leavingDate()).isEqualTo(LocalDate.of(2026, 10, 16));

		assertThat(this.data.register(school, LocalDate.of(2026, 9, 15), true)).extracting(DemoData.Mark::upn)
			.doesNotContain(joiner.upn())
			.contains(leaver.upn());
		assertThat(this.data.register(school, LocalDate.of(2026, 11, 2), false)).extracting(DemoData.Mark::upn)
			.contains(joiner.upn())
			.doesNotContain(leaver.upn());
	}

	@Test
	void absenceLooksLikeACountysNotAllPresentNotAllAbsent() {
		Map<String, Long> codes = this.data.schools()
			.stream()
			.flatMap(s -> this.data.weekdays().stream().flatMap(d -> this.data.register(s, d, true).stream()))
			.collect(Collectors.groupingBy(DemoData.Mark::code, Collectors.counting()));
		long total = codes.values().stream().mapToLong(Long::longValue).sum();
		long present = codes.getOrDefault("/", 0L) + codes.getOrDefault("L", 0L);
		double absence = 1 - (double) present / total;
		assertThat(absence).isBetween(0.05, 0.15);
		assertThat(codes).containsKeys("I", "O", "G", "N", "M");
	}

}
