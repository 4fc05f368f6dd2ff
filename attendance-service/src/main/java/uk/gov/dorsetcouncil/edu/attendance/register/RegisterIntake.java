package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.attendance.register.RegisterInbox.Receipt;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Takes checked registers into their schools' inboxes (ADR 0017): the inboxes are read in
 * one round trip, each school's registers applied to its inbox, and the changed inboxes
 * written in one round trip, one versioned write per school; a school whose inbox someone
 * changed meanwhile is read and applied again. Once this returns, the registers are
 * stored; the pupils' years take them when the inbox is folded.
 */
public final class RegisterIntake {

	private final MarkStore marks;

	private final LostRaceRetry retry;

	/**
	 * @param retry how the schools whose inbox another writer changed first are read and
	 * written again
	 */
	public RegisterIntake(MarkStore marks, LostRaceRetry retry) {
		this.marks = marks;
		this.retry = retry;
	}

	/**
	 * @return how many marks each register set or changed, in the order given
	 * @throws ProblemException (conflict) when a school's inbox kept changing
	 */
	public int[] receive(List<ReceivedRegister> registers, Caller caller, Instant at) {
		// Stored times keep milliseconds: what is written is what is read back.
		Instant now = at.truncatedTo(ChronoUnit.MILLIS);
		Map<String, List<Integer>> bySchool = new LinkedHashMap<>();
		for (int i = 0; i < registers.size(); i++) {
			bySchool.computeIfAbsent(registers.get(i).urn(), (urn) -> new ArrayList<>()).add(i);
		}
		int[] changed = new int[registers.size()];
		// What is left to write is kept between attempts: an attempt writes the schools
		// that lost the one before.
		Set<String> remaining = new LinkedHashSet<>(bySchool.keySet());
		this.retry.untilWon("register", () -> {
			Map<String, RegisterInbox> inboxes = this.marks.inboxes(remaining);
			Set<MarkKey> toRead = new LinkedHashSet<>();
			Map<String, List<ReceivedRegister>> theirs = new LinkedHashMap<>();
			for (String urn : remaining) {
				List<ReceivedRegister> own = bySchool.get(urn).stream().map(registers::get).toList();
				theirs.put(urn, own);
				toRead.addAll(inboxes.get(urn).foldedToRead(own));
			}
			Map<MarkKey, YearMarks> folded = this.marks.findFolded(toRead);
			List<RegisterInbox> toSave = new ArrayList<>();
			Map<String, Receipt> receipts = new LinkedHashMap<>();
			for (String urn : remaining) {
				Receipt receipt = inboxes.get(urn).receive(theirs.get(urn), folded, caller, now);
				receipts.put(urn, receipt);
				if (!receipt.daysChanged().isEmpty()) {
					toSave.add(receipt.inbox());
				}
			}
			Set<String> lost = toSave.isEmpty() ? Set.of() : this.marks.saveInboxes(toSave);
			receipts.forEach((urn, receipt) -> {
				if (!lost.contains(urn)) {
					List<Integer> positions = bySchool.get(urn);
					for (int r = 0; r < positions.size(); r++) {
						changed[positions.get(r)] = receipt.changed()[r];
					}
				}
			});
			remaining.retainAll(lost);
			return remaining.isEmpty() ? Optional.of(changed) : Optional.empty();
		}, () -> "the registers of school " + remaining.iterator().next() + " kept changing while these were stored");
		Map<String, LocalDate> lastDates = new LinkedHashMap<>();
		for (ReceivedRegister register : registers) {
			lastDates.merge(register.urn(), register.date(), (a, b) -> a.isAfter(b) ? a : b);
		}
		this.marks.arrived(lastDates, caller.subject(), now);
		return changed;
	}

}
