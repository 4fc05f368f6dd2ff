package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a police system is told of a notification it sent: that it is held, under which id
 * and since when. Nothing of where it went: the police learn no child's school from it.
 */
@Schema(description = "A notification held: its id and when it was received")
public record Receipt(String id, String policeReference, Instant receivedAt) {
}
