package uk.gov.dorsetcouncil.edu.belonging.pupil.store;

import java.time.LocalDate;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.store.MongoExclusionStore;
import uk.gov.dorsetcouncil.edu.belonging.pupil.AlternativeProvisionPlacement;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Commissioner;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PlacementReason;
import uk.gov.dorsetcouncil.edu.belonging.pupil.ProvisionSetting;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PupilBelonging;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.mongo.EmbeddedMongo;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store reads AP placements from a pupil's document as they are held, on the real
 * in-memory engine: every setting, reason and commissioner, optional values absent or
 * blank, and values this version does not know.
 */
class PupilBelongingStoreTest {

	static final Upn PUPIL = Upn.withCheckLetter("838200125001");

	static EmbeddedMongo mongo;

	static MongoClient client;

	MongoDatabase database;

	PupilBelongingStore store;

	@BeforeAll
	static void startStore() {
		mongo = EmbeddedMongo.start(new MongoSettings(null, "belonging", null, true));
		client = MongoClients.create(mongo.connectionString());
	}

	@AfterAll
	static void stopStore() {
		client.close();
		mongo.close();
	}

	@BeforeEach
	void emptyStore() {
		this.database = client.getDatabase("belonging");
		this.database.getCollection("pupil_belonging").drop();
		this.store = new PupilBelongingStore(this.database, new MongoExclusionStore(this.database, null));
	}

	@ParameterizedTest(name = "[{index}] {3} / {4} / {6}: {0}")
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			// provider name | URN | UKPRN | setting | commissioned by | commissioner |
			// reason | start | end | sessions | dual
			"Chesil Education Centre | 139825 | null | PUPIL_REFERRAL_UNIT | LOCAL_AUTHORITY | 838 | PERMANENT_EXCLUSION | 2026-01-12 | null | 10 | true",
			"Harbour School | 148123 | null | AP_ACADEMY_OR_FREE_SCHOOL | SCHOOL | 991001 | OFF_SITE_DIRECTION | 2026-02-02 | 2026-03-27 | 6 | false",
			"Dorset Hospital Education | 113906 | null | HOSPITAL_SCHOOL | LOCAL_AUTHORITY | 838 | HEALTH_NEEDS | 2025-11-03 | 2025-12-19 | 5 | true",
			"Thomas Hardye School | 137150 | null | OTHER_STATE_SCHOOL | SCHOOL | 991001 | SUSPENSION_SIXTH_DAY | 2026-03-09 | 2026-03-13 | 10 | false",
			"Purbeck View School | 113953 | null | INDEPENDENT_SCHOOL | LOCAL_AUTHORITY | 838 | EHC_PLAN_PROVISION | 2025-09-03 | null | 10 | false",
			"Kingston Maurward College | null | 10003710 | FURTHER_EDUCATION | SCHOOL | 991001 | OFF_SITE_DIRECTION | 2025-09-08 | 2026-07-17 | 2 | false",
			"Tutor Network | null | null | ONE_TO_ONE_TUITION | LOCAL_AUTHORITY | 838 | HEALTH_NEEDS | 2026-01-05 | null | 3 | false",
			"Farm Skills | null | null | WORK_BASED_PLACEMENT | SCHOOL | 991001 | OTHER_REASON | 2026-04-13 | 2026-05-22 | 2 | false",
			"Outdoor Learning CIC | null | null | UNREGISTERED_PROVIDER | LOCAL_AUTHORITY | 838 | OTHER_REASON | 2026-04-20 | null | 4 | false",
			// not recorded: missing values read as NOT_RECORDED, blank identifiers as
			// absent
			"Somewhere | '' | '' | null | null | '' | null | 2026-05-01 | '' | 0 | false",
			// written by a later version: unknown values read as NOT_RECORDED
			"Elsewhere | null | null | FOREST_SCHOOL | TRUST | 123 | CHOICE | 2026-05-04 | null | 1 | false" })
	void readsEachPlacementAsHeld(String providerName, String urn, String ukprn, String setting, String commissionedBy,
			String commissioner, String reason, String start, String end, int sessions, boolean dual) {
		Document held = new Document("providerName", providerName).append("startDate", start)
			.append("sessionsPerWeek", sessions)
			.append("dualRegistered", dual);
		putIfPresent(held, "providerUrn", urn);
		putIfPresent(held, "providerUkprn", ukprn);
		putIfPresent(held, "setting", setting);
		putIfPresent(held, "commissionedBy", commissionedBy);
		putIfPresent(held, "commissionerCode", commissioner);
		putIfPresent(held, "reason", reason);
		putIfPresent(held, "endDate", end);
		put(new Document("_id", PUPIL.value()).append("alternativeProvision", List.of(held)));

		assertThat(this.store.find(PUPIL).alternativeProvision())
			.containsExactly(new AlternativeProvisionPlacement(providerName, blankToNull(urn), blankToNull(ukprn),
					known(ProvisionSetting.class, setting), known(Commissioner.class, commissionedBy),
					blankToNull(commissioner), known(PlacementReason.class, reason), LocalDate.parse(start),
					(blankToNull(end) == null) ? null : LocalDate.parse(end), sessions, dual));
	}

	@Test
	void placementsComeEarliestFirstBesideTheRestOfTheRecord() {
		put(new Document("_id", PUPIL.value()).append("permanentExclusions", 1)
			.append("alternativeProvision",
					List.of(placement("Later", "2026-04-20"), placement("Earlier", "2026-01-12"))));

		PupilBelonging belonging = this.store.find(PUPIL);

		assertThat(belonging.alternativeProvision()).extracting(AlternativeProvisionPlacement::providerName)
			.containsExactly("Earlier", "Later");
		assertThat(belonging.permanentExclusions()).isEqualTo(1);
		assertThat(belonging.suspensions()).isEmpty();
	}

	@Test
	void aDocumentWithoutPlacementsAndAPupilWithoutADocumentHoldNone() {
		Upn other = Upn.withCheckLetter("838200125002");
		put(new Document("_id", PUPIL.value()).append("onPartTimeTimetable", true));

		assertThat(this.store.find(PUPIL).alternativeProvision()).isEmpty();
		assertThat(this.store.find(PUPIL).onPartTimeTimetable()).isTrue();
		assertThat(this.store.find(other)).isEqualTo(PupilBelonging.nothingHeld(other));
	}

	private void put(Document document) {
		this.database.getCollection("pupil_belonging").insertOne(document);
	}

	private static Document placement(String name, String start) {
		return new Document("providerName", name).append("startDate", start)
			.append("setting", "PUPIL_REFERRAL_UNIT")
			.append("reason", "PERMANENT_EXCLUSION");
	}

	private static void putIfPresent(Document document, String field, String value) {
		if (value != null) {
			document.append(field, value);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static <E extends Enum<E>> E known(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return Enum.valueOf(type, "NOT_RECORDED");
	}

}
