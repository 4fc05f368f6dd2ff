package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.attendance.measures.RollStanding;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * The rolls as held in memory (the read model, ADR 0018), asked first by ingestion's row
 * checks so that checking millions of rows reads no pupil document; a row the rolls held
 * do not settle is checked against the store.
 */
@FunctionalInterface
public interface HeldRolls {

	RollStanding standing(String urn, Upn upn, LocalDate date);

}
