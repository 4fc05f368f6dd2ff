package uk.gov.dorsetcouncil.edu.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.measures.FiguresTable;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * Generates a scale from the command line: {@code figures} prints the expected figures
 * against Dorset's; {@code csv} writes schools.csv, pupils.csv and marks.csv.gz to a
 * folder; {@code count} streams every mark and counts them (england-day).
 *
 * <pre>
 * java -cp synthetic/target/classes:platform.jar uk.gov.dorsetcouncil.edu.synthetic.GenerateCommand figures dorset 2026
 * </pre>
 */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: GenerateCommand figures|csv|count <scale> [seed] [folder]; scales: "
					+ Scale.NAMED.stream().map(Scale::name).toList());
			System.exit(2);
		}
		Scale scale = Scale.named(args[1]);
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : 2026;
		SyntheticEducation data = SyntheticEducation.generate(seed, scale);
		SchoolDays days = scale.name().startsWith("england") ? SchoolDays.weekdays() : SchoolDays.dorsetTermWeekdays();
		long started = System.nanoTime();
		switch (args[0]) {
			case "figures" -> System.out.print(FiguresTable.markdown(data.expectedFigures(days)));
			case "csv" ->
				writeCsv(data, days, Path.of((args.length > 3) ? args[3] : "target/synthetic-" + scale.name()));
			case "count" -> {
				AtomicLong marks = new AtomicLong();
				data.marks(days).forEach(m -> marks.incrementAndGet());
				System.out.printf("%s: %d schools, %d pupils, %d marks%n", scale.name(), data.schools().size(),
						data.pupilCount(), marks.get());
			}
			default -> throw new IllegalArgumentException("unknown command " + args[0]);
		}
		System.err.printf("%.1f s%n", (System.nanoTime() - started) / 1e9);
	}

	private static void writeCsv(SyntheticEducation data, SchoolDays days, Path folder) throws IOException {
		Files.createDirectories(folder);
		try (Writer schools = Files.newBufferedWriter(folder.resolve("schools.csv"));
				Writer pupils = Files.newBufferedWriter(folder.resolve("pupils.csv"));
				Writer marks = new BufferedWriter(new OutputStreamWriter(
						new GZIPOutputStream(Files.newOutputStream(folder.resolve("marks.csv.gz"))),
						StandardCharsets.UTF_8))) {
			schools.write(
					"urn,laestab,name,phase,locality,governance,lowestYear,highestYear,capacity,inclusionHubPlaces\n");
			pupils.write("urn,upn,nhsNumber,givenName,familyName,dateOfBirth,yearGroup,sex,admissionDate,leavingDate,"
					+ "fsm,sen,lookedAfter,childInNeed,childProtectionPlan,everSocialWorker,ethnicity,youngCarer,inclusionHub,"
					+ "postcode\n");
			marks.write("urn,upn,date,session,code\n");
			for (School s : data.schools()) {
				schools.write(String.join(",", s.urn(), s.laestab(), '"' + s.name() + '"', s.phase().name(),
						s.locality().name(), s.governance().name(), "" + s.lowestYear(), "" + s.highestYear(),
						"" + s.capacity(), "" + s.inclusionHubPlaces()) + "\n");
				for (Pupil p : data.pupils(s)) {
					var c = p.characteristics();
					pupils.write(String.join(",", p.urn(), p.upn(), p.nhsNumber(), p.givenName(), p.familyName(),
							p.dateOfBirth().toString(), "" + p.yearGroup(), p.sex().name(),
							p.admissionDate().toString(), (p.leavingDate() == null) ? "" : p.leavingDate().toString(),
							"" + c.freeSchoolMeals(), c.senProvision().name(), "" + c.lookedAfter(),
							"" + c.childInNeed(), "" + c.childProtectionPlan(), "" + c.everSocialWorker(),
							c.ethnicity(), "" + c.youngCarer(), "" + c.inclusionHub(), p.postcode()) + "\n");
				}
				for (var m : (Iterable<uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark>) data.marks(s,
						days)::iterator) {
					marks.write(m.urn() + "," + m.upn() + "," + m.date() + "," + m.session() + "," + m.code() + "\n");
				}
			}
		}
	}

}
