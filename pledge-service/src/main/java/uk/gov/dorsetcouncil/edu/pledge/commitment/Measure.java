package uk.gov.dorsetcouncil.edu.pledge.commitment;

/**
 * How a commitment's progress is measured.
 *
 * @param id its id within the commitment, for example {@code M1}
 * @param name a short name
 * @param definition what exactly is counted
 * @param source computed from the platform or recorded by hand
 * @param unit what it counts in
 * @param target the value aimed for, in the unit
 * @param direction which way is better
 * @param frequency how often it is read
 */
public record Measure(String id, String name, String definition, MeasureSource source, MeasureUnit unit, double target,
		Direction direction, Frequency frequency) {

}
