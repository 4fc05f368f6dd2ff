package uk.gov.dorsetcouncil.edu.send.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.HeldRecords;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.testing.InMemoryMongo;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRecording;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRequest;
import uk.gov.dorsetcouncil.edu.send.assessment.store.MongoAssessmentStore;
import uk.gov.dorsetcouncil.edu.send.plan.ModelledSections;
import uk.gov.dorsetcouncil.edu.send.plan.PlanKeeping;
import uk.gov.dorsetcouncil.edu.send.plan.PlanRecord;
import uk.gov.dorsetcouncil.edu.send.plan.store.EhcPlanStore;
import uk.gov.dorsetcouncil.edu.send.review.ReviewRecording;
import uk.gov.dorsetcouncil.edu.send.review.ReviewRequest;
import uk.gov.dorsetcouncil.edu.send.review.store.MongoReviewStore;
import uk.gov.dorsetcouncil.edu.send.review.store.StoredPlans;
import uk.gov.dorsetcouncil.edu.send.sen2.Sen2Counting;
import uk.gov.dorsetcouncil.edu.synthetic.send.PlanSectionsModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans, reviews and assessments the stores hold in memory (ADR 0043) against the
 * collections read again: after a year of generated plans, reviews and requests recorded
 * through the rules, and again after plans were changed, ceased and reviewed and steps
 * recorded, the caseworkers' queues and the SEN2 figures (in full and suppressed) are
 * what stores built from the documents alone answer.
 */
class HeldRecordsTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneId.of("Europe/London"));

	static final LocalDate TODAY = LocalDate.now(CLOCK);

	static final Caller CASEWORKER = new Caller("caseworker", "test", Organisation.localAuthority("838"),
			Set.of("SEND_CASEWORKER"), Set.of("ehcp:read", "ehcp:write"));

	static final Caller ANALYST = new Caller("analyst", "test", Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("measures:read"));

	static final String[] LOCALITIES = { "NORTH", "CHESIL", "DORCHESTER", "WEST", "EAST", "PURBECK" };

	@RegisterExtension
	static InMemoryMongo mongo = new InMemoryMongo("send");

	MongoDatabase database;

	Service live;

	@BeforeEach
	void emptyStore() {
		this.database = mongo.emptyDatabase();
		this.live = new Service(this.database);
	}

	@Test
	void theHeldCopiesAnswerAsTheDocumentsDoAfterRecordingAndAfterChanges() {
		SplittableRandom random = new SplittableRandom(2026);
		List<String> reviewIds = new ArrayList<>();
		List<String> requestIds = new ArrayList<>();
		recordYear(random, 240, 90, reviewIds, requestIds);
		assertAnswersAsTheDocuments();

		int changed = 0;
		for (int i = 0; i < 240; i += 1 + random.nextInt(4)) {
			String upn = upn("8382", i).value();
			try {
				switch (random.nextInt(3)) {
					case 0 -> this.live.keeping.cease(CASEWORKER, upn, new PlanKeeping.CessationRequest(
							TODAY.minusDays(random.nextInt(60)).toString(), "NEEDS_MET_WITHOUT_PLAN"));
					case 1 -> this.live.keeping.put(CASEWORKER, upn, "FINAL",
							this.live.keeping.find(CASEWORKER, upn).plan().issuedDate().toString(),
							String.valueOf(991000 + random.nextInt(170)), null);
					default -> this.live.reviews.arrange(CASEWORKER, upn,
							new ReviewRequest(TODAY.plusDays(10 + random.nextInt(30)).toString(), null, null, null));
				}
				changed++;
			}
			catch (ProblemException refused) {
				// refused by the rules: nothing stored, in the documents or the copies
			}
		}
		for (String id : requestIds) {
			try {
				this.live.assessments.recordStep(CASEWORKER, id, "DECISION_TO_ASSESS", TODAY.toString(), "ASSESS");
				changed++;
			}
			catch (ProblemException refused) {
				// already decided
			}
		}
		assertThat(changed).isGreaterThan(50);
		assertAnswersAsTheDocuments();
	}

	@Test
	void storesMadeOnTheCollectionsHoldWhatWasWrittenBeforeThem() {
		recordYear(new SplittableRandom(7), 60, 20, new ArrayList<>(), new ArrayList<>());
		List<PlanRecord> written = counted(this.live.plans);

		Service restarted = new Service(this.database);

		assertThat(written).hasSize(60).isEqualTo(counted(restarted.plans));
		assertThat(restarted.plans.all()).isEqualTo(this.live.plans.all());
	}

	@Test
	void aReplicaSeesTheWritesAnotherMadeAtItsNextRead() {
		Service other = new Service(this.database);
		recordYear(new SplittableRandom(11), 40, 10, new ArrayList<>(), new ArrayList<>());
		other.keeping.cease(CASEWORKER, upn("8382", 3).value(),
				new PlanKeeping.CessationRequest(TODAY.minusDays(5).toString(), "NEEDS_MET_WITHOUT_PLAN"));
		other.reviews.arrange(CASEWORKER, upn("8382", 4).value(),
				new ReviewRequest(TODAY.plusDays(20).toString(), null, null, null));

		assertThat(counted(other.plans)).hasSize(40).isEqualTo(counted(this.live.plans));
		assertThat(other.reviews.queue(CASEWORKER, null, step -> true))
			.isEqualTo(this.live.reviews.queue(CASEWORKER, null, step -> true));
		assertThat(other.assessments.queue(CASEWORKER, null, step -> true)).isNotEmpty()
			.isEqualTo(this.live.assessments.queue(CASEWORKER, null, step -> true));
		assertThat(other.sen2.count(CASEWORKER, null)).isEqualTo(this.live.sen2.count(CASEWORKER, null));
	}

	private void assertAnswersAsTheDocuments() {
		Service read = new Service(this.database);
		assertThat(counted(this.live.plans)).isEqualTo(counted(read.plans));
		assertThat(this.live.plans.all()).isEqualTo(read.plans.all());
		for (LocalDate dueBy : new LocalDate[] { null, TODAY, TODAY.plusMonths(2) }) {
			assertThat(this.live.reviews.queue(CASEWORKER, dueBy, step -> true))
				.isEqualTo(read.reviews.queue(CASEWORKER, dueBy, step -> true))
				.isNotEmpty();
			assertThat(this.live.assessments.queue(CASEWORKER, dueBy, step -> true))
				.isEqualTo(read.assessments.queue(CASEWORKER, dueBy, step -> true));
		}
		for (Caller caller : List.of(CASEWORKER, ANALYST)) {
			Sen2Counting.Counted held = this.live.sen2.count(caller, null);
			assertThat(held).isEqualTo(read.sen2.count(caller, null));
			assertThat(held.rows()).isEqualTo(read.sen2.count(caller, null).rows());
		}
		assertThat(this.live.sen2.count(CASEWORKER, null).figures().plans()).isPositive();
	}

	/**
	 * Final plans with their sections and latest review (most on time), and requests for
	 * assessment over the last 12 months with their decisions, as the benchmark loads
	 * them.
	 */
	private void recordYear(SplittableRandom random, int plans, int requests, List<String> reviewIds,
			List<String> requestIds) {
		PlanSectionsModel model = new PlanSectionsModel(2026);
		for (int i = 0; i < plans; i++) {
			Upn upn = upn("8382", i);
			LocalDate issued = TODAY.minusDays(400 + random.nextInt(1800));
			LocalDate reviewedFrom = issued;
			while (!reviewedFrom.plusMonths(12).isAfter(TODAY.minusMonths(12))) {
				reviewedFrom = reviewedFrom.plusMonths(12);
			}
			this.live.keeping.put(CASEWORKER, upn.value(), "FINAL", issued.toString(), String.valueOf(991000 + i % 170),
					reviewedFrom.equals(issued) ? null : reviewedFrom.toString());
			LocalDate bornOn = TODAY.minusYears(4 + random.nextInt(18)).minusDays(random.nextInt(365));
			this.live.keeping.recordSections(CASEWORKER, upn.value(),
					ModelledSections.request(model.sections(upn.value(), bornOn, LOCALITIES[i % 6], true, TODAY)));
			LocalDate due = reviewedFrom.plusMonths(12);
			LocalDate meeting = (random.nextInt(100) < 91) ? due.minusDays(random.nextInt(28))
					: due.plusDays(1 + random.nextInt(42));
			if (!meeting.isAfter(TODAY) && random.nextInt(4) > 0) {
				String id = this.live.reviews
					.arrange(CASEWORKER, upn.value(), new ReviewRequest(meeting.toString(), null, null, null))
					.id();
				reviewIds.add(id);
				this.live.reviews.recordStep(CASEWORKER, id, "REVIEW_MEETING", meeting.toString());
				if (random.nextBoolean()) {
					this.live.reviews.recordDecision(CASEWORKER, id,
							meeting.plusDays(14).isAfter(TODAY) ? TODAY.toString() : meeting.plusDays(14).toString(),
							"MAINTAIN");
				}
			}
		}
		String[] needs = { "ASD", "SLCN", "SEMH", "MLD", "SPLD" };
		for (int i = 0; i < requests; i++) {
			Upn upn = upn("8383", i);
			LocalDate received = TODAY.minusDays(random.nextInt(365));
			String id = this.live.assessments
				.record(CASEWORKER,
						new AssessmentRequest(upn.value(), "PARENT", received.toString(), "991001",
								needs[i % needs.length]))
				.id();
			requestIds.add(id);
			LocalDate decided = received.plusDays(20 + random.nextInt(25));
			if (!decided.isAfter(TODAY) && random.nextBoolean()) {
				this.live.assessments.recordStep(CASEWORKER, id, "DECISION_TO_ASSESS", decided.toString(),
						(random.nextInt(5) == 0) ? "REFUSE" : "ASSESS");
			}
		}
	}

	private static Upn upn(String prefix, int i) {
		return Upn.withCheckLetter(prefix + String.format("%08d", i));
	}

	private static List<PlanRecord> counted(EhcPlanStore plans) {
		List<PlanRecord> all = new ArrayList<>();
		plans.forEachCounted(all::add);
		return all;
	}

	/**
	 * The service's stores and reads over one database, as a start of the service makes
	 * them.
	 */
	static final class Service {

		final EhcPlanStore plans;

		final PlanKeeping keeping;

		final AssessmentRecording assessments;

		final ReviewRecording reviews;

		final Sen2Counting sen2;

		Service(MongoDatabase database) {
			ChangeRelay relay = new ChangeRelay(new MongoChangeFeed(database, CLOCK));
			this.plans = new EhcPlanStore(database, relay);
			this.keeping = new PlanKeeping(this.plans, LostRaceRetry.withoutPause(3), CLOCK);
			this.assessments = new AssessmentRecording(new MongoAssessmentStore(database, relay), upn -> true,
					LostRaceRetry.withoutPause(3), CLOCK);
			this.reviews = new ReviewRecording(new MongoReviewStore(database, relay),
					new StoredPlans(this.plans, this.keeping), LostRaceRetry.withoutPause(3), CLOCK);
			this.sen2 = new Sen2Counting(this.assessments, this.reviews, this.plans, CLOCK);
		}

	}

}
