package uk.gov.dorsetcouncil.edu.pledge.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.gov.dorsetcouncil.edu.pledge.commitment.Action;
import uk.gov.dorsetcouncil.edu.pledge.commitment.ActionState;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentVersion;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Direction;
import uk.gov.dorsetcouncil.edu.pledge.measure.MeasureValue;

/**
 * The summer-term update to stakeholders (Education Strategy 2024 to 2027: "update
 * stakeholders each summer term"), in plain language for children and young people,
 * parents and staff: made from the report to the summer term's Board meeting, so its
 * figures are the Board's, each with its as-of time. Each commitment says what was
 * promised, how it is going in words, its figures in words against the aim, what has been
 * done and what comes next.
 *
 * @param meeting the summer term meeting whose report it is made from
 * @param title what it is called
 * @param asOf when the report was made
 * @param items each commitment of both pledges
 */
public record StakeholderUpdate(LocalDate meeting, String title, Instant asOf, List<Item> items) {

	public StakeholderUpdate {
		items = List.copyOf(items);
	}

	/** How a status reads in the update: the rule each word rests on. */
	public static String howItIsGoing(Rag status) {
		return switch (status) {
			case GREEN -> "On track: we are doing what we said we would.";
			case AMBER -> "Nearly there: we are close to what we said, with more to do.";
			case RED -> "Behind: we are further from what we said than we want to be.";
			case NO_DATA -> "Too early to say: we do not have figures for this yet.";
		};
	}

	static StakeholderUpdate of(BoardReport report, String title) {
		LocalDate day = report.meeting();
		return new StakeholderUpdate(report.meeting(), title, report.asOf(),
				report.commitments().stream().map(line -> Item.of(line, report.asOf(), day)).toList());
	}

	/**
	 * One commitment in the update.
	 *
	 * @param key the commitment's key
	 * @param pledge STUDENT or WORKFORCE
	 * @param title its short label
	 * @param promise the strategy's own words
	 * @param status the Board report's status (an officer's override counts)
	 * @param howItIsGoing the status in words
	 * @param figures its measures in words
	 * @param done what has been done
	 * @param next what comes next, with when
	 */
	public record Item(String key, String pledge, String title, String promise, Rag status, String howItIsGoing,
			List<Figure> figures, List<String> done, List<String> next) {

		public Item {
			figures = List.copyOf(figures);
			done = List.copyOf(done);
			next = List.copyOf(next);
		}

		static Item of(CommitmentLine line, Instant reportAsOf, LocalDate day) {
			CommitmentVersion c = line.commitment();
			List<Action> actions = c.actions();
			return new Item(c.key(), c.pledge().name(), c.title(), c.wording(), line.status(),
					StakeholderUpdate.howItIsGoing(line.status()),
					line.measures().stream().map(m -> Figure.of(m.reading(), reportAsOf)).toList(),
					actions.stream()
						.filter(a -> a.stateOn(day) == ActionState.DONE)
						.map(a -> a.description() + " (done " + a.done() + ")")
						.toList(),
					actions.stream()
						.filter(a -> a.stateOn(day) != ActionState.DONE)
						.map(a -> a.description() + " (by " + a.due() + ")")
						.toList());
		}

	}

	/**
	 * A measure in words.
	 *
	 * @param measure its name
	 * @param value its value; null when there is none
	 * @param text the value in words, or why there is none
	 * @param aim the target in words, with which way is better
	 * @param asOf the figure's as-of time
	 */
	public record Figure(String measure, Double value, String text, String aim, String asOf) {

		static Figure of(MeasureValue reading, Instant reportAsOf) {
			var measure = reading.measure();
			String text = (reading.value() != null) ? PlainNumber.of(reading.value(), measure.unit()) : "no figure yet";
			String aim = PlainNumber.of(measure.target(), measure.unit())
					+ ((measure.direction() == Direction.HIGHER_IS_BETTER) ? " or more" : " or less");
			return new Figure(measure.name(), reading.value(), text, aim, FigureAsOf.of(reading, reportAsOf));
		}

	}

}
