package uk.gov.dorsetcouncil.edu.transport.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.transport.application.Application.AppealOutcome;
import uk.gov.dorsetcouncil.edu.transport.application.Application.Outcome;
import uk.gov.dorsetcouncil.edu.transport.arrangement.ArrangementStore;
import uk.gov.dorsetcouncil.edu.transport.arrangement.EligibilityBasis;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangement;
import uk.gov.dorsetcouncil.edu.transport.eligibility.AcademicYear;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Decision;
import uk.gov.dorsetcouncil.edu.transport.eligibility.DecisionStore;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EhcPlanEvidence;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EhcPlans;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EligibilityAccess;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EligibilityAssessing;
import uk.gov.dorsetcouncil.edu.transport.eligibility.SchoolSite;
import uk.gov.dorsetcouncil.edu.transport.eligibility.SchoolSites;

/**
 * Applications, decisions and appeals: each request checked (a problem naming the field,
 * nothing stored), the rules applied ({@link ApplicationRules}), the pupil's record
 * written with a change for the feed. The local authority's transport officers record and
 * decide; the local authority reads all, a school those about travel to it.
 */
public final class ApplicationHandling {

	/** Post-16: aged 16 to 18 on the 31 August before the year (s509AA). */
	static final int POST_16_FROM = 16;

	static final int POST_16_TO = 18;

	/** Learners with an EHC plan beyond compulsory school age: to 25 (s508F). */
	static final int SEN_TO = 25;

	private final ApplicationStore store;

	private final DecisionStore eligibility;

	private final SchoolSites schools;

	private final EhcPlans ehcPlans;

	private final ArrangementStore arrangements;

	private final LostRaceRetry retry;

	private final Clock clock;

	/**
	 * @param arrangements where an award keeps the pupil's travel arrangement (no route
	 * until one is allocated)
	 */
	public ApplicationHandling(ApplicationStore store, DecisionStore eligibility, SchoolSites schools,
			EhcPlans ehcPlans, ArrangementStore arrangements, LostRaceRetry retry, Clock clock) {
		this.store = store;
		this.eligibility = eligibility;
		this.schools = schools;
		this.ehcPlans = ehcPlans;
		this.arrangements = arrangements;
		this.retry = retry;
		this.clock = clock;
	}

	public Application submit(Caller caller, ApplicationRequests.Submit request) {
		EligibilityAccess.checkMayAssess(caller);
		List<Violation> invalid = new ArrayList<>();
		Upn upn = upn(request.upn(), invalid);
		ApplicationKind kind = EligibilityAssessing.named(ApplicationKind.class, "kind", request.kind(), invalid);
		if (request.kind() == null) {
			invalid.add(new Violation("kind", "one of " + Arrays.toString(ApplicationKind.values())));
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate receivedOn = DateBounds.parseOr("receivedOn", request.receivedOn(), today, invalid);
		if (receivedOn != null && receivedOn.isAfter(today)) {
			invalid.add(new Violation("receivedOn",
					"after today (" + today + "): an application is recorded once received"));
		}
		LocalDate dateOfBirth = DateBounds.parse("dateOfBirth", request.dateOfBirth(), invalid);
		if (request.schoolUrn() == null || request.schoolUrn().isBlank()) {
			invalid.add(new Violation("schoolUrn", "the school or college travelled to is required"));
		}
		else {
			SchoolIdentifiers.urnProblem(request.schoolUrn())
				.ifPresent(problem -> invalid.add(new Violation("schoolUrn", problem)));
		}
		List<Application.Evidence> evidence = evidence(request.evidence(), today, invalid);
		if (kind != null && kind.discretionary()) {
			if (request.dateOfBirth() == null || request.dateOfBirth().isBlank()) {
				invalid.add(new Violation("dateOfBirth",
						"required for " + kind + ": the learner's age decides the policy"));
			}
			if (request.evidence() == null || request.evidence().isEmpty()) {
				invalid.add(new Violation("evidence", "at least one piece of evidence is required for " + kind));
			}
			if (request.eligibilityDecisionId() != null) {
				invalid.add(new Violation("eligibilityDecisionId",
						"only travel for a child of compulsory school age rests on an eligibility assessment"));
			}
		}
		if (kind == ApplicationKind.HOME_TO_SCHOOL && request.eligibilityDecisionId() == null) {
			invalid.add(new Violation("eligibilityDecisionId",
					"travel for a child of compulsory school age is decided by an eligibility assessment: give its id"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		List<Violation> broken = new ArrayList<>();
		SchoolSite school = this.schools.find(request.schoolUrn()).orElse(null);
		if (school == null) {
			broken.add(new Violation("schoolUrn", "no school " + request.schoolUrn() + " in Dorset"));
		}
		if (kind == ApplicationKind.HOME_TO_SCHOOL) {
			checkAssessment(upn, request.eligibilityDecisionId(), request.schoolUrn(), broken);
		}
		else {
			int age = AcademicYear.ageOn(dateOfBirth, AcademicYear.startOf(receivedOn).minusDays(1));
			int to = (kind == ApplicationKind.POST_16) ? POST_16_TO : SEN_TO;
			if (age < POST_16_FROM || age > to) {
				broken.add(new Violation("dateOfBirth", "aged " + age + " on the 31 August before this academic year: "
						+ kind + " travel is for learners aged " + POST_16_FROM + " to " + to
						+ ((age < POST_16_FROM) ? "; a child of compulsory school age applies HOME_TO_SCHOOL" : "")));
			}
			if (kind == ApplicationKind.SEN && broken.isEmpty()) {
				EhcPlanEvidence plan = this.ehcPlans.of(upn);
				if (!plan.known()) {
					throw new ProblemException(Problem.UNAVAILABLE,
							"send-service could not say whether the learner has an EHC plan; try again shortly");
				}
				if (!plan.hasPlan() || !"FINAL".equals(plan.status())) {
					broken.add(new Violation("kind", "SEN travel beyond compulsory school age needs a final EHC plan; "
							+ "send-service holds " + (plan.hasPlan() ? "a " + plan.status() + " plan" : "none")));
				}
			}
		}
		if (!broken.isEmpty()) {
			throw ProblemException.ruleBroken(broken);
		}
		Upn pupil = upn;
		return this.retry.untilWon("transport application", () -> {
			PupilApplications held = this.store.find(pupil);
			Instant now = this.clock.instant();
			Application application = new Application(held.nextId(), pupil.value(), request.schoolUrn(), kind,
					receivedOn, request.eligibilityDecisionId(), evidence, null, List.of(), caller.subject(), now);
			return save(held, application, "RECEIVED", now);
		}, () -> "pupil " + pupil.value() + "'s applications kept changing");
	}

	public Application decide(Caller caller, String id, ApplicationRequests.Decide request) {
		EligibilityAccess.checkMayAssess(caller);
		Upn upn = upnOf(id, "id");
		List<Violation> invalid = new ArrayList<>();
		Outcome chosen = EligibilityAssessing.named(Outcome.class, "outcome", request.outcome(), invalid);
		String reasons = required("reasons", request.reasons(), invalid);
		String override = TextField.PARAGRAPHS.check("overrideReason", blankToNull(request.overrideReason()), invalid);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate decidedOn = DateBounds.parseOr("decidedOn", request.decidedOn(), today, invalid);
		if (decidedOn != null && decidedOn.isAfter(today)) {
			invalid.add(new Violation("decidedOn", "after today (" + today + ")"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		Application decided = this.retry.untilWon("transport decision", () -> {
			PupilApplications held = this.store.find(upn);
			Application application = held.find(id).orElseThrow(() -> notFound(id));
			List<Violation> broken = new ArrayList<>();
			if (application.decision() != null) {
				throw ProblemException.ruleBroken(List.of(new Violation("id", "application " + id + " was decided on "
						+ application.decision().decidedOn() + "; a family appeals a decision")));
			}
			if (decidedOn.isBefore(application.receivedOn())) {
				broken.add(new Violation("decidedOn",
						"before the application was received on " + application.receivedOn()));
			}
			Assessed assessed = assessed(application);
			ApplicationRules.Verdict verdict = ApplicationRules.decide(assessed.outcome(), chosen, override != null);
			if (verdict.refused() != null) {
				broken.add(verdict.refused());
			}
			if (!broken.isEmpty()) {
				throw ProblemException.ruleBroken(broken);
			}
			LocalDate validUntil = (verdict.outcome() == Outcome.REFUSED) ? null
					: (assessed.validUntil() != null) ? assessed.validUntil() : AcademicYear.endOf(decidedOn);
			String basis = (verdict.outcome() == assessed.outcome() || assessed.outcome() == null) ? assessed.basis()
					: "DISCRETIONARY_AWARD";
			Instant now = this.clock.instant();
			Application made = application.decided(new Application.Ruling(verdict.outcome(), assessed.outcome(), basis,
					reasons, override, decidedOn, validUntil, caller.subject(), now));
			return save(held, made, "DECIDED", now);
		}, () -> "pupil " + upn.value() + "'s applications kept changing");
		keepTravel(decided);
		return decided;
	}

	public Application appeal(Caller caller, ApplicationRequests.Appeal request) {
		EligibilityAccess.checkMayAssess(caller);
		List<Violation> invalid = new ArrayList<>();
		if (request.applicationId() == null || request.applicationId().isBlank()) {
			invalid.add(new Violation("applicationId", "the application appealed is required"));
		}
		if (request.stage() == null) {
			invalid.add(new Violation("stage", "1 (a review by a senior officer) or 2 (an independent panel)"));
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate receivedOn = DateBounds.parseOr("receivedOn", request.receivedOn(), today, invalid);
		if (receivedOn != null && receivedOn.isAfter(today)) {
			invalid.add(new Violation("receivedOn", "after today (" + today + ")"));
		}
		String grounds = required("grounds", request.grounds(), invalid);
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		Upn upn = upnOf(request.applicationId(), "applicationId");
		return this.retry.untilWon("transport appeal", () -> {
			PupilApplications held = this.store.find(upn);
			Application application = held.find(request.applicationId())
				.orElseThrow(() -> ProblemException.ruleBroken(List
					.of(new Violation("applicationId", "no transport application " + request.applicationId()))));
			ApplicationRules.appealProblem(application, request.stage(), receivedOn).ifPresent(v -> {
				throw ProblemException.ruleBroken(List.of(v));
			});
			Application.Appeal appeal = new Application.Appeal(application.id() + "-A" + request.stage(),
					request.stage(), receivedOn, grounds, ApplicationRules.dueOn(request.stage(), receivedOn), null);
			Instant now = this.clock.instant();
			return save(held, application.appealed(appeal), "APPEALED_STAGE_" + request.stage(), now);
		}, () -> "pupil " + upn.value() + "'s applications kept changing");
	}

	public Application answer(Caller caller, String appealId, ApplicationRequests.Answer request) {
		EligibilityAccess.checkMayAssess(caller);
		int dash = appealId.lastIndexOf("-A");
		if (dash <= 0) {
			throw ProblemException.invalid("id", "an appeal's id is the application's id, '-A' and the stage");
		}
		String applicationId = appealId.substring(0, dash);
		Upn upn = upnOf(applicationId, "id");
		List<Violation> invalid = new ArrayList<>();
		AppealOutcome outcome = EligibilityAssessing.named(AppealOutcome.class, "outcome", request.outcome(), invalid);
		if (request.outcome() == null) {
			invalid.add(new Violation("outcome", "CONFIRMED (the decision stands) or CHANGED (travel is awarded)"));
		}
		String reasons = required("reasons", request.reasons(), invalid);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate decidedOn = DateBounds.parseOr("decidedOn", request.decidedOn(), today, invalid);
		if (decidedOn != null && decidedOn.isAfter(today)) {
			invalid.add(new Violation("decidedOn", "after today (" + today + ")"));
		}
		if (!invalid.isEmpty()) {
			throw ProblemException.invalid(invalid);
		}
		Application answered = this.retry.untilWon("transport appeal answer", () -> {
			PupilApplications held = this.store.find(upn);
			Application application = held.find(applicationId).orElseThrow(() -> notFound(appealId));
			Application.Appeal appeal = application.appeals()
				.stream()
				.filter(a -> a.id().equals(appealId))
				.findFirst()
				.orElseThrow(() -> notFound(appealId));
			if (!appeal.open()) {
				throw ProblemException.ruleBroken(List
					.of(new Violation("id", "appeal " + appealId + " was answered on " + appeal.result().decidedOn())));
			}
			if (decidedOn.isBefore(appeal.receivedOn())) {
				throw ProblemException.ruleBroken(List
					.of(new Violation("decidedOn", "before the appeal was received on " + appeal.receivedOn())));
			}
			Instant now = this.clock.instant();
			Application given = application.answered(appealId,
					new Application.Result(outcome, decidedOn, reasons, caller.subject(), now));
			return save(held, given, "ANSWERED_STAGE_" + appeal.stage(), now);
		}, () -> "pupil " + upn.value() + "'s applications kept changing");
		keepTravel(answered);
		return answered;
	}

	/**
	 * An award becomes the pupil's travel arrangement, from the day decided to the last
	 * day awarded; an award on appeal rests on the panel's or officer's discretion.
	 */
	private void keepTravel(Application application) {
		if (application.outcome() != Outcome.AWARDED) {
			return;
		}
		Application.Ruling decision = application.decision();
		Optional<Application.Result> changed = application.appeals()
			.stream()
			.map(Application.Appeal::result)
			.filter(r -> r != null && r.outcome() == AppealOutcome.CHANGED)
			.findFirst();
		boolean onAppeal = changed.isPresent() && decision.outcome() == Outcome.REFUSED;
		LocalDate from = onAppeal ? changed.get().decidedOn() : decision.decidedOn();
		LocalDate to = (!onAppeal && decision.validUntil() != null) ? decision.validUntil() : AcademicYear.endOf(from);
		EligibilityBasis basis = onAppeal ? EligibilityBasis.DISCRETIONARY : EligibilityBasis.of(decision.basis());
		this.arrangements.keep(new Upn(application.upn()),
				new TravelArrangement(application.schoolUrn(), basis, null, from, to));
	}

	public Application find(Caller caller, String id) {
		EligibilityAccess.checkMayRead(caller);
		Application application = this.store.find(upnOf(id, "id")).find(id).orElseThrow(() -> notFound(id));
		if (!EligibilityAccess.maySee(caller, application.schoolUrn())) {
			// Not told apart from an application that does not exist.
			throw notFound(id);
		}
		return application;
	}

	public List<Application> ofPupil(Caller caller, String upnValue) {
		EligibilityAccess.checkMayRead(caller);
		return this.store.find(Upn.parse("upn", upnValue))
			.applications()
			.stream()
			.filter(a -> EligibilityAccess.maySee(caller, a.schoolUrn()))
			.toList();
	}

	/** An open appeal stage with the application it belongs to. */
	public record Due(Application application, Application.Appeal appeal) {
	}

	/**
	 * Appeal stages still open that fall due by {@code to} (from {@code from}, or earlier
	 * when overdue ones are asked for), soonest first.
	 */
	public List<Due> appealsDue(Caller caller, LocalDate from, LocalDate to, boolean overdue) {
		List<Due> due = new ArrayList<>();
		for (PupilApplications pupil : this.store.withOpenAppeals()) {
			for (Application application : pupil.applications()) {
				application.openAppeal()
					.filter(a -> EligibilityAccess.maySee(caller, application.schoolUrn()))
					.filter(a -> (overdue || !a.dueOn().isBefore(from)) && !a.dueOn().isAfter(to))
					.ifPresent(a -> due.add(new Due(application, a)));
			}
		}
		due.sort(Comparator.comparing((Due d) -> d.appeal().dueOn()).thenComparing(d -> d.appeal().id()));
		return due;
	}

	public Optional<String> schoolName(String urn) {
		return this.schools.find(urn).map(SchoolSite::name);
	}

	private record Assessed(Outcome outcome, String basis, LocalDate validUntil) {
	}

	/**
	 * What the eligibility decision gave (home to school), or nothing (the officer
	 * decides).
	 */
	private Assessed assessed(Application application) {
		if (application.kind().discretionary()) {
			return new Assessed(null, application.kind().name() + "_POLICY", null);
		}
		Decision decision = this.eligibility.find(new Upn(application.upn()))
			.find(application.eligibilityDecisionId())
			.orElseThrow(() -> new IllegalStateException("decision " + application.eligibilityDecisionId() + " gone"));
		return switch (decision.outcome()) {
			case ELIGIBLE -> new Assessed(Outcome.AWARDED, decision.rule().name(), decision.validUntil());
			case NOT_ELIGIBLE -> new Assessed(Outcome.REFUSED, "NOT_ELIGIBLE", null);
			case PENDING -> throw new IllegalStateException("a pending decision is refused at submission");
		};
	}

	private void checkAssessment(Upn upn, String decisionId, String schoolUrn, List<Violation> broken) {
		Optional<Decision> decision = this.eligibility.find(upn).find(decisionId);
		if (decision.isEmpty()) {
			broken.add(new Violation("eligibilityDecisionId",
					"no eligibility decision " + decisionId + " for " + upn.value()));
			return;
		}
		if (!decision.get().schoolUrn().equals(schoolUrn)) {
			broken.add(new Violation("eligibilityDecisionId", "decision " + decisionId + " is about travel to "
					+ decision.get().schoolUrn() + ", not " + schoolUrn));
		}
		if (decision.get().outcome() == uk.gov.dorsetcouncil.edu.transport.eligibility.Outcome.PENDING) {
			broken.add(new Violation("eligibilityDecisionId", "decision " + decisionId + " is PENDING ("
					+ decision.get().pending() + "): assess again once it can be decided"));
		}
	}

	private Optional<Application> save(PupilApplications held, Application application, String step, Instant now) {
		boolean saved = this.store.save(held.with(application), List.of(ApplicationChanges.of(application, step, now)));
		return saved ? Optional.of(application) : Optional.empty();
	}

	private static List<Application.Evidence> evidence(List<ApplicationRequests.EvidenceItem> items, LocalDate today,
			List<Violation> invalid) {
		List<Application.Evidence> evidence = new ArrayList<>();
		if (items == null) {
			return evidence;
		}
		for (int i = 0; i < items.size(); i++) {
			ApplicationRequests.EvidenceItem item = items.get(i);
			String at = "evidence[" + i + "]";
			if (item == null) {
				invalid.add(new Violation(at, "an item of evidence is an object"));
				continue;
			}
			String kind = required(at + ".kind", item.kind(), TextField.LINE, invalid);
			String reference = required(at + ".reference", item.reference(), TextField.LINE, invalid);
			LocalDate received = DateBounds.parseOr(at + ".receivedOn", item.receivedOn(), today, invalid);
			if (received != null && received.isAfter(today)) {
				invalid.add(new Violation(at + ".receivedOn", "after today (" + today + ")"));
			}
			if (kind != null && reference != null && received != null) {
				evidence.add(new Application.Evidence(kind, reference, received));
			}
		}
		return evidence;
	}

	private static Upn upn(String value, List<Violation> invalid) {
		if (value == null || value.isBlank()) {
			invalid.add(new Violation("upn", "the child's UPN is required"));
			return null;
		}
		Optional<String> problem = Upn.problemWith(value);
		if (problem.isPresent()) {
			invalid.add(new Violation("upn", problem.get()));
			return null;
		}
		return new Upn(value);
	}

	private static Upn upnOf(String id, String field) {
		int dash = id.lastIndexOf("-T");
		if (dash <= 0) {
			throw ProblemException.invalid(field, "an application's id is the pupil's UPN, '-T' and a number");
		}
		return Upn.parse(field, id.substring(0, dash));
	}

	private static String required(String field, String text, List<Violation> invalid) {
		return required(field, text, TextField.PARAGRAPHS, invalid);
	}

	private static String required(String field, String text, TextField form, List<Violation> invalid) {
		if (text == null || text.isBlank()) {
			invalid.add(new Violation(field, "required"));
			return null;
		}
		return form.check(field, text, invalid);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static ProblemException notFound(String id) {
		return ProblemException.notFound("no transport application or appeal " + id);
	}

}
