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
import uk.gov.dorsetcouncil.edu.gateway.disclosure.domain.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
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

	private final int threshold;

	public Dashboards(ChildRecordSources sources, int threshold) {
		this.sources = sources;
		this.threshold = threshold;
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
		int[][] cells = new int[rows.size()][];
		for (int r = 0; r < rows.size(); r++) {
			PlanCountRow row = rows.get(r);
			cells[r] = new int[] { row.getDraft(), row.getFinal(), row.getCeased() };
		}
		SmallNumberSuppression.SuppressedTable table = suppress ? SmallNumberSuppression.apply(cells, this.threshold)
				: null;
		List<Map<String, Object>> rowViews = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("schoolUrn", rows.get(r).getSchoolUrn().isEmpty() ? null : rows.get(r).getSchoolUrn());
			List<Object> figures = new ArrayList<>();
			for (int c = 0; c < PLAN_STATUSES.size(); c++) {
				figures.add(suppress ? table.cell(r, c) : cells[r][c]);
			}
			view.put("counts", figures);
			view.put("total", suppress ? table.rowTotal(r) : sum(cells[r]));
			rowViews.add(view);
		}
		List<Object> columnTotals = new ArrayList<>();
		int grand = 0;
		for (int c = 0; c < PLAN_STATUSES.size(); c++) {
			int total = 0;
			for (int[] row : cells) {
				total += row[c];
			}
			grand += total;
			columnTotals.add(suppress ? table.columnTotal(c) : total);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("basis", "EHC plans held now, by the school each names");
		body.put("asOf", counts.getAsOf());
		body.put("suppressed", suppress);
		if (suppress) {
			body.put("threshold", this.threshold);
			body.put("symbol", SmallNumberSuppression.SYMBOL);
		}
		body.put("columns", PLAN_STATUSES);
		body.put("rows", rowViews);
		body.put("totals", Map.of("counts", columnTotals, "total", suppress ? table.grandTotal() : grand));
		return body;
	}

	private static Map<String, Object> available(Map<String, Object> table) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", "AVAILABLE");
		body.putAll(table);
		return body;
	}

	private static int sum(int[] row) {
		int sum = 0;
		for (int value : row) {
			sum += value;
		}
		return sum;
	}

}
