package uk.gov.dorsetcouncil.edu.synthetic.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.synthetic.Scale;
import uk.gov.dorsetcouncil.edu.synthetic.SyntheticEducation;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Home education and children missing education at the dorset scale (all 159 schools,
 * 2025/26): near Dorset's 664 home-educated children and a plausible CME rate, on the
 * same pupils as poor attendance, and entries the platform accepts.
 */
class RegisterEntryModelTest {

	static SyntheticEducation county;

	static final List<GeneratedRegisterEntry> entries = new ArrayList<>();

	static final Map<String, Pupil> pupils = new HashMap<>();

	static final Map<String, Double> propensity = new HashMap<>();

	@BeforeAll
	static void generate() {
		county = SyntheticEducation.generate(2026, Scale.DORSET);
		Registers registers = new Registers(2026, Scale.DORSET.to());
		for (School school : county.schools()) {
			for (Pupil pupil : county.pupils(school)) {
				pupils.put(pupil.upn(), pupil);
				propensity.put(pupil.upn(), registers.propensity(school, pupil).rate());
			}
			entries.addAll(county.registerEntries(school));
		}
	}

	private static List<GeneratedRegisterEntry> of(String kind) {
		return entries.stream().filter(e -> e.kind().equals(kind)).toList();
	}

	@Test
	void homeEducationIsNearDorsets664() {
		// dorset-facts: 664 children registered as electively home educated.
		assertThat(of(GeneratedRegisterEntry.HOME_EDUCATION)).hasSizeBetween(560, 770);
	}

	@Test
	void childrenMissingEducationAreAPlausibleShareOfPupils() {
		double rate = 100.0 * of(GeneratedRegisterEntry.MISSING_EDUCATION).size() / pupils.size();

		// Assumption (ADR 0030): one mid-year leaver in ten (3 in 100 leave), weighted by
		// absence, so about 0.3 in 100 pupils a year.
		assertThat(rate).isBetween(0.15, 0.6);
	}

	@Test
	void childrenOnTheRegistersAreOftenAbsent() {
		double everyone = propensity.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		for (String kind : List.of(GeneratedRegisterEntry.HOME_EDUCATION, GeneratedRegisterEntry.MISSING_EDUCATION)) {
			double registered = of(kind).stream().mapToDouble(e -> propensity.get(e.upn())).average().orElseThrow();

			assertThat(registered).as(kind).isGreaterThan(1.5 * everyone);
		}
	}

	@Test
	void everyEntryIsOneThePlatformAccepts() {
		for (GeneratedRegisterEntry entry : entries) {
			Pupil pupil = pupils.get(entry.upn());
			assertThat(pupil.yearGroup()).as(entry.key()).isBetween(1, 11);
			assertThat(entry.openedOn()).as(entry.key())
				.isAfterOrEqualTo(entry.date())
				.isBeforeOrEqualTo(Scale.DORSET.to());
			if (entry.kind().equals(GeneratedRegisterEntry.HOME_EDUCATION)) {
				// the notice comes while the child is on the school's roll
				assertThat(pupil.onRoll(entry.date())).as(entry.key()).isTrue();
			}
			else {
				assertThat(entry.date()).isEqualTo(pupil.leavingDate());
				assertThat(county.leavesNoDestination(county.school(entry.urn()), pupil)).as(entry.key()).isTrue();
			}
		}
		assertThat(entries.stream().map(GeneratedRegisterEntry::upn)).doesNotHaveDuplicates();
	}

	@Test
	void theSameSeedGivesTheSameEntries() {
		School school = county.schools().get(40);

		assertThat(SyntheticEducation.generate(2026, Scale.DORSET).registerEntries(school))
			.isEqualTo(county.registerEntries(school));
	}

}
