package uk.gov.dorsetcouncil.edu.synthetic.pupil;

/**
 * School census SEN provision: no special educational need (N), SEN support (K) or an EHC
 * plan (E).
 */
public enum SenProvision {

	N, K, E

}
