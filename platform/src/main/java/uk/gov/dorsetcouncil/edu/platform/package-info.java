/**
 * Cross-cutting plumbing every service shares: who is calling, how errors are reported,
 * how MongoDB is reached, and the identifier checks (UPN, NHS number, URN). Domain-free:
 * nothing here knows about attendance, exclusions or plans.
 */
package uk.gov.dorsetcouncil.edu.platform;
