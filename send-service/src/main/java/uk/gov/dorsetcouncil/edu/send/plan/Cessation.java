package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.LocalDate;

/** When and why the LA ceased to maintain a plan (s45). */
public record Cessation(LocalDate on, CeaseReason reason) {
}
