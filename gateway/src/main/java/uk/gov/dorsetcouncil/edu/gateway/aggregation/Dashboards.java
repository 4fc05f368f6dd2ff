package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.domain.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.access.domain.Release;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.domain.Part;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.disclosure.Figures;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.send.v1.PlanCountRow;
import uk.gov.dorsetcouncil.edu.proto.send.v1.PlanCounts;

/**
 * The LA dashboard's figures. Counts come from the services as the gateway itself (they
 * are figures, not records); a caller with pupil-level rights to the data behind them
 * sees them as they are, everyone else sees them small-number suppressed (domain-rules
 * section 7), so that an analyst cannot single out a child.
 */
public class Dashboards {

	static final List<String> PLAN_STATUSES = List.of("DRAFT", "FINAL", "CEASED");

	private final ChildRecordSources sources;

	private final SmallNumberSuppression suppression;

	public Dashboards(ChildRecordSources sources, SmallNumberSuppression suppression) {
		this.sources = sources;
		this.suppression = suppression;
	}

	public Mono<Map<String, Object>> ehcPlans(Caller caller) {
		if (!caller.actsCountyWide()) {
			return Mono.error(ProblemException.forbidden("the county dashboard is for the local authority"));
		}
		boolean suppress = Release.suppressedFor(caller, DataItem.EHC_PLAN);
		return this.sources.planCounts(Caller.service("gateway", Set.of(DataItem.EHC_PLAN.scope())))
			.map(part -> switch (part) {
				case Part.Available<PlanCounts> counts -> available(table(counts.data(), suppress));
				default -> ChildProfiles.view(part);
			});
	}

	Map<String, Object> table(PlanCounts counts, boolean suppress) {
		List<PlanCountRow> rows = counts.getRowsList();
		long[][] cells = new long[rows.size()][];
		for (int r = 0; r < rows.size(); r++) {
			PlanCountRow row = rows.get(r);
			cells[r] = new long[] { row.getDraft(), row.getFinal(), row.getCeased() };
		}
		Figures.Table table = Figures.table(cells);
		SmallNumberSuppression.Suppressed shown = (suppress ? this.suppression : SmallNumberSuppression.off())
			.apply(table.figures());
		List<Map<String, Object>> rowViews = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("schoolUrn", rows.get(r).getSchoolUrn().isEmpty() ? null : rows.get(r).getSchoolUrn());
			List<Object> figures = new ArrayList<>();
			for (int c = 0; c < PLAN_STATUSES.size(); c++) {
				figures.add(shown.figure(table.cell(r, c)).shown());
			}
			view.put("counts", figures);
			view.put("total", shown.figure(table.rowTotal(r)).shown());
			rowViews.add(view);
		}
		List<Object> columnTotals = new ArrayList<>();
		for (int c = 0; c < PLAN_STATUSES.size(); c++) {
			columnTotals.add(shown.figure(table.columnTotal(c)).shown());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("basis", "EHC plans held now, by the school each names");
		body.put("asOf", counts.getAsOf());
		body.put("suppressed", suppress);
		if (suppress) {
			body.put("threshold", this.suppression.threshold());
			body.put("symbol", SmallNumberSuppression.SYMBOL);
		}
		body.put("columns", PLAN_STATUSES);
		body.put("rows", rowViews);
		body.put("totals", Map.of("counts", columnTotals, "total", shown.figure(table.grandTotal()).shown()));
		return body;
	}

	private static Map<String, Object> available(Map<String, Object> table) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", "AVAILABLE");
		body.putAll(table);
		return body;
	}

}
