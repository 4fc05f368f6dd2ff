package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
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

	public Mono<EhcPlansDashboard> ehcPlans(Caller caller) {
		if (!caller.actsCountyWide()) {
			return Mono.error(ProblemException.forbidden("the county dashboard is for the local authority"));
		}
		boolean suppress = Release.suppressedFor(caller, DataItem.EHC_PLAN);
		return this.sources.planCounts(Caller.service("gateway", Set.of(DataItem.EHC_PLAN.scope())))
			.map(part -> switch (part) {
				case Part.Available<PlanCounts> counts ->
					new EhcPlansDashboard(part.status(), null, table(counts.data(), suppress));
				default -> new EhcPlansDashboard(part.status(), ChildRecordViews.PartView.of(part).reason(), null);
			});
	}

	/**
	 * The county's EHC plans: {@code AVAILABLE} with the table, or why not
	 * ({@code UNAVAILABLE}, {@code WITHHELD}).
	 */
	public record EhcPlansDashboard(@Schema(allowableValues = {
			"AVAILABLE", "NONE", "WITHHELD", "UNAVAILABLE" }) String status,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason,
			@JsonUnwrapped @Nullable PlanTable table){

	}

	/**
	 * EHC plans by the school each names and status; small-number suppressed when
	 * {@code suppressed} (with the threshold and symbol used).
	 */
	public record PlanTable(@Schema(example = "EHC plans held now, by the school each names") String basis,
			@Schema(format = "date-time") String asOf, boolean suppressed,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer threshold,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "c") @Nullable String symbol,
			@Schema(example = "[\"DRAFT\", \"FINAL\", \"CEASED\"]") List<String> columns, List<PlanRow> rows,
			PlanTotals totals) {

	}

	/** A school's plans by status (a row naming no school: plans naming none). */
	public record PlanRow(@Nullable String schoolUrn, List<Figure> counts, Figure total) {

	}

	public record PlanTotals(List<Figure> counts, Figure total) {

	}

	PlanTable table(PlanCounts counts, boolean suppress) {
		List<PlanCountRow> rows = counts.getRowsList();
		int[][] cells = new int[rows.size()][];
		for (int r = 0; r < rows.size(); r++) {
			PlanCountRow row = rows.get(r);
			cells[r] = new int[] { row.getDraft(), row.getFinal(), row.getCeased() };
		}
		SmallNumberSuppression.SuppressedTable table = suppress ? SmallNumberSuppression.apply(cells, this.threshold)
				: null;
		List<PlanRow> rowViews = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			List<Figure> figures = new ArrayList<>();
			for (int c = 0; c < PLAN_STATUSES.size(); c++) {
				figures.add(Figure.of(suppress ? table.cell(r, c) : cells[r][c]));
			}
			rowViews.add(new PlanRow(rows.get(r).getSchoolUrn().isEmpty() ? null : rows.get(r).getSchoolUrn(), figures,
					Figure.of(suppress ? table.rowTotal(r) : sum(cells[r]))));
		}
		List<Figure> columnTotals = new ArrayList<>();
		int grand = 0;
		for (int c = 0; c < PLAN_STATUSES.size(); c++) {
			int total = 0;
			for (int[] row : cells) {
				total += row[c];
			}
			grand += total;
			columnTotals.add(Figure.of(suppress ? table.columnTotal(c) : total));
		}
		return new PlanTable("EHC plans held now, by the school each names", counts.getAsOf(), suppress,
				suppress ? this.threshold : null, suppress ? SmallNumberSuppression.SYMBOL : null, PLAN_STATUSES,
				rowViews, new PlanTotals(columnTotals, Figure.of(suppress ? table.grandTotal() : grand)));
	}

	private static int sum(int[] row) {
		int sum = 0;
		for (int value : row) {
			sum += value;
		}
		return sum;
	}

}
