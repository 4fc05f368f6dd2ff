package uk.gov.dorsetcouncil.edu.platform.changes;

/**
 * What a consumer does with each entry. Delivery is at least once: after a crash the
 * entries applied since the cursor last moved come again. So apply must be idempotent,
 * best by writing, in the same single-document write as the effect, the sequence (or
 * change id) it applied, and skipping an entry at or below it.
 */
@FunctionalInterface
public interface ChangeHandler {

	void apply(ChangeEntry entry);

}
