package uk.gov.dorsetcouncil.edu.belonging.register;

/** A step not done, with the entry it belongs to. */
public record DueRegisterStep(RegisterEntry entry, RegisterStep step) {
}
