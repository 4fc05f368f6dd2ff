package uk.gov.dorsetcouncil.edu.pledge.commitment;

/**
 * The person who leads a commitment, named by its working group: who they are to a reader
 * and the account they sign in with.
 *
 * @param name the lead's name or post, as reports show it
 * @param subject their sign-in account (the token's subject)
 */
public record Owner(String name, String subject) {

}
