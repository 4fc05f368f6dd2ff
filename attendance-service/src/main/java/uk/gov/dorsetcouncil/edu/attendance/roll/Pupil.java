package uk.gov.dorsetcouncil.edu.attendance.roll;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.NhsNumber;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Postcode;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A pupil and the schools whose rolls they are or were on.
 *
 * @param upn the unique pupil number, the pupil's key
 * @param familyName family name
 * @param givenName given name
 * @param dateOfBirth date of birth
 * @param yearGroup national curriculum year (0 is Reception, -1 and -2 nursery)
 * @param sex as in the census
 * @param enrolments one per school (dual registration gives two at once)
 * @param characteristics what cohort measures group pupils by
 * @param postcode the postcode of the pupil's home as the school holds it, or null
 * @param nhsNumber the pupil's NHS number where the school holds it, or null
 * @param version the stored version, for optimistic updates (0 when new)
 */
public record Pupil(Upn upn, String familyName, String givenName, LocalDate dateOfBirth, int yearGroup, Sex sex,
		List<Enrolment> enrolments, Characteristics characteristics, Postcode postcode, NhsNumber nhsNumber,
		long version) {

	public Pupil {
		enrolments = List.copyOf(enrolments);
		characteristics = (characteristics != null) ? characteristics : Characteristics.NOT_RECORDED;
	}

	/** A pupil whose postcode and NHS number are not held. */
	public Pupil(Upn upn, String familyName, String givenName, LocalDate dateOfBirth, int yearGroup, Sex sex,
			List<Enrolment> enrolments, Characteristics characteristics, long version) {
		this(upn, familyName, givenName, dateOfBirth, yearGroup, sex, enrolments, characteristics, null, null, version);
	}

	/** A pupil whose characteristics are not recorded yet. */
	public Pupil(Upn upn, String familyName, String givenName, LocalDate dateOfBirth, int yearGroup, Sex sex,
			List<Enrolment> enrolments, long version) {
		this(upn, familyName, givenName, dateOfBirth, yearGroup, sex, enrolments, Characteristics.NOT_RECORDED,
				version);
	}

	public Optional<Enrolment> enrolmentAt(String urn) {
		return this.enrolments.stream().filter((enrolment) -> enrolment.urn().equals(urn)).findFirst();
	}

	public boolean onRollOn(String urn, LocalDate date) {
		return enrolmentAt(urn).map((enrolment) -> enrolment.onRollOn(date)).orElse(false);
	}

	/** The same pupil with these details and this school's enrolment set as given. */
	public Pupil withDetailsAndEnrolment(String familyName, String givenName, LocalDate dateOfBirth, int yearGroup,
			Sex sex, Enrolment enrolment) {
		List<Enrolment> updated = new ArrayList<>();
		for (Enrolment existing : this.enrolments) {
			if (!existing.urn().equals(enrolment.urn())) {
				updated.add(existing);
			}
		}
		updated.add(enrolment);
		updated.sort((a, b) -> a.admissionDate().compareTo(b.admissionDate()));
		return new Pupil(this.upn, familyName, givenName, dateOfBirth, yearGroup, sex, updated, this.characteristics,
				this.postcode, this.nhsNumber, this.version);
	}

	public Pupil withCharacteristics(Characteristics characteristics) {
		return new Pupil(this.upn, this.familyName, this.givenName, this.dateOfBirth, this.yearGroup, this.sex,
				this.enrolments, characteristics, this.postcode, this.nhsNumber, this.version);
	}

	/** The same pupil with this postcode and NHS number (null: not held). */
	public Pupil withPostcodeAndNhsNumber(Postcode postcode, NhsNumber nhsNumber) {
		return new Pupil(this.upn, this.familyName, this.givenName, this.dateOfBirth, this.yearGroup, this.sex,
				this.enrolments, this.characteristics, postcode, nhsNumber, this.version);
	}

	/** The schools whose rolls the pupil is on that day, in URN order. */
	public List<String> schoolsOn(LocalDate date) {
		return this.enrolments.stream()
			.filter((enrolment) -> enrolment.onRollOn(date))
			.map(Enrolment::urn)
			.sorted()
			.distinct()
			.toList();
	}

	/**
	 * Age on 31 August before the academic year starting in {@code startYear}: the DfE
	 * headline absence figures cover pupils aged 5 to 15 on that day.
	 */
	public int ageAtStartOf(int startYear) {
		return Period.between(this.dateOfBirth, LocalDate.of(startYear, 8, 31)).getYears();
	}

	/**
	 * Dual registered on a date: the enrolment says so, or the pupil is on another
	 * school's roll that day too.
	 */
	public boolean dualRegisteredOn(String urn, LocalDate date) {
		boolean here = false;
		boolean elsewhere = false;
		for (Enrolment enrolment : this.enrolments) {
			if (!enrolment.onRollOn(date)) {
				continue;
			}
			if (enrolment.urn().equals(urn)) {
				here = true;
				elsewhere |= enrolment.registration().dual();
			}
			else {
				elsewhere = true;
			}
		}
		return here && elsewhere;
	}

}
