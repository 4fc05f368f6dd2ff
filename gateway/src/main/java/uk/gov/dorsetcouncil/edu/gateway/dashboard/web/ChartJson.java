package uk.gov.dorsetcouncil.edu.gateway.dashboard.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.BarChart;

/**
 * A chart's figures as the JSON the page's script draws from (ADR 0044), called by the
 * chart fragment as {@code @chartJson.of(chart)}: the chart itself stays plain Java.
 */
@Component("chartJson")
public class ChartJson {

	public String of(BarChart chart) {
		return JsonMapper.shared().writeValueAsString(chart.spec());
	}

}
