package uk.gov.dorsetcouncil.edu.pledge.report;

import java.time.Instant;

/**
 * An officer's judgement in place of the derived status, always with the reason.
 *
 * @param rag the status the officer gives
 * @param reason why
 * @param by who (the token's subject)
 * @param at when
 */
public record Override(Rag rag, String reason, String by, Instant at) {

}
