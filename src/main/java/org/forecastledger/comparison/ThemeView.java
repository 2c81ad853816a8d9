package org.forecastledger.comparison;

import java.util.List;

/** A theme with how many claims it holds and in which years. */
public record ThemeView(String id, String title, String description, long claimCount, List<Integer> years) {
}
