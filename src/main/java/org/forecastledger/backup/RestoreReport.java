package org.forecastledger.backup;

import java.util.List;
import java.util.Map;

/** What a restore wrote: rows per table, and the accounts restored without a password (they cannot log in yet). */
public record RestoreReport(Map<String, Integer> rows, List<String> accountsWithoutPassword) {
}
