package uk.gov.dorsetcouncil.edu.gateway.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.oauth2.jwt.Jwt;

import uk.gov.dorsetcouncil.edu.gateway.access.Locality;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.MissingCallerException;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

/**
 * The caller named by a validated token. The claim contract with identity providers:
 * {@code sub} (who), {@code client_id} (the calling client, defaults to {@code sub}),
 * {@code org} ({@code TYPE:id}, e.g. {@code SCHOOL:113001}, {@code LOCAL_AUTHORITY:838},
 * {@code LOCALITY:CHESIL} for a locality inclusion officer), {@code roles} (array of
 * strings), {@code scope} (space-separated string).
 */
public final class TokenCaller {

	/**
	 * Organisation types a token may name. {@code SERVICE} is not among them: it stands
	 * for a platform service acting on its own behalf, never for an outside caller.
	 */
	static final Set<Organisation.Type> TOKEN_ORGANISATION_TYPES = Set.of(Organisation.Type.SCHOOL,
			Organisation.Type.LOCALITY, Organisation.Type.LOCAL_AUTHORITY, Organisation.Type.POLICE,
			Organisation.Type.HEALTH, Organisation.Type.PARTNER);

	/** The one role a token naming a locality may carry it for. */
	static final String LOCALITY_ROLE = "LOCALITY_INCLUSION_OFFICER";

	/** Roles and scopes travel space-separated in one header each. */
	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.:\\-]+");

	private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]+");

	private TokenCaller() {
	}

	/**
	 * Reads the caller from a token whose signature, issuer, audience and times are
	 * already checked.
	 * @param localAuthorityCode the one local authority whose officers this platform
	 * serves county-wide
	 * @throws RefusedToken when the token does not name a caller the platform can accept
	 */
	static Caller from(Jwt jwt, String localAuthorityCode) {
		String subject = printable("sub", jwt.getSubject());
		String clientId = jwt.hasClaim("client_id") ? printable("client_id", jwt.getClaimAsString("client_id")) : null;
		Organisation organisation = organisation(jwt.getClaimAsString("org"), localAuthorityCode);
		Set<String> roles = words("roles", rolesOf(jwt));
		if (organisation.type() == Organisation.Type.LOCALITY && !roles.contains(LOCALITY_ROLE)) {
			throw new RefusedToken("a locality is accepted as the organisation of a " + LOCALITY_ROLE + " only");
		}
		try {
			return new Caller(subject, clientId, organisation, roles, words("scope", scopesOf(jwt)));
		}
		catch (MissingCallerException ex) {
			throw new RefusedToken("token does not name a caller: " + ex.getMessage());
		}
	}

	private static Organisation organisation(String claim, String localAuthorityCode) {
		if (claim == null || claim.isBlank()) {
			throw new RefusedToken("token names no organisation");
		}
		int colon = claim.indexOf(':');
		if (colon <= 0 || colon == claim.length() - 1) {
			throw new RefusedToken("token organisation must be TYPE:id (for example SCHOOL:<urn>)");
		}
		Organisation.Type type = Arrays.stream(Organisation.Type.values())
			.filter(candidate -> candidate.name().equals(claim.substring(0, colon)))
			.findFirst()
			.filter(TOKEN_ORGANISATION_TYPES::contains)
			.orElseThrow(() -> new RefusedToken("token names an organisation type the platform does not accept"));
		String id = printable("org", claim.substring(colon + 1));
		if (type == Organisation.Type.LOCALITY && Locality.named(id).isEmpty()) {
			// A locality officer sees the schools of one locality; one the attendance
			// service does not know would match no school, or the wrong one.
			throw new RefusedToken("token names a locality that is not one of " + Locality.names());
		}
		if (type == Organisation.Type.LOCAL_AUTHORITY && !id.equals(localAuthorityCode)) {
			// Local authority officers see the whole county, so only this authority's
			// officers may act as one.
			throw new RefusedToken("token names a local authority other than " + localAuthorityCode);
		}
		return new Organisation(type, id);
	}

	private static List<String> rolesOf(Jwt jwt) {
		if (!jwt.hasClaim("roles")) {
			return List.of();
		}
		if (!(jwt.getClaim("roles") instanceof List<?>)) {
			throw new RefusedToken("token roles must be an array of strings");
		}
		return jwt.getClaimAsStringList("roles");
	}

	private static List<String> scopesOf(Jwt jwt) {
		String scope = jwt.getClaimAsString("scope");
		return (scope == null || scope.isBlank()) ? List.of() : Arrays.asList(scope.trim().split("\\s+"));
	}

	private static Set<String> words(String claim, List<String> values) {
		Set<String> words = new LinkedHashSet<>();
		for (String value : values) {
			if (value == null || !WORD.matcher(value).matches()) {
				throw new RefusedToken("token claim '" + claim + "' holds a malformed value");
			}
			words.add(value);
		}
		return words;
	}

	private static String printable(String claim, String value) {
		if (value == null || value.isBlank() || !PRINTABLE.matcher(value).matches()) {
			throw new RefusedToken("token claim '" + claim + "' is missing or not printable");
		}
		return value;
	}

	/** A valid token that names no acceptable caller: refused with 403. */
	static final class RefusedToken extends RuntimeException {

		RefusedToken(String message) {
			super(message);
		}

	}

}
