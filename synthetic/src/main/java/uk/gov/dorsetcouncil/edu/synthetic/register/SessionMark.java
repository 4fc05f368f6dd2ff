package uk.gov.dorsetcouncil.edu.synthetic.register;

import java.time.LocalDate;

/** One pupil's mark in one session's register: a DfE 2024 attendance code. */
public record SessionMark(String urn, String upn, LocalDate date, Session session, String code) {
}
