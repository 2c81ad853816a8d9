package org.forecastledger.cluster;

/**
 * Fired when this instance's listener has (re)connected after a gap in which messages may have been missed:
 * subscribers re-read whatever they keep (caches drop everything, event streams read their missed rows).
 */
public record ClusterReconnected() {
}
