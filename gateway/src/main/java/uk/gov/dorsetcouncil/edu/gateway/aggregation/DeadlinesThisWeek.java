package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.domain.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.access.domain.Release;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.domain.Part;
import uk.gov.dorsetcouncil.edu.gateway.audit.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.audit.domain.Outcome;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Statutory deadlines falling due in a week (Monday to Sunday, in England), gathered from
 * every service that holds them, each source only when the caller may receive its items
 * (EHC plan deadlines need {@code EHC_PLAN}, exclusion deadlines
 * {@code SUSPENSIONS_AND_EXCLUSIONS}, transport deadlines {@code TRANSPORT}). A source
 * that fails is marked unavailable; the others still answer.
 */
public class DeadlinesThisWeek {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final ChildRecordSources sources;

	private final Auditor auditor;

	private final Clock clock;

	public DeadlinesThisWeek(ChildRecordSources sources, Auditor auditor, Clock clock) {
		this.sources = sources;
		this.auditor = auditor;
		this.clock = clock;
	}

	public Mono<Map<String, Object>> due(Caller caller, String date) {
		LocalDate day = day(date);
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate sunday = monday.plusDays(6);
		Set<DataItem> items = Release.needsAgreement(caller) ? Set.of() : Release.inOwnRight(caller);
		if (items.isEmpty()) {
			return Mono.error(ProblemException.forbidden("deadlines name children; your role and scopes release none"));
		}
		String from = monday.toString();
		String to = sunday.toString();
		String withheld = "not released to your role and scopes (field-level policy)";
		Mono<Part<List<Map<String, Object>>>> send = items.contains(DataItem.EHC_PLAN)
				? this.sources.sendDeadlines(from, to, caller) : Mono.just(new Part.Withheld<>(withheld));
		Mono<Part<List<Map<String, Object>>>> belonging = items.contains(DataItem.SUSPENSIONS_AND_EXCLUSIONS)
				? this.sources.belongingDeadlines(from, to, caller) : Mono.just(new Part.Withheld<>(withheld));
		Mono<Part<List<Map<String, Object>>>> transport = items.contains(DataItem.TRANSPORT)
				? this.sources.transportDeadlines(from, to, caller) : Mono.just(new Part.Withheld<>(withheld));
		return Mono.zip(send, belonging, transport).flatMap(parts -> {
			Map<String, Object> sourcesView = new LinkedHashMap<>();
			sourcesView.put(ChildRecordSources.SEND, ChildProfiles.view(parts.getT1()));
			sourcesView.put(ChildRecordSources.BELONGING, ChildProfiles.view(parts.getT2()));
			sourcesView.put(ChildRecordSources.TRANSPORT, ChildProfiles.view(parts.getT3()));
			List<Map<String, Object>> all = new ArrayList<>();
			TreeSet<String> children = new TreeSet<>();
			TreeSet<String> schools = new TreeSet<>();
			List<String> fields = new ArrayList<>();
			List<String> missing = new ArrayList<>();
			collect(parts.getT1(), DataItem.EHC_PLAN, items, all, fields, missing);
			collect(parts.getT2(), DataItem.SUSPENSIONS_AND_EXCLUSIONS, items, all, fields, missing);
			collect(parts.getT3(), DataItem.TRANSPORT, items, all, fields, missing);
			all.sort((a, b) -> String.valueOf(a.get("dueDate")).compareTo(String.valueOf(b.get("dueDate"))));
			all.forEach(deadline -> {
				children.add(String.valueOf(deadline.get("upn")));
				if (deadline.get("schoolUrn") != null) {
					schools.add(String.valueOf(deadline.get("schoolUrn")));
				}
			});
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("from", from);
			body.put("to", to);
			body.put("asOf", this.clock.instant().toString());
			body.put("deadlines", all);
			body.put("sources", sourcesView);
			return this.auditor.recordThen(caller, "GET /api/v1/deadlines/this-week", List.copyOf(children),
					List.copyOf(schools), fields, null, null, missing.isEmpty() ? Outcome.RELEASED : Outcome.PARTIAL,
					String.join("; ", missing), body);
		});
	}

	private static void collect(Part<List<Map<String, Object>>> part, DataItem item, Set<DataItem> items,
			List<Map<String, Object>> all, List<String> fields, List<String> missing) {
		if (part instanceof Part.Available<List<Map<String, Object>>> available) {
			all.addAll(available.data());
			fields.add(item.name());
		}
		else if (items.contains(item)) {
			missing.add(item.name() + " " + part.status().toLowerCase(java.util.Locale.ROOT));
		}
	}

	private LocalDate day(String date) {
		if (date == null || date.isBlank()) {
			return LocalDate.now(this.clock.withZone(ENGLAND));
		}
		return DateBounds.parse("date", date);
	}

}
