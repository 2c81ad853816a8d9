package org.forecastledger.comparison;

import org.forecastledger.claim.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.forecastledger.claim.Claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Themes with their claim counts and years. */
@ApplicationScoped
public class ThemeService {

    @Transactional
    public List<ThemeView> list() {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, TreeSet<Integer>> years = new HashMap<>();
        Claim.getEntityManager()
                .createQuery("select c.theme.id, c.document.year, count(c) from Claim c where c.retired = false "
                        + "group by c.theme.id, c.document.year", Object[].class)
                .getResultList()
                .forEach(row -> {
                    counts.computeIfAbsent((String) row[0], id -> new long[1])[0] += (Long) row[2];
                    years.computeIfAbsent((String) row[0], id -> new TreeSet<>()).add((Integer) row[1]);
                });
        List<ThemeView> themes = new ArrayList<>();
        for (Theme theme : Theme.listInOrder()) {
            themes.add(new ThemeView(theme.id, theme.title, theme.description,
                    counts.getOrDefault(theme.id, new long[1])[0],
                    List.copyOf(years.getOrDefault(theme.id, new TreeSet<>()))));
        }
        return themes;
    }

    public Optional<ThemeView> find(String id) {
        return list().stream().filter(theme -> theme.id().equals(id)).findFirst();
    }
}
