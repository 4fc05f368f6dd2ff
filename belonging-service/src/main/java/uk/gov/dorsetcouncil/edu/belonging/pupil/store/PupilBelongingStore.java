package uk.gov.dorsetcouncil.edu.belonging.pupil.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionStore;
import uk.gov.dorsetcouncil.edu.belonging.pupil.AlternativeProvisionPlacement;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Commissioner;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PlacementReason;
import uk.gov.dorsetcouncil.edu.belonging.pupil.ProvisionSetting;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PupilBelonging;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Suspension;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Each pupil's belonging record as one pre-aggregated document ({@code _id} = UPN), so a
 * read is one keyed look-up on either MongoDB engine, with the suspensions and permanent
 * exclusions schools record ({@code exclusion}) added to those it holds. A pupil without
 * either reads as nothing held.
 */
@Component
public class PupilBelongingStore {

	private final MongoCollection<Document> records;

	private final ExclusionStore exclusions;

	PupilBelongingStore(MongoDatabase database, ExclusionStore exclusions) {
		this.records = database.getCollection("pupil_belonging");
		this.exclusions = exclusions;
	}

	public PupilBelonging find(Upn upn) {
		return held(upn).including(this.exclusions.find(upn));
	}

	private PupilBelonging held(Upn upn) {
		Document document = this.records.find(Filters.eq("_id", upn.value())).first();
		if (document == null) {
			return PupilBelonging.nothingHeld(upn);
		}
		List<Suspension> suspensions = document.getList("suspensions", Document.class, List.of())
			.stream()
			.map(held -> new Suspension(held.getString("schoolUrn"), LocalDate.parse(held.getString("startDate")),
					held.getInteger("sessions", 0), held.getString("reason")))
			.toList();
		List<AlternativeProvisionPlacement> placements = document
			.getList("alternativeProvision", Document.class, List.of())
			.stream()
			.map(PupilBelongingStore::placement)
			.toList();
		return new PupilBelonging(upn, suspensions, document.getInteger("permanentExclusions", 0),
				document.getBoolean("onPartTimeTimetable", false), placements);
	}

	private static AlternativeProvisionPlacement placement(Document held) {
		String end = held.getString("endDate");
		return new AlternativeProvisionPlacement(held.getString("providerName"), blankToNull(held, "providerUrn"),
				blankToNull(held, "providerUkprn"),
				named(ProvisionSetting.class, held.getString("setting"), ProvisionSetting.NOT_RECORDED),
				named(Commissioner.class, held.getString("commissionedBy"), Commissioner.NOT_RECORDED),
				blankToNull(held, "commissionerCode"),
				named(PlacementReason.class, held.getString("reason"), PlacementReason.NOT_RECORDED),
				LocalDate.parse(held.getString("startDate")),
				(end == null || end.isBlank()) ? null : LocalDate.parse(end), held.getInteger("sessionsPerWeek", 0),
				held.getBoolean("dualRegistered", false));
	}

	/**
	 * A value this version does not know (written by a later one) reads as not recorded,
	 * rather than making the pupil's whole record unreadable.
	 */
	private static <E extends Enum<E>> E named(Class<E> type, String name, E otherwise) {
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equals(name))
			.findFirst()
			.orElse(otherwise);
	}

	private static String blankToNull(Document held, String field) {
		String value = held.getString(field);
		return (value == null || value.isBlank()) ? null : value;
	}

}
