package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * What the register tests share: today, the callers, a child on a roll and one on none.
 */
public final class Registers {

	/** Today in every register test: Monday 7 December 2026. */
	public static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

	public static final String SCHOOL = "991001";

	public static final String SPECIAL_SCHOOL = "991002";

	public static final String OTHER_SCHOOL = "991003";

	public static final Upn PUPIL = Upn.withCheckLetter("838200127001");

	/** A child attendance holds on no roll. */
	public static final Upn UNKNOWN = Upn.withCheckLetter("838200127009");

	public static final Caller OFFICER = new Caller("ehe-officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("EHE_CME_OFFICER"), Set.of("belonging:read", "belonging:registers"));

	public static final Caller INCLUSION = new Caller("inclusion", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write"));

	public static final Caller ANALYST = new Caller("analyst", "dashboard", Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("measures:read", "dashboards:read"));

	public static final Caller CHESIL = new Caller("locality-officer", "dashboard",
			new Organisation(Organisation.Type.LOCALITY, "CHESIL"), Set.of("LOCALITY_INCLUSION_OFFICER"),
			Set.of("belonging:read"));

	private Registers() {
	}

	public static Caller school(String urn) {
		return new Caller("dsl@" + urn, "mis-" + urn, Organisation.school(urn), Set.of("SCHOOL_DSL"),
				Set.of("belonging:read", "belonging:write"));
	}

	/**
	 * The rules over the store, every child but {@link #UNKNOWN} on every roll, Chesil
	 * holding {@link #SCHOOL}.
	 */
	public static RegisterKeeping keeping(RegisterStore store) {
		return new RegisterKeeping(store, (urn, upn, date) -> !upn.equals(UNKNOWN),
				locality -> locality.equals("CHESIL") ? Set.of(SCHOOL) : Set.of(),
				new SmallNumberSuppression(SmallNumberSuppression.DFE_THRESHOLD), LostRaceRetry.withoutPause(3), TODAY);
	}

	public static RegisterRequest ehe(String noticeDate, String openedOn, Boolean special, Boolean plan) {
		return new RegisterRequest("ELECTIVE_HOME_EDUCATION", PUPIL.value(), SCHOOL, openedOn, noticeDate, special,
				plan, null);
	}

	public static RegisterRequest of(String kind, String openedOn, String reason) {
		return new RegisterRequest(kind, PUPIL.value(), null, openedOn, null, null, null, reason);
	}

}
