package uk.gov.dorsetcouncil.edu.gateway.dashboard.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.BarChart;

/**
 * A chart's figures as the JSON the page's script draws from (ADR 0044), offered to the
 * templates as the expression object {@code #charts} (the chart fragment writes
 * {@code #charts.of(chart)}; Thymeleaf refuses bean references in attributes): the chart
 * itself stays plain Java.
 */
@Component
public class ChartJson extends AbstractDialect implements IExpressionObjectDialect {

	public ChartJson() {
		super("dashboard-charts");
	}

	public String of(BarChart chart) {
		return JsonMapper.shared().writeValueAsString(chart.spec());
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("charts");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return ChartJson.this;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
