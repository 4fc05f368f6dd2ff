package uk.gov.dorsetcouncil.edu.gateway.aggregation.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.access.Release;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.web.ChildRecordViews;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.web.Figure;
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
		long[][] cells = new long[rows.size()][];
		for (int r = 0; r < rows.size(); r++) {
			PlanCountRow row = rows.get(r);
			cells[r] = new long[] { row.getDraft(), row.getFinal(), row.getCeased() };
		}
		Figures.Table table = Figures.table(cells);
		SmallNumberSuppression.Suppressed shown = (suppress ? this.suppression : SmallNumberSuppression.off())
			.apply(table.figures());
		List<PlanRow> rowViews = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			List<Figure> figures = new ArrayList<>();
			for (int c = 0; c < PLAN_STATUSES.size(); c++) {
				figures.add(Figure.of(shown.figure(table.cell(r, c)).shown()));
			}
			rowViews.add(new PlanRow(rows.get(r).getSchoolUrn().isEmpty() ? null : rows.get(r).getSchoolUrn(), figures,
					Figure.of(shown.figure(table.rowTotal(r)).shown())));
		}
		List<Figure> columnTotals = new ArrayList<>();
		for (int c = 0; c < PLAN_STATUSES.size(); c++) {
			columnTotals.add(Figure.of(shown.figure(table.columnTotal(c)).shown()));
		}
		return new PlanTable("EHC plans held now, by the school each names", counts.getAsOf(), suppress,
				suppress ? this.suppression.threshold() : null, suppress ? SmallNumberSuppression.SYMBOL : null,
				PLAN_STATUSES, rowViews,
				new PlanTotals(columnTotals, Figure.of(shown.figure(table.grandTotal()).shown())));
	}

}
