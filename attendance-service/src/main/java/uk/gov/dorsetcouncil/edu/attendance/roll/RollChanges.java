package uk.gov.dorsetcouncil.edu.attendance.roll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * What a change to a pupil's enrolment tells the change feed (ADR 0023), entity
 * {@code enrolment}, key {@code urn:upn}: {@code CREATED} when the pupil joins the roll
 * (a first admission, a new admission date, or a leaving date withdrawn), {@code DELETED}
 * when a leaving date is first given or moved (the name deleted from the admission
 * register, SI 2024/208 reg 9), with the ground and destination the deletion return
 * carries, and {@code UPDATED} when only the enrolment's registration changed. Each
 * change's id is the key, the pupil's new version and the kind, so recording it again is
 * the same change.
 */
public final class RollChanges {

	public static final String ENTITY = "enrolment";

	/** The local authority every enrolment change concerns besides its school. */
	public static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY:838";

	private RollChanges() {
	}

	/**
	 * @param version the version the pupil is saved as
	 * @param ground the deletion ground given, or null
	 * @param destination where the pupil went, or null
	 */
	public static List<Change> of(String urn, Upn upn, long version, Optional<Enrolment> before, Enrolment after,
			DeletionGround ground, String destination, Instant at) {
		List<Change> changes = new ArrayList<>();
		boolean joins = before.isEmpty() || !before.get().admissionDate().equals(after.admissionDate())
				|| (before.get().leavingDate() != null && after.leavingDate() == null);
		boolean leaves = after.leavingDate() != null
				&& (before.isEmpty() || !after.leavingDate().equals(before.get().leavingDate()));
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("urn", urn);
		payload.put("upn", upn.value());
		payload.put("admissionDate", after.admissionDate().toString());
		payload.put("registration", after.registration().name());
		if (joins) {
			changes.add(change(urn, upn, version, ChangeType.CREATED, payload, at));
		}
		if (leaves) {
			Map<String, String> deletion = new LinkedHashMap<>(payload);
			deletion.put("leavingDate", after.leavingDate().toString());
			deletion.put("deletionGround", (ground != null) ? ground.name() : "NOT_GIVEN");
			if (destination != null) {
				deletion.put("destination", destination);
			}
			changes.add(change(urn, upn, version, ChangeType.DELETED, deletion, at));
		}
		if (!joins && !leaves && !Objects.equals(before.get(), after)) {
			changes.add(change(urn, upn, version, ChangeType.UPDATED, payload, at));
		}
		return changes;
	}

	private static Change change(String urn, Upn upn, long version, ChangeType type, Map<String, String> payload,
			Instant at) {
		String key = urn + ":" + upn.value();
		return new Change(key + ":v" + version + ":" + type.name().toLowerCase(Locale.ROOT), ENTITY, key, type,
				Set.of("SCHOOL:" + urn, LOCAL_AUTHORITY), at, payload);
	}

}
