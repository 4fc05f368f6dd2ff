package uk.gov.dorsetcouncil.edu.synthetic.send;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.Draws.Purpose;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.SenProvision;

/**
 * A year of requests for EHC needs assessments in a school, ending on a given day: who
 * asked, when, and what the LA then did, on the statutory clock (SEND Regulations 2014:
 * decide in 6 weeks, advice in 6, a plan in 20). Requests come from pupils without a plan
 * at England's rate; what became of each is spread by a low-discrepancy sequence (the
 * golden ratio's) over the requests in the order received, so that even a few show each
 * outcome in about its share. Shares with no source say "assumption". The outcome is
 * checked at the dorset scale ({@code AssessmentModelTest}).
 */
public final class AssessmentModel {

	/**
	 * Requests a year per pupil: 138,200 initial requests in England in 2023 (DfE, EHC
	 * plans 2024) over about 9.1 million pupils.
	 */
	static final double REQUESTS_PER_PUPIL = 0.0152;

	/**
	 * What became of the requests, as bounds of a share each (assumption): one in five
	 * refused (England 2023: about one in four), one in twenty-five assessed with no
	 * plan, one in sixteen with an exception recorded, one in six late (England 2023:
	 * half within 20 weeks; the demo shows a council doing better), the rest on time.
	 */
	static final double REFUSED_BELOW = 0.20;

	static final double NOT_TO_ISSUE_BELOW = 0.24;

	static final double WITH_EXCEPTION_BELOW = 0.30;

	static final double LATE_BELOW = 0.46;

	/** Assumption: one decision whether to assess in ten, one advice in ten, late. */
	static final double STEP_LATE = 0.1;

	/** Who asked, with shares (assumption). */
	static final String[] REQUESTERS = { "PARENT", "SCHOOL", "OTHER_PROFESSIONAL" };

	static final double[] REQUESTER_SHARE = { 0.55, 0.37, 0.08 };

	/**
	 * The need suspected, with shares (assumption, near England's EHC plans by primary
	 * need 2024: ASD a third, SLCN a fifth, SEMH a seventh).
	 */
	static final String[] NEEDS = { "ASD", "SLCN", "SEMH", "MLD", "SLD", "SPLD", "PD", "HI", "VI", "PMLD", "MSI",
			"OTH" };

	static final double[] NEED_SHARE = { 0.33, 0.21, 0.15, 0.09, 0.05, 0.05, 0.04, 0.02, 0.01, 0.01, 0.005, 0.035 };

	/**
	 * The golden ratio's fractional part: a sequence that spreads any few draws evenly.
	 */
	private static final double GOLDEN = 0.6180339887498949;

	/**
	 * The sequence starts at its 15th term: any start spreads as evenly, and this one
	 * gives the earliest request, which has had the time to show it, an exception.
	 */
	private static final int FIRST_TERM = 15;

	private final long seed;

	public AssessmentModel(long seed) {
		this.seed = seed;
	}

	/**
	 * The requests for the pupils, received in the year to {@code to}, earliest first,
	 * with every step dated on or before {@code to}. What became of each is spread over
	 * them in the order received, so even a few requests show each outcome.
	 */
	public List<GeneratedAssessment> of(List<Pupil> pupils, LocalDate to) {
		List<Asked> asked = new ArrayList<>();
		for (Pupil pupil : pupils) {
			if (pupil.characteristics().senProvision() != SenProvision.E && Draws.unit(this.seed,
					Purpose.EHC_ASSESSMENT, pupil.upn().hashCode(), 0, 0) < REQUESTS_PER_PUPIL) {
				SplittableRandom random = Draws.stream(this.seed, Purpose.EHC_ASSESSMENT, pupil.upn().hashCode(), 1);
				asked.add(new Asked(pupil, to.minusDays(random.nextInt(365)), random));
			}
		}
		asked.sort(Comparator.comparing(Asked::receivedOn).thenComparing(a -> a.pupil().upn()));
		List<GeneratedAssessment> all = new ArrayList<>();
		for (int i = 0; i < asked.size(); i++) {
			all.add(request(asked.get(i), ((i + FIRST_TERM) * GOLDEN) % 1.0, to));
		}
		return all;
	}

	private record Asked(Pupil pupil, LocalDate receivedOn, SplittableRandom random) {
	}

	private GeneratedAssessment request(Asked asked, double outcome, LocalDate to) {
		SplittableRandom random = asked.random();
		LocalDate received = asked.receivedOn();
		String requester = pick(REQUESTERS, REQUESTER_SHARE, random.nextDouble());
		String need = (random.nextDouble() < 0.85) ? pick(NEEDS, NEED_SHARE, random.nextDouble()) : null;
		LocalDate decided = received
			.plusDays((random.nextDouble() < STEP_LATE) ? 43 + random.nextInt(18) : 21 + random.nextInt(22));
		boolean assess = outcome >= REFUSED_BELOW;
		Map<String, GeneratedAssessment.Advice> advice = new LinkedHashMap<>();
		GeneratedAssessment.Exception exception = null;
		LocalDate issueDecided = null;
		boolean issue = false;
		LocalDate draft = null;
		LocalDate comments = null;
		LocalDate consultation = null;
		LocalDate finalPlan = null;
		if (assess) {
			for (String source : new String[] { "EDUCATION", "HEALTH", "EDUCATIONAL_PSYCHOLOGY", "SOCIAL_CARE" }) {
				if (source.equals("SOCIAL_CARE") && random.nextDouble() < 0.4) {
					continue;
				}
				LocalDate askedOn = decided.plusDays(1 + random.nextInt(3));
				int days = (random.nextDouble() < STEP_LATE) ? 43 + random.nextInt(20) : 14 + random.nextInt(29);
				advice.put(source, new GeneratedAssessment.Advice(askedOn, askedOn.plusDays(days)));
			}
			LocalDate lastAdvice = advice.values()
				.stream()
				.map(GeneratedAssessment.Advice::answeredOn)
				.max(Comparator.naturalOrder())
				.orElse(decided);
			int extra = 0;
			if (outcome >= NOT_TO_ISSUE_BELOW && outcome < WITH_EXCEPTION_BELOW) {
				boolean absence = random.nextBoolean();
				int days = absence ? 28 + random.nextInt(15) : 14 + random.nextInt(22);
				LocalDate from = received.plusDays(50 + random.nextInt(40));
				exception = new GeneratedAssessment.Exception(absence ? "ABSENCE_FROM_AREA" : "PERSONAL_CIRCUMSTANCES",
						from, from.plusDays(days - 1), absence ? "Family letter: living abroad from " + from
								: "Hospital letter: parent admitted " + from);
				extra = days;
			}
			issueDecided = later(lastAdvice.plusDays(2 + random.nextInt(6)),
					received.plusDays(70 + random.nextInt(30)));
			issue = outcome >= NOT_TO_ISSUE_BELOW;
			if (issue) {
				LocalDate due = received.plusWeeks(20).plusDays(extra);
				boolean late = outcome >= WITH_EXCEPTION_BELOW && outcome < LATE_BELOW;
				int room = (int) ChronoUnit.DAYS.between(issueDecided, due) - 40;
				finalPlan = late ? due.plusDays(1 + random.nextInt(60))
						: due.minusDays(random.nextInt(Math.max(1, room)));
				draft = later(finalPlan.minusDays(31 + random.nextInt(15)), issueDecided);
				comments = draft.plusDays(7 + random.nextInt(9));
				consultation = comments.plusDays(3 + random.nextInt(10));
				if (!finalPlan.isAfter(consultation)) {
					finalPlan = consultation.plusDays(1);
				}
			}
		}
		return new GeneratedAssessment(asked.pupil().upn(), asked.pupil().urn(), requester, received, need,
				upTo(decided, to), assess, upTo(advice, to),
				(exception != null && !exception.from().isAfter(to)) ? exception : null, upTo(issueDecided, to), issue,
				upTo(draft, to), upTo(comments, to), upTo(consultation, to), upTo(finalPlan, to));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate upTo(LocalDate date, LocalDate to) {
		return (date == null || date.isAfter(to)) ? null : date;
	}

	private static Map<String, GeneratedAssessment.Advice> upTo(Map<String, GeneratedAssessment.Advice> advice,
			LocalDate to) {
		Map<String, GeneratedAssessment.Advice> asked = new LinkedHashMap<>();
		advice.forEach((source, a) -> {
			if (!a.askedOn().isAfter(to)) {
				asked.put(source, new GeneratedAssessment.Advice(a.askedOn(), upTo(a.answeredOn(), to)));
			}
		});
		return asked;
	}

	private static String pick(String[] values, double[] shares, double u) {
		double cumulative = 0;
		for (int i = 0; i < values.length; i++) {
			cumulative += shares[i];
			if (u < cumulative) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

}
