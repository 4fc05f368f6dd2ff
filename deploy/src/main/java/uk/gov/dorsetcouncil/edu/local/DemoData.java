package uk.gov.dorsetcouncil.edu.local;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A small, fictional Dorset for the local run: two schools in each of the six localities,
 * a few hundred pupils with valid UPNs, and registers for the autumn term of 2026 whose
 * absence looks like a county's (most pupils present, about a fifth persistently absent,
 * a few severely). Seeded: the same seed gives the same data. No real child, no real
 * school: place names are real, school and pupil names are invented.
 */
public final class DemoData {

	static final String FIRST_SCHOOL_URN = "991001";

	/**
	 * Registers are generated for weekdays in this range; days the school calendar
	 * refuses are skipped.
	 */
	static final LocalDate REGISTERS_FROM = LocalDate.of(2026, 9, 1);

	static final LocalDate REGISTERS_TO = LocalDate.of(2026, 11, 20);

	static final LocalDate YEAR_START = LocalDate.of(2026, 9, 1);

	public record School(String urn, String laestab, String name, String phase, String locality, int pupils,
			int lowestYear, int highestYear) {
	}

	public record Pupil(String upn, String schoolUrn, String givenName, String familyName, LocalDate dateOfBirth,
			int yearGroup, String sex, LocalDate admissionDate, LocalDate leavingDate, double absenceRate) {

		boolean onRoll(LocalDate date) {
			return !date.isBefore(this.admissionDate) && (this.leavingDate == null || !date.isAfter(this.leavingDate));
		}

	}

	public record Mark(String upn, String code) {
	}

	static final List<School> SCHOOLS = List.of(
			new School("991001", "8382101", "Gillingham Oakfield Primary School", "PRIMARY", "NORTH", 36, 1, 6),
			new School("991002", "8384101", "Shaftesbury Downs Academy", "SECONDARY", "NORTH", 48, 7, 11),
			new School("991003", "8382102", "Portland Tophill Primary School", "PRIMARY", "CHESIL", 36, 1, 6),
			new School("991004", "8384102", "Weymouth Chesil Bank Academy", "SECONDARY", "CHESIL", 48, 7, 11),
			new School("991005", "8382103", "Dorchester Maumbury Primary School", "PRIMARY", "DORCHESTER", 36, 1, 6),
			new School("991006", "8384103", "Dorchester Frome Valley Academy", "SECONDARY", "DORCHESTER", 48, 7, 11),
			new School("991007", "8382104", "Bridport Symondsbury Vale Primary School", "PRIMARY", "WEST", 36, 1, 6),
			new School("991008", "8384104", "Beaminster Hillside Academy", "SECONDARY", "WEST", 48, 7, 11),
			new School("991009", "8382105", "Verwood Heathland Primary School", "PRIMARY", "EAST", 36, 1, 6),
			new School("991010", "8387001", "Ferndown Heathside Special School", "SPECIAL", "EAST", 20, 3, 11),
			new School("991011", "8382106", "Swanage Durlston Primary School", "PRIMARY", "PURBECK", 36, 1, 6),
			new School("991012", "8381101", "Wareham Purbeck Learning Centre", "ALTERNATIVE_PROVISION", "PURBECK", 12,
					7, 11));

	private static final String[] GIVEN = { "Ava", "Noah", "Isla", "Leo", "Freya", "Oscar", "Poppy", "Alfie", "Ivy",
			"Arthur", "Ella", "Harry", "Rosie", "Jack", "Evie", "George", "Maisie", "Theo", "Lily", "Finley", "Ruby",
			"Archie", "Daisy", "Henry", "Florence", "Teddy", "Willow", "Reuben", "Matilda", "Ezra" };

	private static final String[] FAMILY = { "Ashdown", "Bramble", "Colfox", "Durnford", "Elcombe", "Frampton",
			"Gussage", "Hardwick", "Ilsington", "Kingsbere", "Lulworth", "Melbury", "Nettlecombe", "Okeford", "Puddle",
			"Quarleston", "Rushmore", "Stalbridge", "Tarrant", "Uploders", "Winterborne", "Yetminster" };

	private final long seed;

	private final List<Pupil> pupils;

	public DemoData(long seed) {
		this.seed = seed;
		this.pupils = generatePupils(new Random(seed));
	}

	public List<School> schools() {
		return SCHOOLS;
	}

	public List<Pupil> pupils() {
		return this.pupils;
	}

	public List<Pupil> pupilsOf(String urn) {
		return this.pupils.stream().filter(p -> p.schoolUrn().equals(urn)).toList();
	}

	/** Weekdays in the demo range; the school calendar decides which are school days. */
	public List<LocalDate> weekdays() {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = REGISTERS_FROM; !d.isAfter(REGISTERS_TO); d = d.plusDays(1)) {
			if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days.add(d);
			}
		}
		return days;
	}

	/**
	 * The register of one school for one session: a mark for every pupil on roll that
	 * day.
	 */
	public List<Mark> register(School school, LocalDate date, boolean morning) {
		// One random stream per school and day, so a register is the same whichever order
		// they load in.
		Random random = new Random(this.seed ^ (Long.parseLong(school.urn()) * 31 + date.toEpochDay()));
		List<Mark> marks = new ArrayList<>();
		for (Pupil pupil : pupilsOf(school.urn())) {
			double dayDraw = random.nextDouble();
			double codeDraw = random.nextDouble();
			double lateDraw = random.nextDouble();
			if (!pupil.onRoll(date)) {
				continue;
			}
			String code;
			if (dayDraw < pupil.absenceRate()) {
				code = absenceCode(codeDraw, date);
			}
			else if (lateDraw < 0.03) {
				code = "L";
			}
			else {
				code = morning ? "/" : "\\";
			}
			marks.add(new Mark(pupil.upn(), code));
		}
		return marks;
	}

	private static String absenceCode(double draw, LocalDate date) {
		// Illness is the commonest reason; a few marks are still N (reason not yet known)
		// near the end.
		if (draw < 0.45) {
			return "I";
		}
		if (draw < 0.52) {
			return "M";
		}
		if (draw < 0.67) {
			return "O";
		}
		if (draw < 0.77) {
			return "G";
		}
		if (draw < 0.85) {
			return "C";
		}
		if (draw < 0.92) {
			return "U";
		}
		return date.isAfter(REGISTERS_TO.minusDays(10)) ? "N" : "O";
	}

	private static List<Pupil> generatePupils(Random random) {
		List<Pupil> pupils = new ArrayList<>();
		for (School school : SCHOOLS) {
			int years = school.highestYear() - school.lowestYear() + 1;
			for (int i = 0; i < school.pupils(); i++) {
				int yearGroup = school.lowestYear() + (i % years);
				// Pupils start school in the September of Reception; those who started
				// before April 2019
				// carry a UPN issued under Dorset County's old LA code 835.
				int startYear = YEAR_START.getYear() - yearGroup;
				String laCode = (startYear < 2019) ? "835" : "838";
				String last12 = laCode + school.laestab().substring(3) + String.format("%02d%03d", startYear % 100, i);
				Upn upn = Upn.withCheckLetter(last12);
				LocalDate born = LocalDate.of(YEAR_START.getYear() - 5 - yearGroup, 9, 1).plusDays(random.nextInt(365));
				LocalDate admitted = LocalDate.of(admissionYear(school, yearGroup), 9, 3);
				LocalDate left = null;
				if (i == 5) {
					// A mid-term joiner and a mid-term leaver in every school.
					admitted = LocalDate.of(2026, 10, 5);
				}
				else if (i == 7) {
					left = LocalDate.of(2026, 10, 16);
				}
				pupils.add(new Pupil(upn.value(), school.urn(), GIVEN[random.nextInt(GIVEN.length)],
						FAMILY[random.nextInt(FAMILY.length)], born, yearGroup, random.nextBoolean() ? "F" : "M",
						admitted, left, absenceRate(random, school)));
			}
		}
		return pupils;
	}

	private static int admissionYear(School school, int yearGroup) {
		int entryYear = switch (school.phase()) {
			case "PRIMARY" -> 0;
			case "SECONDARY", "ALTERNATIVE_PROVISION" -> 7;
			default -> school.lowestYear();
		};
		return YEAR_START.getYear() - Math.max(0, yearGroup - entryYear);
	}

	private static double absenceRate(Random random, School school) {
		double draw = random.nextDouble();
		double rate;
		if (draw < 0.03) {
			rate = 0.5 + random.nextDouble() * 0.3;
		}
		else if (draw < 0.22) {
			rate = 0.10 + random.nextDouble() * 0.15;
		}
		else {
			rate = random.nextDouble() * 0.08;
		}
		return switch (school.phase()) {
			case "SECONDARY" -> Math.min(1, rate * 1.3);
			case "SPECIAL", "ALTERNATIVE_PROVISION" -> Math.min(1, rate * 2);
			default -> rate;
		};
	}

}
