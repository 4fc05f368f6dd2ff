package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.gateway.access.Locality;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may see which area's dashboard, as a table: deny by default. */
class DashboardAccessTest {

	@ParameterizedTest(name = "{0} asking for school {1} -> {2}")
	@CsvSource({ "SCHOOL:991001, 991001, Allowed", "SCHOOL:991001, 991002, Refused",
			"LOCAL_AUTHORITY:838, 991002, Allowed", "LOCALITY:CHESIL, 991001, IfSchoolIn",
			"POLICE:DORSET, 991001, Refused", "HEALTH:NHS-DORSET, 991001, Refused", "PARTNER:YJS, 991001, Refused" })
	void aSchoolsDashboard(String organisation, String urn, String decision) {
		DashboardAccess access = DashboardAccess.school(caller(organisation), urn);
		assertThat(access.getClass().getSimpleName()).isEqualTo(decision);
		if (access instanceof DashboardAccess.IfSchoolIn(Locality locality)) {
			assertThat(locality).isEqualTo(Locality.CHESIL);
		}
	}

	@ParameterizedTest(name = "{0} asking for locality {1} -> {2}")
	@CsvSource({ "LOCALITY:CHESIL, CHESIL, Allowed", "LOCALITY:CHESIL, NORTH, Refused",
			"LOCAL_AUTHORITY:838, PURBECK, Allowed", "SCHOOL:991001, CHESIL, Refused",
			"POLICE:DORSET, CHESIL, Refused" })
	void aLocalitysDashboard(String organisation, Locality locality, String decision) {
		assertThat(DashboardAccess.locality(caller(organisation), locality).getClass().getSimpleName())
			.isEqualTo(decision);
	}

	@ParameterizedTest(name = "{0} asking for the county -> {1}")
	@CsvSource({ "LOCAL_AUTHORITY:838, Allowed", "LOCALITY:CHESIL, Refused", "SCHOOL:991001, Refused",
			"HEALTH:NHS-DORSET, Refused" })
	void theCountysDashboard(String organisation, String decision) {
		assertThat(DashboardAccess.localAuthority(caller(organisation)).getClass().getSimpleName()).isEqualTo(decision);
	}

	private static Caller caller(String organisation) {
		String[] org = organisation.split(":", 2);
		return new Caller("someone", "client", new Organisation(Organisation.Type.valueOf(org[0]), org[1]),
				Set.of("ANY"), Set.of("dashboards:read"));
	}

}
