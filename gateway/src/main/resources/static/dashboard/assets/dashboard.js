// The dashboard's one script (ADR 0044), served by the gateway itself (CSP script-src 'self').
// It starts govuk-frontend's components and draws each chart with Apache ECharts from the
// figures the page carries in data-chart; every chart's table follows it on the page, so a
// reader without scripts, or with a screen reader, has the same figures.
import { initAll } from '/dashboard/assets/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// GOV.UK Design System colours: blue bars, dark blue for the first (the whole area), and
// reference lines told apart by dash as well as colour (WCAG 1.4.1).
const BLUE = '#1d70b8';
const DARK_BLUE = '#003078';
const TEXT = '#0b0c0c';
const LINES = [{ color: '#d4351c', type: 'dashed' }, { color: TEXT, type: 'dotted' }];
const ROW = 30;

function draw(element) {
	const chart = JSON.parse(element.dataset.chart);
	const unit = chart.unit || '';
	const top = 10;
	const bottom = 30;
	element.style.height = `${top + bottom + chart.bars.length * ROW}px`;
	const plot = window.echarts.init(element, null, { renderer: 'canvas' });
	plot.setOption({
		animation: false,
		textStyle: { fontFamily: 'arial, sans-serif', color: TEXT, fontSize: 14 },
		grid: { left: 10, right: 170, top, bottom, containLabel: true },
		xAxis: { type: 'value', min: 0, max: chart.max, axisLabel: { formatter: `{value}${unit}`, color: TEXT } },
		yAxis: [
			{ type: 'category', data: chart.bars.map((bar) => bar.label), inverse: true, axisLabel: { color: TEXT } },
			// a hidden 0 to 1 scale, so that each reference line crosses every bar
			{ type: 'value', min: 0, max: 1, show: false },
		],
		series: [
			{
				type: 'bar',
				barMaxWidth: 18,
				// a bar with no number (suppressed, not given) is drawn as nothing at 0, and its
				// label says why
				data: chart.bars.map((bar, i) => ({
					value: bar.value === null ? 0 : bar.value,
					missing: bar.value === null,
					shown: bar.shown,
					itemStyle: { color: i === 0 ? DARK_BLUE : BLUE },
				})),
				label: {
					show: true,
					position: 'right',
					color: TEXT,
					formatter: (item) => (item.data.missing ? item.data.shown : `${item.data.shown}${unit}`),
				},
			},
			...chart.references.map((reference, i) => ({
				type: 'line',
				yAxisIndex: 1,
				symbol: 'none',
				silent: true,
				lineStyle: { ...LINES[i % LINES.length], width: 2 },
				data: [
					[reference.value, 0],
					[reference.value, 1],
				],
			})),
		],
	});
	window.addEventListener('resize', () => plot.resize());
}

document.querySelectorAll('[data-chart]').forEach(draw);
