package uk.gov.dorsetcouncil.edu.platform.paging;

/**
 * One field a list is sorted by, ascending unless descending ({@code -name} in the
 * {@code sort} parameter).
 */
public record SortField(String name, boolean descending) {

	@Override
	public String toString() {
		return (this.descending ? "-" : "") + this.name;
	}

}
