package uk.gov.dorsetcouncil.edu.attendance.connector;

/**
 * How the connector reaches one school's data in its MIS extraction service.
 *
 * @param urn the school
 * @param baseUrl the extraction service's API root, for example
 * {@code https://api.example-mis.co.uk/v1}
 * @param credentialRef the name of the secret holding the school's access token (an
 * environment variable or mounted secret), never the token itself
 * @param schedule a cron expression (seconds first, Europe/London) for scheduled runs
 */
public record SchoolConnection(String urn, String baseUrl, String credentialRef, String schedule) {

}
