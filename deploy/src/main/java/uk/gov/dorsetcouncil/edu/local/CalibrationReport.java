package uk.gov.dorsetcouncil.edu.local;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.synthetic.Scale;
import uk.gov.dorsetcouncil.edu.synthetic.exclusion.GeneratedExclusion;
import uk.gov.dorsetcouncil.edu.synthetic.timetable.GeneratedTimetable;
import uk.gov.dorsetcouncil.edu.synthetic.register.GeneratedRegisterEntry;
import uk.gov.dorsetcouncil.edu.synthetic.measures.DorsetFigures;
import uk.gov.dorsetcouncil.edu.synthetic.measures.ExpectedFigures.Dimension;
import uk.gov.dorsetcouncil.edu.synthetic.measures.Figures;
import uk.gov.dorsetcouncil.edu.synthetic.measures.Measures;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * The calibration report (issue 4): generates the full county for a year, starts the real
 * attendance service from its jar with an embedded store in a temporary folder, loads
 * schools, calendars and rolls through its REST API and every register through its gRPC
 * {@code StreamMarks}, then asks the service's own REST measures (the LA with its phases
 * and localities, each locality, the FSM, SEN, year-group and sex cohorts) and compares
 * them with Dorset's published figures ({@code DorsetFigures.TARGETS}, the table the
 * generator's own tests use) and with the figures computed from the generated marks.
 * Writes {@code docs/calibration.md}; exits 1 when any figure is outside its tolerance.
 */
public final class CalibrationReport {

	static final long SEED = 2026;

	static final String COMMAND = "./mvnw -q -Pcalibrate package";

	private static final String SCOPE = "AGED_5_TO_15";

	private final JsonMapper json = JsonMapper.shared();

	private int measureCalls;

	private CalibrationReport() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(option(args, "--root", ".")).toAbsolutePath().normalize();
		Path out = Path.of(option(args, "--out", root.resolve("docs/calibration.md").toString()));
		long seed = Long.parseLong(option(args, "--seed", String.valueOf(SEED)));
		Scale scale = Scale.named(option(args, "--scale", "dorset"));
		boolean passed = new CalibrationReport().run(root, out, seed, scale);
		System.exit(passed ? 0 : 1);
	}

	boolean run(Path root, Path out, long seed, Scale scale) throws Exception {
		Instant started = Instant.now();
		Path dataDir = Files.createTempDirectory("dorset-calibration");
		County county = County.generate(seed, scale);
		System.out.printf("Calibration: scale %s, seed %d, %d schools; data in %s%n", scale.name(), seed,
				county.schools().size(), dataDir);
		LocalPlatform.Service attendance = new LocalPlatform.Service("attendance", "attendance-service",
				LocalPlatform.freePort(), LocalPlatform.freePort());
		LocalPlatform.Settings settings = new LocalPlatform.Settings(root, dataDir, LocalPlatform.freePort(),
				List.of(attendance))
			.withSizing(JvmSizing.COUNTY);
		long startService = System.nanoTime();
		Measures platform;
		Measures truth;
		CountyLoader.Loaded loaded;
		double serviceSeconds;
		double measuresSeconds;
		double truthSeconds;
		try (LocalPlatform running = LocalPlatform.start(settings)) {
			serviceSeconds = (System.nanoTime() - startService) / 1e9;
			System.out.printf("attendance-service healthy in %.1f s%n", serviceSeconds);
			String rest = "http://127.0.0.1:" + attendance.port();
			CountyLoader loader = new CountyLoader(rest, "127.0.0.1:" + attendance.grpcPort(), null, 6);
			loaded = loader.load(county, System.out::println);
			long measuresStart = System.nanoTime();
			platform = platformMeasures(loader, rest, scale.year().label());
			measuresSeconds = (System.nanoTime() - measuresStart) / 1e9;
		}
		long truthStart = System.nanoTime();
		truth = county.expectedFigures();
		truthSeconds = (System.nanoTime() - truthStart) / 1e9;
		String report = report(county, platform, truth, loaded, started, serviceSeconds, measuresSeconds, truthSeconds);
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, report);
		boolean passed = DorsetFigures.TARGETS.stream().allMatch(t -> t.passes(platform));
		System.out.println(report);
		System.out.println("Written to " + out + (passed ? "" : " (some figures are outside their tolerance)"));
		deleteQuietly(dataDir);
		return passed;
	}

	/**
	 * The platform's figures in the shape of the generator's, from exact session and
	 * enrolment counts (not from the rounded rates). The platform's phases are the
	 * schools' own (first, primary, middle, ...); the DfE's statistical phases combine
	 * them as the generator does.
	 */
	private Measures platformMeasures(CountyLoader loader, String rest, String year) throws Exception {
		String query = "year=" + year + "&scope=" + SCOPE;
		Map<Dimension, Map<String, Counts>> counts = new EnumMap<>(Dimension.class);
		JsonNode la = ask(loader, rest, "/api/v1/attendance/measures/local-authority?" + query + "&by=PHASE");
		put(counts, Dimension.ALL, "all", Counts.of(la.get("total")));
		groups(la, "PHASE", counts, Dimension.PHASE, CalibrationReport::statisticalPhase);
		groups(la, "PHASE", counts, Dimension.SCHOOL_PHASE, UnaryOperator.identity());
		for (String locality : List.of("NORTH", "CHESIL", "DORCHESTER", "WEST", "EAST", "PURBECK")) {
			JsonNode area = ask(loader, rest, "/api/v1/attendance/measures/localities/" + locality + "?" + query);
			put(counts, Dimension.LOCALITY, locality, Counts.of(area.get("total")));
		}
		cohort(loader, rest, query, "FSM", counts, Dimension.FREE_SCHOOL_MEALS,
				g -> g.equals("FSM_ELIGIBLE") ? "FSM" : "non-FSM");
		cohort(loader, rest, query, "SEN_PROVISION", counts, Dimension.SEN, UnaryOperator.identity());
		cohort(loader, rest, query, "YEAR_GROUP", counts, Dimension.YEAR_GROUP,
				g -> String.format("Y%02d", Integer.parseInt(g)));
		cohort(loader, rest, query, "SEX", counts, Dimension.SEX, UnaryOperator.identity());
		Map<Dimension, Map<String, Figures>> figures = new EnumMap<>(Dimension.class);
		counts.forEach((dimension, groups) -> {
			Map<String, Figures> byGroup = new TreeMap<>();
			groups.forEach((group, c) -> byGroup.put(group, c.figures()));
			figures.put(dimension, byGroup);
		});
		return new Measures(figures, Map.of(), 0, null, null, 0, 0);
	}

	private void cohort(CountyLoader loader, String rest, String query, String dimension,
			Map<Dimension, Map<String, Counts>> counts, Dimension as, UnaryOperator<String> group) throws Exception {
		JsonNode answer = ask(loader, rest, "/api/v1/attendance/measures/cohorts/" + dimension + "?" + query);
		groups(answer, dimension, counts, as, group);
	}

	private static void groups(JsonNode answer, String dimension, Map<Dimension, Map<String, Counts>> counts,
			Dimension as, UnaryOperator<String> group) {
		for (JsonNode g : answer.get("groups")) {
			if (g.get("dimension").asString().equals(dimension)) {
				put(counts, as, group.apply(g.get("group").asString()), Counts.of(g));
			}
		}
	}

	private static void put(Map<Dimension, Map<String, Counts>> counts, Dimension dimension, String group, Counts c) {
		counts.computeIfAbsent(dimension, d -> new TreeMap<>()).merge(group, c, Counts::plus);
	}

	private JsonNode ask(CountyLoader loader, String rest, String path) throws Exception {
		HttpResponse<String> response = loader.get(rest, path);
		this.measureCalls++;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
		}
		return this.json.readTree(response.body());
	}

	/** The DfE statistical phase of a school phase, as the generator reports it. */
	static String statisticalPhase(String schoolPhase) {
		return uk.gov.dorsetcouncil.edu.synthetic.school.Phase.valueOf(schoolPhase).statisticalPhase().name();
	}

	/** Exact counts of one group, as the platform answers them. */
	record Counts(long enrolments, long possible, long authorised, long unauthorised, long persistent, long severe) {

		static Counts of(JsonNode g) {
			return new Counts(number(g, "enrolments"), number(g, "possibleSessions"),
					number(g, "authorisedAbsenceSessions"), number(g, "unauthorisedAbsenceSessions"),
					number(g, "persistentAbsentees"), number(g, "severeAbsentees"));
		}

		private static long number(JsonNode group, String field) {
			JsonNode cell = group.get(field);
			JsonNode value = (cell != null && cell.isObject()) ? cell.get("value") : cell;
			if (value == null || value.isNull()) {
				throw new IllegalStateException("no value for " + field + " in " + group);
			}
			return Math.round(value.asDouble());
		}

		Counts plus(Counts o) {
			return new Counts(this.enrolments + o.enrolments, this.possible + o.possible,
					this.authorised + o.authorised, this.unauthorised + o.unauthorised, this.persistent + o.persistent,
					this.severe + o.severe);
		}

		Figures figures() {
			double p = this.possible;
			double absent = this.authorised + this.unauthorised;
			return new Figures(this.enrolments, this.possible, 100 * (p - absent) / p, 100 * absent / p,
					100 * this.authorised / p, 100 * this.unauthorised / p, 100.0 * this.persistent / this.enrolments,
					100.0 * this.severe / this.enrolments);
		}

	}

	private String report(County county, Measures platform, Measures truth, CountyLoader.Loaded loaded, Instant started,
			double serviceSeconds, double measuresSeconds, double truthSeconds) {
		StringBuilder md = new StringBuilder();
		boolean passed = DorsetFigures.TARGETS.stream().allMatch(t -> t.passes(platform));
		md.append("# Calibration: the platform's own measures against Dorset's published figures\n\n");
		md.append(String.format(Locale.ROOT,
				"Result: **%s** (%d of %d figures within tolerance). Generated by `%s` on %s UTC.%n%n",
				passed ? "pass" : "FAIL", DorsetFigures.TARGETS.stream().filter(t -> t.passes(platform)).count(),
				DorsetFigures.TARGETS.size(), COMMAND,
				DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(started.atOffset(ZoneOffset.UTC))));
		md.append(String.format(Locale.ROOT,
				"Data: the synthetic generator's `%s` scale, seed %d: %d schools, %,d pupils on roll, %,d INSET "
						+ "closures, %,d marks for %s (%s to %s). Loaded into a real attendance service (its "
						+ "executable jar, the embedded H2-file store in a temporary folder): schools, closures and "
						+ "rolls through `PUT /api/v1/attendance/schools/...` (6 requests at a time), every mark "
						+ "through gRPC `StreamMarks` (%d pupils' years a message) with no mark rejected. The "
						+ "platform's figures come from its REST measures for %s, headline scope `%s` (pupils aged 5 "
						+ "to 15 in primary, secondary and special schools): `measures/local-authority?by=PHASE` "
						+ "(county and phases; first and primary schools count as primary, middle, upper and "
						+ "all-through as secondary), `measures/localities/{locality}` and `measures/cohorts/{FSM, "
						+ "SEN_PROVISION, YEAR_GROUP, SEX}`, computed here from their exact session and enrolment "
						+ "counts.%n%n",
				county.scale().name(), county.data().seed(), loaded.schools(), loaded.pupils(), loaded.closures(),
				loaded.marks(), county.scale().year().label(), county.scale().from(), county.scale().to(),
				CountyLoader.PUPILS_PER_BATCH, county.scale().year().label(), SCOPE));
		md.append("## Dorset's figures\n\n");
		md.append("\"Generated\" is computed from the same marks by the generator's own code table "
				+ "(`ExpectedFigures`), independently of the platform: a difference between the two columns "
				+ "would be a fault in the loader or in the platform's measures.\n\n");
		md.append("| Figure | Dorset published | Source | Platform | Generated | Tolerance | Result |\n");
		md.append("|---|---|---|---|---|---|---|\n");
		for (DorsetFigures.Target target : DorsetFigures.TARGETS) {
			md.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %.2f | %.2f | ± %.2f | %s |%n", target.figure(),
					target.published(), target.source(), target.generatedValue(platform), target.generatedValue(truth),
					target.tolerance(), target.passes(platform) ? "pass" : "**FAIL**"));
		}
		md.append("\n## Every group asked: platform against generated\n\n");
		md.append("| Dimension | Group | Enrolments (platform / generated) | Possible sessions (platform / "
				+ "generated) | Absence % | Persistent % | Severe % | Same counts |\n");
		md.append("|---|---|---|---|---|---|---|---|\n");
		List<String> differences = new ArrayList<>();
		platform.figures().forEach((dimension, groups) -> groups.forEach((group, p) -> {
			Figures t = truth.figures().getOrDefault(dimension, Map.of()).get(group);
			boolean same = t != null && t.enrolments() == p.enrolments() && t.possibleSessions() == p.possibleSessions()
					&& Math.abs(t.overallAbsence() - p.overallAbsence()) < 1e-9
					&& Math.abs(t.persistentAbsence() - p.persistentAbsence()) < 1e-9
					&& Math.abs(t.severeAbsence() - p.severeAbsence()) < 1e-9;
			if (!same) {
				differences.add(dimension + " " + group);
			}
			md.append(String.format(Locale.ROOT, "| %s | %s | %,d / %s | %,d / %s | %.2f | %.2f | %.2f | %s |%n",
					dimension, group, p.enrolments(), (t != null) ? String.format("%,d", t.enrolments()) : "-",
					p.possibleSessions(), (t != null) ? String.format("%,d", t.possibleSessions()) : "-",
					p.overallAbsence(), p.persistentAbsence(), p.severeAbsence(), same ? "yes" : "**no**"));
		}));
		md.append(differences.isEmpty()
				? "\nEvery group's enrolments, possible sessions and absence, persistent and severe figures are "
						+ "identical in the platform and in the generated truth.\n"
				: "\nGroups where the platform and the generated truth differ: " + differences + ".\n");
		md.append(belonging(county));
		md.append(registers(county));
		md.append("\n## Timings\n\n");
		md.append(String.format(Locale.ROOT,
				"Machine: %d cores, Java %s, attendance service heap 2 GB; load average %.1f at the end of the run "
						+ "(the machine is shared with other builds, so timings vary from run to run).%n%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		md.append("| Step | Time |\n|---|---|\n");
		md.append(String.format(Locale.ROOT, "| attendance service started and healthy | %.1f s |%n", serviceSeconds));
		md.append(String.format(Locale.ROOT,
				"| schools, INSET closures and rolls through REST (%,d requests) | %.1f s |%n",
				loaded.schools() * 1L + loaded.closures() + loaded.pupils(), seconds(loaded.rollsTook())));
		md.append(String.format(Locale.ROOT,
				"| registers generated and streamed through `StreamMarks` (%,d marks) | %.1f s (%,.0f marks/s) |%n",
				loaded.marks(), seconds(loaded.registersTook()), loaded.marks() / seconds(loaded.registersTook())));
		md.append(String.format(Locale.ROOT, "| measures asked (%d REST calls) | %.1f s |%n", this.measureCalls,
				measuresSeconds));
		md.append(String.format(Locale.ROOT, "| generated truth computed (in this JVM) | %.1f s |%n", truthSeconds));
		md.append(String.format(Locale.ROOT, "| whole run | %.1f s |%n",
				seconds(Duration.between(started, Instant.now()))));
		md.append("\nRun it again with `" + COMMAND + "` from the project root (it builds what it needs, "
				+ "tests skipped; `-Dcalibration.seed=N` for another seed). Tolerances are those of "
				+ "`synthetic/.../measures/DorsetFigures.java`; see `docs/synthetic-data.md` for the sources and "
				+ "the absence model.\n");
		return md.toString();
	}

	/**
	 * Suspensions and permanent exclusions as generated for the same pupils (the
	 * belonging service is not loaded by this run, so there is no platform column yet):
	 * rates per 100 pupils on roll on the spring census day, as the DfE counts them.
	 */
	static String belonging(County county) {
		LocalDate census = LocalDate.of(county.scale().year().startYear() + 1, 1, 15);
		long onRoll = 0;
		long suspensions = 0;
		long permanent = 0;
		long timetables = 0;
		long overSixWeeks = 0;
		LocalDate yearEnd = county.scale().to();
		for (School school : county.schools()) {
			for (GeneratedTimetable timetable : county.partTimeTimetables(school)) {
				timetables++;
				if (timetable.lengthInDays(yearEnd) > 42) {
					overSixWeeks++;
				}
			}
			onRoll += county.pupilsOf(school).stream().filter(p -> p.onRoll(census)).count();
			for (GeneratedExclusion exclusion : county.exclusions(school)) {
				if (exclusion.permanent()) {
					permanent++;
				}
				else {
					suspensions++;
				}
			}
		}
		StringBuilder md = new StringBuilder("\n## Belonging: suspensions and permanent exclusions (generated)\n\n");
		md.append("Generated by `synthetic/.../exclusion/ExclusionModel` for the same pupils (weighted by their "
				+ "absence); the belonging service is not loaded by this run, so there is no platform column yet. "
				+ "Rates per 100 pupils on roll on " + census + " (" + String.format(Locale.ROOT, "%,d", onRoll)
				+ ").\n\n");
		md.append("| Figure | Published | Source | Generated |\n|---|---|---|---|\n");
		md.append(String.format(Locale.ROOT, "| Suspensions per 100 pupils | 11.31 | England 2023/24 | %.2f (%,d) |%n",
				100.0 * suspensions / onRoll, suspensions));
		md.append(String.format(Locale.ROOT, "| Permanent exclusions | 69 | Dorset 2022/23 | %d |%n", permanent));
		md.append(String.format(Locale.ROOT,
				"| Pupils on part-time timetables (`synthetic/.../timetable/PartTimeTimetableModel`) | 244 | Dorset 2022/23 | %d |%n",
				timetables));
		md.append(String.format(Locale.ROOT,
				"| Of them, over six weeks (to the end date, or to %s with none) | 99%% | Dorset 2022/23 | %s |%n",
				yearEnd,
				(timetables == 0) ? "z" : String.format(Locale.ROOT, "%.1f%%", 100.0 * overSixWeeks / timetables)));
		return md.toString();
	}

	/**
	 * The registers officers keep, as generated for the same pupils (ADR 0030): home
	 * education notices against Dorset's 664 registered children, and deletions with no
	 * known destination (each a CME entry) per 100 pupils.
	 */
	static String registers(County county) {
		long pupils = 0;
		long homeEducation = 0;
		long missing = 0;
		for (School school : county.schools()) {
			pupils += county.pupilsOf(school).size();
			for (GeneratedRegisterEntry entry : county.registerEntries(school)) {
				if (entry.kind().equals(GeneratedRegisterEntry.HOME_EDUCATION)) {
					homeEducation++;
				}
				else {
					missing++;
				}
			}
		}
		StringBuilder md = new StringBuilder(
				"\n## Belonging: home education and children missing education " + "(generated)\n\n");
		md.append("Generated by `synthetic/.../register/RegisterEntryModel` for the same pupils (weighted by their "
				+ "absence), over " + String.format(Locale.ROOT, "%,d", pupils) + " pupils ever on roll; the EHE "
				+ "figure is Dorset's register, the CME share an assumption (one mid-year leaver in ten).\n\n");
		md.append("| Figure | Published | Source | Generated |\n|---|---|---|---|\n");
		md.append(String.format(Locale.ROOT,
				"| Children electively home educated | 664 | Dorset (dorset-facts) | %d |%n", homeEducation));
		md.append(String.format(Locale.ROOT,
				"| Children missing education per 100 pupils | about 0.3 | assumption | %.2f (%,d) |%n",
				100.0 * missing / Math.max(1, pupils), missing));
		return md.toString();
	}

	private static double seconds(Duration d) {
		return d.toMillis() / 1000.0;
	}

	private static void deleteQuietly(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (java.io.IOException ex) {
			System.err.println("could not remove " + dir + ": " + ex.getMessage());
		}
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
