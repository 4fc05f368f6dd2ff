package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.Access;
import uk.gov.dorsetcouncil.edu.gateway.access.AccessDecisions;
import uk.gov.dorsetcouncil.edu.gateway.access.domain.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.domain.Part;
import uk.gov.dorsetcouncil.edu.gateway.audit.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.audit.domain.Outcome;
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

	public Mono<Map<String, Object>> profile(Caller caller, String upnValue, String purpose, String agreement) {
		Upn.problemWith(upnValue).ifPresent(problem -> {
			throw ProblemException.invalid("upn", problem);
		});
		String action = "GET /api/v1/children/{upn}/profile";
		return this.access.decide(caller, purpose, agreement, action, List.of(upnValue))
			.flatMap(granted -> gather(granted, upnValue, action));
	}

	private Mono<Map<String, Object>> gather(Access granted, String upn, String action) {
		Caller as = granted.outbound();
		// A school's and a locality officer's view starts from the roll: the attendance
		// service says whether the child is on theirs.
		Organisation.Type type = granted.caller().organisation().type();
		boolean rollScoped = type == Organisation.Type.SCHOOL || type == Organisation.Type.LOCALITY;
		Mono<Part<PupilAttendanceSummary>> attendance = (granted.releases(DataItem.ATTENDANCE) || rollScoped)
				? this.sources.attendance(upn, as) : withheld(granted);
		Mono<Part<PupilBelonging>> belonging = (granted.releases(DataItem.SUSPENSIONS_AND_EXCLUSIONS)
				|| granted.releases(DataItem.PART_TIME_TIMETABLE) || granted.releases(DataItem.ALTERNATIVE_PROVISION))
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
				Map<DataItem, Part<?>> released = new LinkedHashMap<>();
				released.put(DataItem.ATTENDANCE,
						only(granted, DataItem.ATTENDANCE, parts.getT1(), ChildRecordSources::attendanceView));
				released.put(DataItem.SUSPENSIONS_AND_EXCLUSIONS, only(granted, DataItem.SUSPENSIONS_AND_EXCLUSIONS,
						parts.getT2(), ChildRecordSources::suspensionsView));
				released.put(DataItem.PART_TIME_TIMETABLE,
						only(granted, DataItem.PART_TIME_TIMETABLE, parts.getT2(), ChildRecordSources::partTimeView));
				released.put(DataItem.ALTERNATIVE_PROVISION,
						only(granted, DataItem.ALTERNATIVE_PROVISION, parts.getT2(),
								belongs -> ChildRecordSources.alternativeProvisionView(belongs, granted.items())));
				released.put(DataItem.EHC_PLAN,
						only(granted, DataItem.EHC_PLAN, parts.getT3(), ChildRecordSources::ehcPlanView));
				released.put(DataItem.TRANSPORT,
						only(granted, DataItem.TRANSPORT, parts.getT4(), ChildRecordSources::transportView));
				return answer(granted, upn, action, released,
						schoolsIn(parts.getT1(), parts.getT2(), parts.getT3(), parts.getT4()));
			});
	}

	private Mono<Map<String, Object>> answer(Access granted, String upn, String action, Map<DataItem, Part<?>> released,
			List<String> schools) {
		List<String> fields = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		Map<String, Object> partsView = new LinkedHashMap<>();
		released.forEach((item, part) -> {
			if (part instanceof Part.Available<?>) {
				fields.add(item.name());
			}
			else if (granted.releases(item) && !(part instanceof Part.None<?>)) {
				missing.add(item.name() + " " + part.status().toLowerCase(java.util.Locale.ROOT));
			}
			partsView.put(key(item), view(part));
		});
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("upn", upn);
		body.put("asOf", this.clock.instant().toString());
		body.put("purpose", granted.purpose());
		body.put("agreement", granted.agreement());
		body.put("released", fields);
		body.put("parts", partsView);
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
	private static <T> Part<Map<String, Object>> only(Access granted, DataItem item, Part<T> part,
			Function<T, Map<String, Object>> view) {
		if (!granted.releases(item)) {
			return new Part.Withheld<>(granted.withheldBecause());
		}
		return ChildRecordSources.map(part, view);
	}

	private static <T> Mono<Part<T>> withheld(Access granted) {
		return Mono.just(new Part.Withheld<>(granted.withheldBecause()));
	}

	static Map<String, Object> view(Part<?> part) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("status", part.status());
		switch (part) {
			case Part.Available<?> available -> view.put("data", available.data());
			case Part.None<?> none -> view.put("reason", none.reason());
			case Part.Withheld<?> withheld -> view.put("reason", withheld.reason());
			case Part.Unavailable<?> unavailable -> view.put("reason", unavailable.reason());
		}
		return view;
	}

	private static String key(DataItem item) {
		return switch (item) {
			case ATTENDANCE -> "attendance";
			case SUSPENSIONS_AND_EXCLUSIONS -> "suspensionsAndExclusions";
			case PART_TIME_TIMETABLE -> "partTimeTimetable";
			case ALTERNATIVE_PROVISION -> "alternativeProvision";
			case EHC_PLAN -> "ehcPlan";
			case TRANSPORT -> "transport";
		};
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
