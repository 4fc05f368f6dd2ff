package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;
import uk.gov.dorsetcouncil.edu.platform.versions.IfMatch;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.ActionInput;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.EvidenceInput;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.MeasureInput;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.OwnerInput;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.SourceInput;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.SurveyInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CommitmentEditingTest {

	static final WorkingGroup STUDENT_GROUP = new WorkingGroup("STUDENT", "Student Pledge working group");

	static final Caller GROUP = caller("dev-student-group", Set.of("PLEDGE_WORKING_GROUP:STUDENT"),
			Set.of("pledges:read", "pledges:write"));

	static final Caller OWNER = caller("dev-pledge-owner", Set.of(), Set.of("pledges:read", "pledges:write"));

	static final Caller OTHER_GROUP = caller("dev-workforce-group", Set.of("PLEDGE_WORKING_GROUP:WORKFORCE"),
			Set.of("pledges:read", "pledges:write"));

	static final Caller READER = caller("dev-analyst", Set.of("PLEDGE_WORKING_GROUP:STUDENT"), Set.of("pledges:read"));

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));

	final HeldHistory history = new HeldHistory();

	final CommitmentEditing editing = new CommitmentEditing(this.history, this.clock);

	@BeforeEach
	void loadReference() {
		ReferenceLoading.load(
				new PledgeReference(List.of(new Commitment(Pledge.STUDENT, 1, "One", "one", STUDENT_GROUP),
						new Commitment(Pledge.STUDENT, 2, "Two", "two", STUDENT_GROUP),
						new Commitment(Pledge.STUDENT, 3, "Three", "three", STUDENT_GROUP),
						new Commitment(Pledge.STUDENT, 4, "Four", "four", STUDENT_GROUP),
						new Commitment(Pledge.STUDENT, 5, "Five", "five", STUDENT_GROUP),
						new Commitment(Pledge.STUDENT, 6, "Six", "six", STUDENT_GROUP),
						new Commitment(Pledge.STUDENT, 7, "Seven", "seven", STUDENT_GROUP),
						new Commitment(Pledge.STUDENT, 8, "Eight", "eight", STUDENT_GROUP),
						new Commitment(Pledge.STUDENT, 9, "Nine", "nine", STUDENT_GROUP),
						new Commitment(Pledge.STUDENT, 10, "Ten", "ten", STUDENT_GROUP),
						new Commitment(Pledge.WORKFORCE, 1, "W1", "w1", new WorkingGroup("WORKFORCE", "Workforce")),
						new Commitment(Pledge.WORKFORCE, 2, "W2", "w2", new WorkingGroup("WORKFORCE", "Workforce")),
						new Commitment(Pledge.WORKFORCE, 3, "W3", "w3", new WorkingGroup("WORKFORCE", "Workforce")),
						new Commitment(Pledge.WORKFORCE, 4, "W4", "w4", new WorkingGroup("WORKFORCE", "Workforce")),
						new Commitment(Pledge.WORKFORCE, 5, "W5", "w5", new WorkingGroup("WORKFORCE", "Workforce")),
						new Commitment(Pledge.WORKFORCE, 6, "W6", "w6", new WorkingGroup("WORKFORCE", "Workforce")),
						new Commitment(Pledge.WORKFORCE, 7, "W7", "w7", new WorkingGroup("WORKFORCE", "Workforce")))),
				this.history, this.clock.instant());
	}

	static Caller caller(String subject, Set<String> roles, Set<String> scopes) {
		return new Caller(subject, null, Organisation.localAuthority("838"), roles, scopes);
	}

	static MeasureInput measure(String id, String kind, String query, String unit, Double target) {
		return new MeasureInput(id, "Trips offered", "Share of schools offering a trip with a night away",
				(kind == null) ? null
						: new SourceInput(kind, query, "RECORDED".equals(kind) ? "Schools' returns" : null),
				unit, target, "HIGHER_IS_BETTER", "TERMLY");
	}

	static CommitmentEdit edit(List<MeasureInput> measures) {
		return new CommitmentEdit("ON_TRACK", new OwnerInput("Head of Inclusion", "dev-pledge-owner"), measures,
				List.of(new ActionInput("A1", "Survey schools on trips", "Enrichment team", "2027-01-31", null)),
				List.of(new EvidenceInput("LINK", "Trip survey", "https://www.dorsetcouncil.gov.uk/trips", "2026-11-30",
						null)),
				"First plan");
	}

	@Test
	void everyChangeIsANewVersionAndAnyPastTimeReadsAsItStood() {
		Instant before = this.clock.instant();
		this.clock.advance(java.time.Duration.ofHours(1));
		CommitmentVersion second = this.editing.edit(GROUP, "student-6",
				edit(List.of(measure("M1", "RECORDED", null, "PERCENT", 80.0))), IfMatch.ABSENT);
		this.clock.advance(java.time.Duration.ofHours(1));
		CommitmentEdit target90 = edit(List.of(measure("M1", "RECORDED", null, "PERCENT", 90.0)));
		CommitmentVersion third = this.editing.edit(OWNER, "STUDENT-6", target90, IfMatch.parse("\"2\""));

		assertThat(second.version()).isEqualTo(2);
		assertThat(third.version()).isEqualTo(3);
		assertThat(third.recordedBy()).isEqualTo("dev-pledge-owner");
		assertThat(this.editing.asOf(READER, "STUDENT-6", before).measures()).isEmpty();
		assertThat(this.editing.asOf(READER, "STUDENT-6", second.recordedAt()).measures().get(0).target())
			.isEqualTo(80.0);
		assertThat(this.editing.asOf(READER, "STUDENT-6", this.clock.instant()).measures().get(0).target())
			.isEqualTo(90.0);
		assertThat(this.editing.all(READER, Optional.empty(), before)).hasSize(17)
			.allSatisfy(v -> assertThat(v.version()).isEqualTo(1));
		assertThat(this.editing.edit(OWNER, "STUDENT-6", target90, IfMatch.ABSENT).version())
			.as("the same content again writes nothing")
			.isEqualTo(3);
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.editing.edit(OWNER, "STUDENT-6", edit(List.of()), IfMatch.parse("\"2\"")))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(Problem.PRECONDITION_FAILED));
	}

	@ParameterizedTest(name = "{0} on {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			GROUP       | STUDENT-6 | true
			OTHER_GROUP | STUDENT-6 | false
			READER      | STUDENT-6 | false
			OWNER       | STUDENT-6 | true
			OWNER       | STUDENT-5 | false
			""")
	void onlyTheOwnerAndTheWorkingGroupChangeACommitment(String who, String key, boolean allowed) {
		this.editing.edit(GROUP, "STUDENT-6", edit(List.of()), IfMatch.ABSENT);
		Caller caller = switch (who) {
			case "GROUP" -> GROUP;
			case "OTHER_GROUP" -> OTHER_GROUP;
			case "READER" -> READER;
			default -> OWNER;
		};
		CommitmentEdit keepsOwner = new CommitmentEdit("AT_RISK",
				new OwnerInput("Head of Inclusion", "dev-pledge-owner"), List.of(), List.of(), List.of(), null);
		if (key.equals("STUDENT-5")) {
			keepsOwner = new CommitmentEdit("AT_RISK", null, List.of(), List.of(), List.of(), null);
		}
		CommitmentEdit change = keepsOwner;
		if (allowed) {
			assertThat(this.editing.edit(caller, key, change, IfMatch.ABSENT).status())
				.isEqualTo(ProgressStatus.AT_RISK);
		}
		else {
			assertThatExceptionOfType(ProblemException.class)
				.isThrownBy(() -> this.editing.edit(caller, key, change, IfMatch.ABSENT))
				.satisfies(ex -> assertThat(ex.problem()).isEqualTo(Problem.FORBIDDEN));
		}
	}

	@Test
	void onlyTheWorkingGroupNamesTheOwner() {
		this.editing.edit(GROUP, "STUDENT-6", edit(List.of()), IfMatch.ABSENT);
		CommitmentEdit handOver = new CommitmentEdit("ON_TRACK", new OwnerInput("Someone else", "dev-someone"),
				List.of(), List.of(), List.of(), null);

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.editing.edit(OWNER, "STUDENT-6", handOver, IfMatch.ABSENT))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThat(this.history.versions("STUDENT-6")).hasSize(2);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					a measure without a source          | M1  | -        | -                                         | PERCENT | 80    | measures[0].source
					a target outside its unit           | M1  | RECORDED | -                                         | PERCENT | 120   | measures[0].target
					a negative count                    | M1  | RECORDED | -                                         | COUNT   | -1    | measures[0].target
					a platform query in another unit    | M1  | PLATFORM | ATTENDANCE_PERSISTENT_ABSENCE_FSM          | COUNT   | 10    | measures[0].unit
					an unknown query                    | M1  | PLATFORM | SCHOOL_TRIPS                              | PERCENT | 10    | measures[0].source.query
					an unknown unit                     | M1  | RECORDED | -                                         | MILES   | 10    | measures[0].unit
					a missing target                    | M1  | RECORDED | -                                         | PERCENT | -     | measures[0].target
					an id that is not a code            | M 1 | RECORDED | -                                         | PERCENT | 10    | measures[0].id
					an unknown source kind              | M1  | GUESSED  | -                                         | PERCENT | 10    | measures[0].source.kind
					""")
	void badMeasuresAreRefusedNamingTheFieldAndNothingIsStored(String why, String id, String kind, String query,
			String unit, Double target, String field) {
		CommitmentEdit bad = edit(List.of(measure(id, kind, query, unit, target)));

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.editing.edit(GROUP, "STUDENT-6", bad, IfMatch.ABSENT))
			.satisfies(ex -> {
				assertThat(ex.problem()).isEqualTo(Problem.INVALID_INPUT);
				assertThat(ex.violations()).extracting(v -> v.field()).containsExactly(field);
			});
		assertThat(this.history.versions("STUDENT-6")).hasSize(1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					a link that is not https  | LINK          | http://example.org/x  | 2026-11-30 | -  | evidence[0].link
					a document without a link | DOCUMENT      | -                     | 2026-11-30 | -  | evidence[0].link
					evidence from the future  | LINK          | https://example.org/x | 2027-01-01 | -  | evidence[0].dated
					a survey without a result | SURVEY_RESULT | -                     | 2026-11-30 | -  | evidence[0].survey
					a survey share over 100   | SURVEY_RESULT | -                     | 2026-11-30 | 101 | evidence[0].survey.agreedPercent
					""")
	void badEvidenceIsRefusedNamingTheField(String why, String kind, String link, String dated, Double agreed,
			String field) {
		SurveyInput survey = (agreed != null) ? new SurveyInput("Did you go on a trip?", 120, agreed) : null;
		CommitmentEdit bad = new CommitmentEdit("ON_TRACK", null, List.of(), List.of(),
				List.of(new EvidenceInput(kind, "Evidence", link, dated, survey)), null);

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.editing.edit(GROUP, "STUDENT-6", bad, IfMatch.ABSENT))
			.satisfies(ex -> assertThat(ex.violations()).extracting(v -> v.field()).containsExactly(field));
	}

	@Test
	void theReferenceDataLoadedAgainWritesNothing() {
		this.editing.edit(GROUP, "STUDENT-6", edit(List.of()), IfMatch.ABSENT);

		int written = ReferenceLoading.load(new PledgeReference(this.history.all()
			.stream()
			.filter(v -> v.version() == 1)
			.map(v -> new Commitment(v.pledge(), v.number(), v.title(), v.wording(), v.workingGroup()))
			.toList()), this.history, this.clock.instant());

		assertThat(written).isZero();
		assertThat(this.editing.asOf(READER, "STUDENT-6", this.clock.instant()).status())
			.isEqualTo(ProgressStatus.ON_TRACK);
	}

}
