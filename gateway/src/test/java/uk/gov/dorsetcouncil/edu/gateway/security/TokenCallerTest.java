package uk.gov.dorsetcouncil.edu.gateway.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.oauth2.jwt.Jwt;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCallerTest {

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource({ "SCHOOL:113001, SCHOOL, 113001", "LOCAL_AUTHORITY:838, LOCAL_AUTHORITY, 838",
			"POLICE:DORSET, POLICE, DORSET", "HEALTH:NHS-DORSET, HEALTH, NHS-DORSET",
			"PARTNER:trust-1, PARTNER, trust-1" })
	void readsTheOrganisation(String claim, Organisation.Type type, String id) {
		Caller caller = TokenCaller.from(token().claim("org", claim).build(), "838");
		assertThat(caller.organisation()).isEqualTo(new Organisation(type, id));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "SERVICE:attendance, token names an organisation type the platform does not accept",
			"NATION:UK, token names an organisation type the platform does not accept",
			"LOCAL_AUTHORITY:839, token names a local authority other than 838",
			"SCHOOL:, token organisation must be TYPE:id (for example SCHOOL:<urn>)",
			":113001, token organisation must be TYPE:id (for example SCHOOL:<urn>)",
			"' ', token names no organisation" })
	void refusesAnOrganisationThePlatformDoesNotServe(String claim, String message) {
		Jwt jwt = token().claim("org", claim).build();
		assertThatThrownBy(() -> TokenCaller.from(jwt, "838")).isInstanceOf(TokenCaller.RefusedToken.class)
			.hasMessage(message);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "NORTH", "CHESIL", "DORCHESTER", "WEST", "EAST", "PURBECK" })
	void acceptsEachOfTheSixLocalitiesForTheLocalityOfficer(String locality) {
		Caller caller = TokenCaller.from(token().claim("org", "LOCALITY:" + locality)
			.claim("roles", List.of("LOCALITY_INCLUSION_OFFICER"))
			.build(), "838");
		assertThat(caller.organisation()).isEqualTo(new Organisation(Organisation.Type.LOCALITY, locality));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource({
			"LOCALITY:WEYMOUTH, LOCALITY_INCLUSION_OFFICER, "
					+ "'token names a locality that is not one of NORTH, CHESIL, DORCHESTER, WEST, EAST, PURBECK'",
			"LOCALITY:chesil, LOCALITY_INCLUSION_OFFICER, "
					+ "'token names a locality that is not one of NORTH, CHESIL, DORCHESTER, WEST, EAST, PURBECK'",
			"LOCALITY:CHESIL, LA_INCLUSION_OFFICER, "
					+ "a locality is accepted as the organisation of a LOCALITY_INCLUSION_OFFICER only" })
	void refusesAnUnknownLocalityOrAnotherRoleActingForOne(String organisation, String role, String message) {
		Jwt jwt = token().claim("org", organisation).claim("roles", List.of(role)).build();
		assertThatThrownBy(() -> TokenCaller.from(jwt, "838")).isInstanceOf(TokenCaller.RefusedToken.class)
			.hasMessage(message);
	}

	@Test
	void readsTheRestOfTheClaimContract() {
		Caller caller = TokenCaller.from(token().claim("client_id", "mis-vendor")
			.claim("roles", List.of("SCHOOL_ATTENDANCE_LEAD", "SCHOOL_DSL"))
			.claim("scope", " attendance:read  registers:write ")
			.build(), "838");
		assertThat(caller.subject()).isEqualTo("alice");
		assertThat(caller.clientId()).isEqualTo("mis-vendor");
		assertThat(caller.roles()).containsExactlyInAnyOrder("SCHOOL_ATTENDANCE_LEAD", "SCHOOL_DSL");
		assertThat(caller.scopes()).containsExactlyInAnyOrder("attendance:read", "registers:write");
	}

	@Test
	void aTokenWithoutRolesOrScopesNamesACallerWhoMayDoNothing() {
		Caller caller = TokenCaller.from(token().build(), "838");
		assertThat(caller.roles()).isEmpty();
		assertThat(caller.scopes()).isEmpty();
		assertThat(caller.clientId()).isEqualTo("alice");
	}

	@Test
	void refusesValuesThatCannotTravelAsHeaders() {
		assertThatThrownBy(() -> TokenCaller.from(token().claim("roles", List.of("A B")).build(), "838"))
			.hasMessage("token claim 'roles' holds a malformed value");
		assertThatThrownBy(() -> TokenCaller.from(token().claim("roles", "SCHOOL_DSL").build(), "838"))
			.hasMessage("token roles must be an array of strings");
		assertThatThrownBy(() -> TokenCaller.from(token().subject("alice\r\nx-dorset-organisation: LA").build(), "838"))
			.hasMessage("token claim 'sub' is missing or not printable");
	}

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("alice")
			.claim("org", "SCHOOL:113001")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300));
	}

}
