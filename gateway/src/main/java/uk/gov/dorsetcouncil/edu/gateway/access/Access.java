package uk.gov.dorsetcouncil.edu.gateway.access;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

/**
 * What the gateway decided a request may receive, and as whom it asks the services.
 *
 * @param caller who asked (from the token)
 * @param items the data items that may be released
 * @param outbound the caller the services are asked as: the caller itself when it acts in
 * its own right; for a partner under an agreement, the gateway ({@code SERVICE:gateway})
 * with only the scopes of the agreement's items, because services release nothing to
 * police or health organisations directly (the gateway is where agreements are checked)
 * @param purpose the stated purpose, or null
 * @param agreement the agreement acted under, or null
 * @param withheldBecause why an item outside {@code items} is not released
 */
public record Access(Caller caller, Set<DataItem> items, Caller outbound, String purpose, String agreement,
		String withheldBecause) {

	/** How agreements, purposes and their ids are named. */
	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_\\-]{1,63}");

	public Access {
		items = Set.copyOf(items);
	}

	/**
	 * Whether {@code value} is a code as agreements, purposes and their ids are named.
	 */
	public static boolean isCode(String value) {
		return value != null && CODE.matcher(value).matches();
	}

	public static Access inOwnRight(Caller caller, Set<DataItem> items, String purpose) {
		String because = (caller.organisation().type() == Organisation.Type.LOCALITY)
				? "not released to locality officers (field-level policy: attendance only, until the other services "
						+ "scope their records to a locality)"
				: "not released to your role and scopes (field-level policy)";
		return new Access(caller, items, caller, purpose, null, because);
	}

	public static Access underAgreement(Caller caller, Set<DataItem> items, String purpose, String agreement) {
		Set<String> scopes = items.stream().map(DataItem::scope).collect(Collectors.toSet());
		Caller outbound = new Caller(caller.subject(), caller.clientId(), Organisation.service("gateway"),
				caller.roles(), scopes);
		return new Access(caller, items, outbound, purpose, agreement,
				"not released under agreement " + agreement + " to your role");
	}

	public boolean releases(DataItem item) {
		return this.items.contains(item);
	}

	/**
	 * Whom to ask the service holding an item as: the outbound caller, unless a
	 * county-wide caller was granted the item through its narrower scope only (the
	 * transport officer's {@code alternative-provision:read}); then the gateway with the
	 * service's scope, keeping subject and client, because it releases only the granted
	 * items of the answer. Schools and localities are always asked as themselves, so the
	 * service's own organisation check still applies to them.
	 */
	public Caller outboundFor(DataItem item) {
		if (this.outbound.hasScope(item.scope()) || !this.outbound.actsCountyWide()) {
			return this.outbound;
		}
		return new Caller(this.outbound.subject(), this.outbound.clientId(), Organisation.service("gateway"),
				this.outbound.roles(), Set.of(item.scope()));
	}

}
