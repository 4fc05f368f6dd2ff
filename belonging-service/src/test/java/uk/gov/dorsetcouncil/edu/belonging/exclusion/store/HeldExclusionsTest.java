package uk.gov.dorsetcouncil.edu.belonging.exclusion.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionReason;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionRecording;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionRequest;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.PupilExclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.StepKind;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateArea;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateDimension;
import uk.gov.dorsetcouncil.edu.belonging.rate.RatePeriod;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateReading;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateTable;
import uk.gov.dorsetcouncil.edu.belonging.rate.ReferenceFigures;
import uk.gov.dorsetcouncil.edu.belonging.rate.Roll;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.testing.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exclusions the store holds in memory (ADR 0043) against the collection read again:
 * after a term of generated suspensions and permanent exclusions recorded through the
 * rules (some refused), and again after their steps were recorded, the held copy, the
 * rates by every dimension and the duties due are what a store built from the documents
 * alone answers.
 */
class HeldExclusionsTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);

	static final Caller OFFICER = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write"));

	static final List<String> SCHOOLS = List.of(Exclusions.PLAIN, Exclusions.WITH_INSET);

	@RegisterExtension
	static InMemoryMongo mongo = new InMemoryMongo("belonging");

	MongoDatabase database;

	MongoExclusionStore store;

	ExclusionRecording recording;

	@BeforeEach
	void emptyStore() {
		this.database = mongo.emptyDatabase();
		this.store = new MongoExclusionStore(this.database, new ChangeRelay(new MongoChangeFeed(this.database, CLOCK)));
		this.recording = recording(this.store);
	}

	@Test
	void theHeldCopyAnswersAsTheDocumentsDoAfterRecordingAndAfterSteps() {
		SplittableRandom random = new SplittableRandom(2026);
		List<String> ids = recordTerm(random);
		assertThat(ids).hasSizeGreaterThan(100);
		assertAnswersAsTheDocuments();

		int stepped = 0;
		for (String id : ids) {
			if (random.nextInt(3) == 0) {
				Exclusion exclusion = this.recording.find(OFFICER, id);
				try {
					this.recording.recordStep(school(exclusion.schoolUrn()), id, StepKind.PARENT_NOTICE.name(),
							exclusion.startDate().toString(), null);
					stepped++;
				}
				catch (ProblemException refused) {
					// a step the rules refuse changes nothing, in the documents or the
					// copy
				}
			}
		}
		assertThat(stepped).isPositive();
		assertAnswersAsTheDocuments();
	}

	@Test
	void aStoreMadeOnTheCollectionHoldsWhatWasWrittenBeforeIt() {
		recordTerm(new SplittableRandom(7));
		List<PupilExclusions> written = held(this.store);

		MongoExclusionStore restarted = new MongoExclusionStore(this.database,
				new ChangeRelay(new MongoChangeFeed(this.database, CLOCK)));

		assertThat(written).isNotEmpty();
		assertThat(held(restarted)).isEqualTo(written);
	}

	@Test
	void aReplicaSeesTheWritesAnotherMadeAtItsNextRead() {
		MongoExclusionStore other = new MongoExclusionStore(this.database,
				new ChangeRelay(new MongoChangeFeed(this.database, CLOCK)));
		recordTerm(new SplittableRandom(11));
		recording(other).record(school(Exclusions.PLAIN),
				suspension(Upn.withCheckLetter("838200126002"), Exclusions.PLAIN, "2026-09-17", 1, "DB"));
		recordTerm(new SplittableRandom(12));

		assertThat(held(other)).hasSizeGreaterThan(1).isEqualTo(held(this.store));
		assertThat(rates(other).rates(OFFICER, "2026/27", null, "REASON", null, null))
			.isEqualTo(rates(this.store).rates(OFFICER, "2026/27", null, "REASON", null, null));
	}

	@Test
	void aWriteThatLostItsRaceLeavesTheHeldCopyAsStored() {
		Upn pupil = Upn.withCheckLetter("838200126001");
		this.recording.record(school(Exclusions.PLAIN), suspension(pupil, Exclusions.PLAIN, "2026-09-16", 2, "DB"));
		PupilExclusions first = this.store.find(pupil);

		boolean stale = this.store.save(new PupilExclusions(pupil, List.of(), 0), List.of());

		assertThat(stale).isFalse();
		assertThat(held(this.store)).containsExactly(first);
	}

	private void assertAnswersAsTheDocuments() {
		MongoExclusionStore fromDocuments = new MongoExclusionStore(this.database,
				new ChangeRelay(new MongoChangeFeed(this.database, CLOCK)));
		assertThat(held(this.store)).isEqualTo(held(fromDocuments));
		RateReading held = rates(this.store);
		RateReading read = rates(fromDocuments);
		for (RateDimension by : RateDimension.values()) {
			for (String term : new String[] { null, "AUTUMN", "SPRING" }) {
				RateTable county = held.rates(OFFICER, "2026/27", term, by.name(), null, null);
				assertThat(county).isEqualTo(read.rates(OFFICER, "2026/27", term, by.name(), null, null));
				assertThat(held.rates(OFFICER, "2026/27", term, by.name(), Exclusions.PLAIN, null))
					.isEqualTo(read.rates(OFFICER, "2026/27", term, by.name(), Exclusions.PLAIN, null));
			}
		}
		assertThat(held.rates(OFFICER, "2026/27", null, "SCHOOL", null, null).groups()).hasSize(2);
		LocalDate from = LocalDate.parse("2026-09-01");
		LocalDate to = LocalDate.parse("2027-07-31");
		assertThat(this.recording.stepsDue(OFFICER, from, to, true))
			.isEqualTo(recording(fromDocuments).stepsDue(OFFICER, from, to, true));
	}

	/** Suspensions on random days of the autumn and spring terms, a few permanent. */
	private List<String> recordTerm(SplittableRandom random) {
		List<String> ids = new ArrayList<>();
		ExclusionReason[] reasons = ExclusionReason.values();
		for (int i = 0; i < 400; i++) {
			Upn pupil = Upn.withCheckLetter("8382001" + String.format("%05d", 25000 + random.nextInt(90)));
			String school = SCHOOLS.get(random.nextInt(SCHOOLS.size()));
			LocalDate start = LocalDate.parse("2026-09-03").plusDays(random.nextInt(170));
			String reason = reasons[random.nextInt(reasons.length)].code();
			ExclusionRequest request = (random.nextInt(40) == 0)
					? new ExclusionRequest(pupil.value(), school, "PERMANENT_EXCLUSION", start.toString(), null, null,
							null, List.of(reason), "A. Head", false, false, false)
					: suspension(pupil, school, start.toString(), 1 + random.nextInt(8), reason);
			try {
				ids.add(this.recording.record(school(school), request).id());
			}
			catch (ProblemException refused) {
				// a weekend, a holiday, the 45-day limit: refused, nothing stored
			}
		}
		return ids;
	}

	private static Caller school(String urn) {
		return new Caller("head@" + urn, "mis-" + urn, Organisation.school(urn), Set.of("SCHOOL_DSL"),
				Set.of("belonging:read", "belonging:write"));
	}

	private static ExclusionRequest suspension(Upn pupil, String school, String start, int sessions, String reason) {
		return new ExclusionRequest(pupil.value(), school, "SUSPENSION", start, null, sessions, null, List.of(reason),
				"A. Head", false, false, false);
	}

	private static ExclusionRecording recording(MongoExclusionStore store) {
		return new ExclusionRecording(store, Exclusions.CALENDAR, (urn, upn, date) -> true,
				locality -> Set.copyOf(SCHOOLS), LostRaceRetry.withoutPause(3), CLOCK);
	}

	private static RateReading rates(MongoExclusionStore store) {
		return new RateReading(store, new TwoSchools(), locality -> Set.copyOf(SCHOOLS), ReferenceFigures.shipped(),
				new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD), CLOCK);
	}

	private static List<PupilExclusions> held(MongoExclusionStore store) {
		List<PupilExclusions> all = new ArrayList<>();
		store.forEach(all::add);
		return all;
	}

	/** 600 pupils at each school, in groups by the last digit of the UPN's number. */
	static final class TwoSchools implements Roll {

		@Override
		public Enrolments enrolments(RateArea area, RateDimension dimension, RatePeriod period) {
			Set<String> schools = (area.type() == RateArea.Type.SCHOOL) ? Set.of(area.id()) : Set.copyOf(SCHOOLS);
			Map<String, Long> byGroup = new HashMap<>();
			if (dimension == RateDimension.SCHOOL) {
				schools.forEach(urn -> byGroup.put(urn, 600L));
			}
			else if (dimension != RateDimension.REASON) {
				for (int digit = 0; digit < 10; digit++) {
					byGroup.put("G" + digit, 60L * schools.size());
				}
			}
			return new Enrolments(600L * schools.size(), byGroup, schools);
		}

		@Override
		public List<String> groups(List<PupilAtSchool> pupils, RateDimension dimension) {
			return pupils.stream().map(pupil -> "G" + pupil.upn().charAt(pupil.upn().length() - 2)).toList();
		}

	}

}
