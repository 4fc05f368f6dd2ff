package uk.gov.dorsetcouncil.edu.gateway.aggregation.client;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.access.Release;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.web.ChildRecordViews.Deadline;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.web.ChildRecordViews.PartView;
import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
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

	public Mono<DeadlinesView> due(Caller caller, String date) {
		LocalDate today = LocalDate.now(this.clock.withZone(ENGLAND));
		LocalDate day = day(date, today);
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate sunday = monday.plusDays(6);
		Set<DataItem> items = Release.needsAgreement(caller) ? Set.of() : Release.inOwnRight(caller);
		if (items.isEmpty()) {
			return Mono.error(ProblemException.forbidden("deadlines name children; your role and scopes release none"));
		}
		String from = monday.toString();
		String to = sunday.toString();
		String withheld = "not released to your role and scopes (field-level policy)";
		Mono<Part<List<Deadline>>> send = items.contains(DataItem.EHC_PLAN)
				? this.sources.sendDeadlines(from, to, today, caller) : Mono.just(new Part.Withheld<>(withheld));
		Mono<Part<List<Deadline>>> belonging = items.contains(DataItem.SUSPENSIONS_AND_EXCLUSIONS)
				? this.sources.belongingDeadlines(from, to, today, caller) : Mono.just(new Part.Withheld<>(withheld));
		Mono<Part<List<Deadline>>> transport = items.contains(DataItem.TRANSPORT)
				? this.sources.transportDeadlines(from, to, today, caller) : Mono.just(new Part.Withheld<>(withheld));
		return Mono.zip(send, belonging, transport).flatMap(parts -> {
			List<Deadline> all = new ArrayList<>();
			List<String> fields = new ArrayList<>();
			List<String> missing = new ArrayList<>();
			collect(parts.getT1(), DataItem.EHC_PLAN, items, all, fields, missing);
			collect(parts.getT2(), DataItem.SUSPENSIONS_AND_EXCLUSIONS, items, all, fields, missing);
			collect(parts.getT3(), DataItem.TRANSPORT, items, all, fields, missing);
			all.sort(Comparator.comparing(Deadline::dueDate));
			TreeSet<String> children = new TreeSet<>();
			TreeSet<String> schools = new TreeSet<>();
			all.forEach(deadline -> {
				children.add(deadline.upn());
				if (deadline.schoolUrn() != null) {
					schools.add(deadline.schoolUrn());
				}
			});
			// A step that fell due before the week and is still outstanding is shown
			// beside those falling due in it (issue 12.7).
			List<Deadline> earlier = all.stream().filter(deadline -> deadline.dueDate().compareTo(from) < 0).toList();
			List<Deadline> inWeek = all.stream().filter(deadline -> deadline.dueDate().compareTo(from) >= 0).toList();
			DeadlinesView body = new DeadlinesView(from, to, this.clock.instant().toString(), inWeek, earlier,
					new DeadlineSources(PartView.of(parts.getT1()), PartView.of(parts.getT2()),
							PartView.of(parts.getT3())));
			return this.auditor.recordThen(caller, "GET /api/v1/deadlines/this-week", List.copyOf(children),
					List.copyOf(schools), fields, null, null, missing.isEmpty() ? Outcome.RELEASED : Outcome.PARTIAL,
					String.join("; ", missing), body);
		});
	}

	/**
	 * The deadlines of a week: those falling due in it, and those that fell due before it
	 * and are still outstanding; each source's part says whether it answered.
	 */
	public record DeadlinesView(@Schema(format = "date", example = "2026-12-07") String from,
			@Schema(format = "date", example = "2026-12-13") String to, @Schema(format = "date-time") String asOf,
			@Schema(description = "steps falling due in the week, by due date") List<Deadline> deadlines,
			@Schema(description = "steps that fell due before the week and are still outstanding, by due date") List<Deadline> overdue,
			DeadlineSources sources) {

	}

	public record DeadlineSources(PartView<List<Deadline>> send, PartView<List<Deadline>> belonging,
			PartView<List<Deadline>> transport) {

	}

	private static void collect(Part<List<Deadline>> part, DataItem item, Set<DataItem> items, List<Deadline> all,
			List<String> fields, List<String> missing) {
		if (part instanceof Part.Available<List<Deadline>> available) {
			all.addAll(available.data());
			fields.add(item.name());
		}
		else if (items.contains(item)) {
			missing.add(item.name() + " " + part.status().toLowerCase(java.util.Locale.ROOT));
		}
	}

	private static LocalDate day(String date, LocalDate today) {
		if (date == null || date.isBlank()) {
			return today;
		}
		return DateBounds.parse("date", date);
	}

}
