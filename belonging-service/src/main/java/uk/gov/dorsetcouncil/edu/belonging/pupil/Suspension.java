package uk.gov.dorsetcouncil.edu.belonging.pupil;

import java.time.LocalDate;

/**
 * A suspension from school: where, from when, and for how many sessions (a suspension can
 * be for part of a day; suspensions total at most 45 school days a year, School
 * Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012).
 *
 * @param schoolUrn the school that suspended the pupil
 * @param startDate the first day of the suspension
 * @param sessions its length in school sessions
 * @param reason the DfE exclusion reason code
 */
public record Suspension(String schoolUrn, LocalDate startDate, int sessions, String reason) {

}
