package org.forecastledger.document;

import org.forecastledger.document.DocumentRenderer.Rendered;

/**
 * One document's page: its metadata, its text rendered with the claims highlighted, how many there are, and the
 * claim just added from it ({@code accepted}, null unless the address names one of its claims).
 */
public record DocumentPage(DocumentView document, Rendered rendered, int claimCount, String accepted) {
}
