package uk.gov.dorsetcouncil.edu.gateway.aggregation.client;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.Access;
import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.web.ChildRecordViews;
import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionCommissioner;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.PupilBelonging;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcPlanStatus;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TravelArrangements;

/**
 * A child's profile across services: decide what the caller may receive, ask only the
 * services holding those items (in parallel, each under its deadline and breaker), keep
 * only the allowed items, record the release, answer. A school's view starts from its
 * roll, a locality officer's from its schools' rolls: when the attendance service says
 * the child is not on them, nothing is released.
 */
public class ChildProfiles {

	private final AccessDecisions access;

	private final ChildRecordSources sources;

	private final Auditor auditor;

	private final Clock clock;

	public ChildProfiles(AccessDecisions access, ChildRecordSources sources, Auditor auditor, Clock clock) {
		this.access = access;
		this.sources = sources;
		this.auditor = auditor;
		this.clock = clock;
	}

	public Mono<ChildRecordViews.ChildProfile> profile(Caller caller, String upnValue, String purpose,
			String agreement) {
		Upn.problemWith(upnValue).ifPresent(problem -> {
			throw ProblemException.invalid("upn", problem);
		});
		String action = "GET /api/v1/children/{upn}/profile";
		return this.access.decide(caller, purpose, agreement, action, List.of(upnValue))
			.flatMap(granted -> gather(granted, upnValue, action));
	}

	private Mono<ChildRecordViews.ChildProfile> gather(Access granted, String upn, String action) {
		Caller as = granted.outbound();
		// A school's and a locality officer's view starts from the roll: the attendance
		// service says whether the child is on theirs.
		Organisation.Type type = granted.caller().organisation().type();
		boolean rollScoped = type == Organisation.Type.SCHOOL || type == Organisation.Type.LOCALITY;
		Mono<Part<PupilAttendanceSummary>> attendance = (granted.releases(DataItem.ATTENDANCE) || rollScoped)
				? this.sources.attendance(upn, as) : withheld(granted);
		Mono<Part<PupilBelonging>> belonging = (granted.releases(DataItem.SUSPENSIONS_AND_EXCLUSIONS)
				|| granted.releases(DataItem.PART_TIME_TIMETABLE) || granted.releases(DataItem.ALTERNATIVE_PROVISION)
				|| granted.releases(DataItem.REGISTERS))
						? this.sources.belonging(upn, granted.outboundFor(DataItem.ALTERNATIVE_PROVISION))
						: withheld(granted);
		Mono<Part<EhcPlanStatus>> plan = granted.releases(DataItem.EHC_PLAN) ? this.sources.ehcPlan(upn, as)
				: withheld(granted);
		Mono<Part<TravelArrangements>> transport = granted.releases(DataItem.TRANSPORT)
				? this.sources.transport(upn, as) : withheld(granted);
		return Mono
			.zip(aboutThisChild(attendance, upn, PupilAttendanceSummary::getUpn),
					aboutThisChild(belonging, upn, PupilBelonging::getUpn),
					aboutThisChild(plan, upn, EhcPlanStatus::getUpn),
					aboutThisChild(transport, upn, TravelArrangements::getUpn))
			.flatMap(parts -> {
				if (rollScoped && (parts.getT1() instanceof Part.Withheld || parts.getT1() instanceof Part.None)) {
					// The same refusal whether the child exists or not: a school learns
					// nothing
					// about children who are not its pupils (OWASP API1:2023).
					String reason = (type == Organisation.Type.SCHOOL) ? "this child is not on your school's roll"
							: "this child is not on the roll of a school in your locality";
					return this.auditor
						.recordThen(granted.caller(), action, List.of(upn), List.of(), List.of(), granted.purpose(),
								granted.agreement(), Outcome.REFUSED, reason, Map.<String, Object>of())
						.then(Mono.error(ProblemException.forbidden(reason)));
				}
				if (heldByNoService(parts.getT1(), parts.getT2(), parts.getT3(), parts.getT4())) {
					String reason = "no service holds a record of this child that you may receive";
					return this.auditor
						.recordThen(granted.caller(), action, List.of(upn), List.of(), List.of(), granted.purpose(),
								granted.agreement(), Outcome.REFUSED, reason, Map.<String, Object>of())
						.then(Mono.error(ProblemException.notFound(reason)));
				}
				ChildRecordViews.ProfileParts released = new ChildRecordViews.ProfileParts(
						only(granted, DataItem.ATTENDANCE, parts.getT1(), ChildRecordSources::attendanceView),
						only(granted, DataItem.SUSPENSIONS_AND_EXCLUSIONS, parts.getT2(),
								ChildRecordSources::suspensionsView),
						only(granted, DataItem.PART_TIME_TIMETABLE, parts.getT2(), ChildRecordSources::partTimeView),
						only(granted, DataItem.ALTERNATIVE_PROVISION, parts.getT2(),
								belongs -> ChildRecordSources.alternativeProvisionView(belongs, granted.items())),
						only(granted, DataItem.EHC_PLAN, parts.getT3(), ChildRecordSources::ehcPlanView),
						only(granted, DataItem.TRANSPORT, parts.getT4(), ChildRecordSources::transportView),
						only(granted, DataItem.REGISTERS, parts.getT2(), ChildRecordSources::registersView));
				return answer(granted, upn, action, released,
						schoolsIn(parts.getT1(), parts.getT2(), parts.getT3(), parts.getT4()));
			});
	}

	/**
	 * Whether the services asked all answered and none holds anything about the child: a
	 * UPN no service knows is not found, rather than a profile of empty parts (issue
	 * 12.7). A part not asked for (withheld) says nothing either way; a part that did not
	 * answer leaves it open, so the profile is answered as it is.
	 */
	static boolean heldByNoService(Part<PupilAttendanceSummary> attendance, Part<PupilBelonging> belonging,
			Part<EhcPlanStatus> plan, Part<TravelArrangements> transport) {
		List<Part<?>> asked = java.util.stream.Stream.<Part<?>>of(attendance, belonging, plan, transport)
			.filter(part -> !(part instanceof Part.Withheld<?>))
			.toList();
		if (asked.isEmpty() || asked.stream().anyMatch(part -> part instanceof Part.Unavailable<?>)) {
			return false;
		}
		return empty(attendance, summary -> summary.getEnrolmentsCount() == 0)
				&& empty(belonging,
						held -> held.getSuspensionsCount() == 0 && held.getPermanentExclusions() == 0
								&& !held.getOnPartTimeTimetable() && held.getAlternativeProvisionCount() == 0
								&& held.getRegistersCount() == 0)
				&& empty(plan, held -> !held.getHasPlan())
				&& empty(transport, held -> held.getArrangementsCount() == 0);
	}

	/** Holds nothing: none held, not asked, or an answer with nothing in it. */
	private static <T> boolean empty(Part<T> part, java.util.function.Predicate<T> nothingIn) {
		return !(part instanceof Part.Available<T> available) || nothingIn.test(available.data());
	}

	private Mono<ChildRecordViews.ChildProfile> answer(Access granted, String upn, String action,
			ChildRecordViews.ProfileParts released, List<String> schools) {
		List<String> fields = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		Map<DataItem, ChildRecordViews.PartView<?>> byItem = new LinkedHashMap<>();
		byItem.put(DataItem.ATTENDANCE, released.attendance());
		byItem.put(DataItem.SUSPENSIONS_AND_EXCLUSIONS, released.suspensionsAndExclusions());
		byItem.put(DataItem.PART_TIME_TIMETABLE, released.partTimeTimetable());
		byItem.put(DataItem.ALTERNATIVE_PROVISION, released.alternativeProvision());
		byItem.put(DataItem.EHC_PLAN, released.ehcPlan());
		byItem.put(DataItem.TRANSPORT, released.transport());
		byItem.put(DataItem.REGISTERS, released.registers());
		byItem.forEach((item, part) -> {
			if (part.status().equals("AVAILABLE")) {
				fields.add(item.name());
			}
			else if (granted.releases(item) && !part.status().equals("NONE")) {
				missing.add(item.name() + " " + part.status().toLowerCase(java.util.Locale.ROOT));
			}
		});
		ChildRecordViews.ChildProfile body = new ChildRecordViews.ChildProfile(upn, this.clock.instant().toString(),
				granted.purpose(), granted.agreement(), fields, released);
		Outcome outcome = missing.isEmpty() ? Outcome.RELEASED : Outcome.PARTIAL;
		return this.auditor.recordThen(granted.caller(), action, List.of(upn), schools, fields, granted.purpose(),
				granted.agreement(), outcome, String.join("; ", missing), body);
	}

	/**
	 * A service's answer is not trusted blindly (OWASP API10:2023): an answer about
	 * another child than the one asked about is never released.
	 */
	private static <T> Mono<Part<T>> aboutThisChild(Mono<Part<T>> part, String upn, Function<T, String> upnOf) {
		return part
			.map(answer -> (answer instanceof Part.Available<T> available && !upn.equals(upnOf.apply(available.data())))
					? new Part.Unavailable<>("the service answered about another child; nothing of it is released")
					: answer);
	}

	/** The part when the item may be released, else withheld with why. */
	private static <T, V> ChildRecordViews.PartView<V> only(Access granted, DataItem item, Part<T> part,
			Function<T, V> view) {
		if (!granted.releases(item)) {
			return ChildRecordViews.PartView.of(new Part.Withheld<>(granted.withheldBecause()));
		}
		return ChildRecordViews.PartView.of(ChildRecordSources.map(part, view));
	}

	private static <T> Mono<Part<T>> withheld(Access granted) {
		return Mono.just(new Part.Withheld<>(granted.withheldBecause()));
	}

	/** The schools the answers connect the child to, so each can see who looked. */
	private static List<String> schoolsIn(Part<PupilAttendanceSummary> attendance, Part<PupilBelonging> belonging,
			Part<EhcPlanStatus> plan, Part<TravelArrangements> transport) {
		TreeSet<String> schools = new TreeSet<>();
		if (attendance instanceof Part.Available<PupilAttendanceSummary> held) {
			held.data().getEnrolmentsList().forEach(enrolment -> schools.add(enrolment.getSchoolUrn()));
		}
		if (belonging instanceof Part.Available<PupilBelonging> held) {
			held.data().getSuspensionsList().forEach(suspension -> schools.add(suspension.getSchoolUrn()));
			held.data().getAlternativeProvisionList().forEach(placement -> {
				schools.add(placement.getProviderUrn());
				if (placement.getCommissionedBy() == AlternativeProvisionCommissioner.SCHOOL) {
					schools.add(placement.getCommissionerCode());
				}
			});
		}
		if (plan instanceof Part.Available<EhcPlanStatus> held && !held.data().getNamedSchoolUrn().isEmpty()) {
			schools.add(held.data().getNamedSchoolUrn());
		}
		if (transport instanceof Part.Available<TravelArrangements> held) {
			held.data().getArrangementsList().forEach(arrangement -> schools.add(arrangement.getSchoolUrn()));
		}
		schools.remove("");
		return List.copyOf(schools);
	}

}
